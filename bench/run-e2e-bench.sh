#!/usr/bin/env bash
# End to end through pymilvus 3: Partita's standalone server against real Milvus 2.3.5 (PyPI), the same
# data, index and searches, interleaved round by round in one client process (bench/e2e_pymilvus.py).
#
#   bench/run-e2e-bench.sh [rows=100000] [dim=128] [searches=300] [rounds=5]
#
# Both servers run in the oracle's loopback-only network namespace (interop/oracle/oracle.sh; needs
# root), Partita on gRPC 19601, so the client reaches both over the same loopback device. pymilvus and
# numpy go into bench/.venv-e2e (gitignored) from interop/python/requirements-pymilvus-3.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-100000}; dim=${2:-128}; searches=${3:-300}; rounds=${4:-5}
venv=bench/.venv-e2e
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q --disable-pip-version-check -r interop/python/requirements-pymilvus-3.txt
fi
jar=reference-server/target/reference-server.jar
[ -f "$jar" ] || mvn -B -q -pl reference-server -am package -DskipTests -Djacoco.skip=true
oracle=interop/oracle/oracle.sh
data=$(mktemp -d /tmp/partita-e2e.XXXX)
cleanup() {
  [ -n "${partita_pid:-}" ] && kill "$partita_pid" 2>/dev/null || true
  "$oracle" stop 2.3.5 >/dev/null 2>&1 || true
  rm -rf "$data"
}
trap cleanup EXIT
"$oracle" start 2.3.5
"$oracle" exec 2.3.5 java -Xmx3g -jar "$jar" --bind 127.0.0.1 --profile milvus-2.3 \
  --grpc-port 19601 --http-port 19602 --data-dir "$data/data" >"$data/server.out" 2>"$data/server.err" &
partita_pid=$!
for _ in $(seq 1 240); do
  grep -q '^Partita reference server ready' "$data/server.out" && break
  kill -0 "$partita_pid" 2>/dev/null || { tail -5 "$data/server.err" >&2; exit 1; }
  sleep 0.5
done
"$oracle" exec 2.3.5 "$venv/bin/python" bench/e2e_pymilvus.py \
  partita=127.0.0.1:19601 milvus-2.3.5=127.0.0.1:19530 "$rows" "$dim" "$searches" "$rounds"
