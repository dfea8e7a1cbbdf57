#!/usr/bin/env bash
# Milvus's own Python tests against Partita's reference server and against real Milvus.
#
#   interop/conformance/run.sh                       # CI set (files-ci.txt), profiles milvus-2.1 milvus-2.3, real 2.3.5
#   interop/conformance/run.sh --full                # every file of the pinned subset (files-full.txt), longer caps
#   CONF_PROFILES=milvus-2.3 CONF_ORACLES= interop/conformance/run.sh     # one profile, no real Milvus
#   CONF_FILES="testcases/test_partition.py" interop/conformance/run.sh   # chosen files
#   interop/conformance/run.sh --write-baseline      # run, then make baseline.tsv this run's outcomes
#
# Builds nothing: it takes reference-server/target/reference-server.jar (build it first with
# `mvn -B -q -pl reference-server -am package -DskipTests`). For each profile it starts the jar on
# free loopback ports with a fresh data directory and waits for its ready line; for each real
# Milvus version in CONF_ORACLES it starts interop/oracle/oracle.sh's server (loopback-only network
# namespace, needs root; when it cannot start here the column says NOT RUN). All servers run side by
# side and each file runs on every target in turn, in its own pytest process with pytest-timeout per
# test, a cap per file and a cap on the whole run; outcomes are written one JSON line per test
# (outcome_plugin.py), and report.py prints the table, the first causes and the UNIMPLEMENTED census
# and compares Partita's outcomes with baseline.tsv.
#
# Environment (defaults for the CI set / --full):
#   CONF_PROFILES      "milvus-2.1 milvus-2.3"   reference-server profiles, one column each
#   CONF_ORACLES       "2.3.5"                   real Milvus versions (oracle.sh); empty: none;
#                                                "lite-3.2.2": milvus-lite 3.2.2 from PyPI (no root needed)
#   CONF_FILES         from files-ci.txt         space-separated test files (under milvus-tests/)
#   CONF_TEST_TIMEOUT  120                       seconds per test (pytest-timeout, signal method: a test
#                                                over time fails and the file goes on)
#   CONF_FILE_CAP      300 / 1800                seconds per file and target
#   CONF_TOTAL_CAP     1080 / 14400              seconds for all targets together (then the rest is NOT RUN)
#   CONF_SKIP_INSTALL=1                          use interop/conformance/.venv as it is
#   CONF_AUTH=1                                  start the reference server with --auth (root/Milvus, as the
#                                                suite's conftest signs in); for the RBAC file
#
# Exit: 0 no test that passes in baseline.tsv fails now; 1 such a regression; 2 the runner itself
# broke (install, jar missing, a server that does not start, a target with no outcomes).
# Results: interop/conformance/results/<UTC time>/ (and results/latest -> it).
set -uo pipefail
# The whole script is one block, read before it runs: editing this file cannot change a running run.
{

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
oracle="$root/interop/oracle/oracle.sh"
jar="$root/reference-server/target/reference-server.jar"
venv="$here/.venv"
tests="$here/milvus-tests"
NO_ORACLE=3

full=0; write_baseline=0
for arg in "$@"; do
  case "$arg" in
    --full) full=1 ;;
    --write-baseline) write_baseline=1 ;;
    -h|--help) sed -n '2,34p' "${BASH_SOURCE[0]}"; exit 0 ;;
    *) echo "unknown argument: $arg (see --help)" >&2; exit 2 ;;
  esac
done

profiles="${CONF_PROFILES-milvus-2.1 milvus-2.3}"
oracles="${CONF_ORACLES-2.3.5}"
test_timeout="${CONF_TEST_TIMEOUT:-120}"
if [ $full = 1 ]; then list="$here/files-full.txt"; else list="$here/files-ci.txt"; fi
file_cap="${CONF_FILE_CAP:-$([ $full = 1 ] && echo 1800 || echo 300)}"
total_cap="${CONF_TOTAL_CAP:-$([ $full = 1 ] && echo 14400 || echo 1080)}"
files="${CONF_FILES:-$(grep -v '^#' "$list" | grep -v '^[[:space:]]*$' | tr '\n' ' ')}"

say() { printf '%s\n' "$*" >&2; }
started_at=$(date +%s)
remaining() { echo $(( total_cap - ($(date +%s) - started_at) )); }

run_id="$(date -u +%Y%m%dT%H%M%SZ)"
results="$here/results/$run_id"
mkdir -p "$results"
ln -sfn "$run_id" "$here/results/latest"

# --- the client: the pinned requirements in a venv inside the clone (pip cache: $PIP_CACHE_DIR) ---
install() {
  local stamp="$venv/.requirements.sha256" want
  want=$(sha256sum "$here/requirements.txt" | cut -d' ' -f1)
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then return 0; fi
  local t0; t0=$(date +%s)
  [ -x "$venv/bin/python" ] || python3 -m venv "$venv" || return 1
  "$venv/bin/pip" install -q --disable-pip-version-check -r "$here/requirements.txt" || return 1
  echo "$want" >"$stamp"
  say "installed the pinned test requirements in $(( $(date +%s) - t0 ))s ($venv)"
}
if [ "${CONF_SKIP_INSTALL:-0}" != 1 ]; then
  install || { say "CONFORMANCE RUNNER BROKEN: pip install -r $here/requirements.txt failed"; exit 2; }
fi
[ -f "$jar" ] || { say "CONFORMANCE RUNNER BROKEN: no $jar (mvn -B -q -pl reference-server -am package -DskipTests)"; exit 2; }

# --- one pytest process per file and target: $1 target, $2 file, $3 gRPC port, rest: command prefix ---
run_file() {
  local target="$1" f="$2" port="$3"; shift 3
  local cap rc t0 name="${f//\//_}" status=done
  cap=$(remaining); [ "$cap" -gt "$file_cap" ] && cap=$file_cap
  if [ "$cap" -le 10 ]; then
    echo -e "$target\t$f\tnot-run\t0" >>"$results/files.tsv"; return
  fi
  t0=$(date +%s)
  # Run inside milvus-tests/ without writing there: no bytecode, no cache, the suite's logs in results/.
  (cd "$tests" && "$@" env CONFORMANCE_OUT="$results/$target.jsonl" PYTHONPATH="$here" \
    CI_LOG_PATH="$results/ci-logs-$target" PYTHONDONTWRITEBYTECODE=1 \
    timeout -k 10 "$cap" "$venv/bin/python" -m pytest -p no:cacheprovider -p outcome_plugin -q \
      --timeout "$test_timeout" --timeout-method=signal --host 127.0.0.1 --port "$port" "$f") \
    >"$results/$target-$name.log" 2>&1
  rc=$?
  if [ $rc = 124 ] || [ $rc = 137 ]; then status=capped; fi
  echo -e "$target\t$f\t$status\t$(( $(date +%s) - t0 ))" >>"$results/files.tsv"
  say "  $target $f: $status in $(( $(date +%s) - t0 ))s (pytest exit $rc)"
}

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# Every target's server runs for the whole run, and the files go round the targets one by one, so
# that a run cut short by the overall cap still has every column for the files it reached.
declare -A port_of=() pid_of=() data_of=()
oracle_started=""
targets=()
cleanup() {
  local t
  for t in "${!pid_of[@]}"; do kill "${pid_of[$t]}" 2>/dev/null; wait "${pid_of[$t]}" 2>/dev/null; done
  for t in "${!data_of[@]}"; do rm -rf "${data_of[$t]}"; done
  pid_of=(); data_of=()
  [ -n "$oracle_started" ] && "$oracle" stop "$oracle_started" >/dev/null 2>&1
  oracle_started=""
}
trap cleanup EXIT
trap 'cleanup; exit 2' INT TERM

broken=0
for profile in $profiles; do
  target="partita-$profile"
  data=$(mktemp -d); data_of[$target]="$data"
  grpc=$(free_port); http=$(free_port)
  java -jar "$jar" --bind 127.0.0.1 --profile "$profile" --grpc-port "$grpc" --http-port "$http" \
    --data-dir "$data/data" ${CONF_AUTH:+--auth} >"$results/$target-server.out" 2>"$results/$target-server.err" &
  pid_of[$target]=$!
  ready=0
  for _ in $(seq 1 240); do
    if grep -q '^Partita reference server ready' "$results/$target-server.out"; then ready=1; break; fi
    kill -0 "${pid_of[$target]}" 2>/dev/null || break
    sleep 0.5
  done
  if [ $ready != 1 ]; then
    say "CONFORMANCE RUNNER BROKEN: the reference server ($profile) did not print its ready line; see $results/$target-server.err"
    tail -5 "$results/$target-server.err" >&2
    broken=1; continue
  fi
  say "== conformance: $(head -1 "$results/$target-server.out")"
  port_of[$target]=$grpc; targets+=("$target")
  touch "$results/$target.jsonl"
done

# milvus-lite (PyPI; 3.x is a pure-Python Milvus with a gRPC adapter: BM25, text_match, hybrid
# search, iterators, RunAnalyzer not served): the oracle for features newer than 2.3, as the column
# milvus-lite-<version> (CONF_ORACLES="2.3.5 lite-3.2.2"). Its own venv beside the suite's, with
# the suite's pymilvus (milvus-lite imports pymilvus's generated gRPC code but does not declare it).
start_lite() { # version target
  local v="$1" target="$2" lv="$here/.venv-lite" port data t0
  t0=$(date +%s)
  if [ ! -f "$lv/.installed-$v" ]; then
    { [ -x "$lv/bin/python" ] || python3 -m venv "$lv"; } &&
      timeout 600 "$lv/bin/pip" install -q --disable-pip-version-check "milvus-lite==$v" \
        "$(grep '^pymilvus==' "$here/requirements.txt")" >"$results/$target-install.log" 2>&1 &&
      touch "$lv/.installed-$v" ||
      { echo "$target: pip install milvus-lite==$v failed (see $target-install.log)" >"$results/$target.not-run"; return; }
    say "installed milvus-lite $v in $(( $(date +%s) - t0 ))s ($lv)"
  fi
  data=$(mktemp -d); data_of[$target]="$data"
  port=$(free_port)
  "$lv/bin/milvus-lite" server --data-dir "$data/data" --host 127.0.0.1 --port "$port" \
    >"$results/$target-server.out" 2>"$results/$target-server.err" &
  pid_of[$target]=$!
  for _ in $(seq 1 120); do
    if grep -q 'listening on' "$results/$target-server.out" "$results/$target-server.err" 2>/dev/null; then
      say "== conformance: milvus-lite $v on 127.0.0.1:$port"
      port_of[$target]=$port; targets+=("$target"); touch "$results/$target.jsonl"; return
    fi
    kill -0 "${pid_of[$target]}" 2>/dev/null || break
    sleep 0.5
  done
  echo "$target: milvus-lite $v did not start (see $target-server.err)" >"$results/$target.not-run"
}

# Real Milvus: one version at a time can run (oracle.sh's namespace per version; 2.3.5 is the column
# wanted). Anything that keeps it from starting is written down and its column says NOT RUN.
oracle_version=""
for v in $oracles; do
  target="milvus-$v"
  if [ "${v#lite-}" != "$v" ]; then start_lite "${v#lite-}" "$target"; continue; fi
  ns="partita-oracle-${v//./-}"
  if [ -n "$oracle_version" ]; then
    echo "$target: the runner starts one real Milvus per run (CONF_ORACLES=$v for this one)" >"$results/$target.not-run"; continue
  fi
  if [ "$(id -u)" != 0 ]; then
    echo "$target: oracle.sh needs root for its network namespace" >"$results/$target.not-run"; continue
  fi
  if ip netns list 2>/dev/null | grep -qw "$ns" && [ -n "$(ip netns pids "$ns" 2>/dev/null)" ]; then
    echo "$target: network namespace $ns is in use by another run (oracle.sh stop $v frees it)" >"$results/$target.not-run"; continue
  fi
  say "== conformance: starting real Milvus $v (oracle.sh; the first time installs milvus==$v from PyPI)"
  if ! (cd "$results" && timeout 600 "$oracle" start "$v") >"$results/$target-oracle-start.log" 2>&1; then
    echo "$target: could not be installed or started here (see $target-oracle-start.log)" >"$results/$target.not-run"
    tail -5 "$results/$target-oracle-start.log" >&2
    "$oracle" stop "$v" >/dev/null 2>&1; continue
  fi
  oracle_started="$v"; oracle_version="$v"
  say "== conformance: $(tail -1 "$results/$target-oracle-start.log")"
  targets+=("$target")
  touch "$results/$target.jsonl"
done

for f in $files; do
  for target in "${targets[@]}"; do
    if [ "$target" = "milvus-$oracle_version" ]; then
      run_file "$target" "$f" 19530 "$oracle" exec "$oracle_version"
    else
      run_file "$target" "$f" "${port_of[$target]}"
    fi
  done
done
cleanup

say "conformance: $(( $(date +%s) - started_at ))s in all"
report_args=("$results" "$here/baseline.tsv" --profiles "$profiles" --oracles "$oracles")
[ $write_baseline = 1 ] && report_args+=(--write-baseline)
python3 "$here/report.py" "${report_args[@]}" | tee "$results/report.txt"
rc=${PIPESTATUS[0]}
[ $broken = 1 ] && [ $rc = 0 ] && rc=2
exit $rc
}
