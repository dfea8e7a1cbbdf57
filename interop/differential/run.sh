#!/usr/bin/env bash
# Partita against real Milvus, outcome by outcome.
#
#   interop/differential/run.sh                 # real 2.1.0 and 2.3.5
#   DIFF_VERSIONS=2.3.5 interop/differential/run.sh
#   DIFF_USE_RUNNING=1 interop/differential/run.sh   # use an oracle already started by oracle.sh;
#                                                    # none healthy: NOT RUN (exit 3), never started here
#
# For each real Milvus version (PyPI `milvus` package, started by interop/oracle/oracle.sh in
# its own loopback-only network namespace) and Partita's reference server in the matching
# profile (2.1.0 -> milvus-2.1, 2.3.5 -> milvus-2.3), runs the Scenario (one JSON line per step)
# through Partita's gRPC transport and through its REST transport (both real versions serve the
# 2.1 HTTP API, /api/v1 on port 9091), then compares each transport with compare.py and
# known-differences.txt ("<version>/grpc", "<version>/http"). DIFF_HTTP=0 leaves REST out.
#
# Also compares real Milvus over REST with the same real Milvus over gRPC ("real-<version>/http-vs-grpc").
#
# Exit: 0 every difference is known; 1 an unexpected difference; 2 usage or build failure;
#       3 a real Milvus could not be installed or started here (or its namespace is in use, or
#       DIFF_USE_RUNNING=1 found none running); the other versions still run.
# Needs root (ip netns), python3, java 17, maven; results in interop/differential/results/.
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
oracle="$root/interop/oracle/oracle.sh"
results="$here/results"
versions="${DIFF_VERSIONS:-2.1.0 2.3.5}"
# The collection the scenario creates; a shared running oracle gets its own name.
collection="${DIFF_COLLECTION:-$([ "${DIFF_USE_RUNNING:-0}" = 1 ] && echo diff_book || echo book)}"
NO_ORACLE=3
# The REST leg (Partita's REST transport against the real HTTP API, and against the reference
# server's) runs unless DIFF_HTTP=0.
http_run="${DIFF_HTTP:-1}"

say() { printf '%s\n' "$*" >&2; }

[ -x "$oracle" ] || { say "missing $oracle (the interop branch's oracle scripts)"; exit 2; }
if [ "$(id -u)" != 0 ]; then
  say "REAL MILVUS NOT RUN: oracle.sh needs root for its network namespace"; exit $NO_ORACLE
fi

build() {
  # This clone's SDK and server, installed so the scenario's class path is this clone's code.
  # DIFF_SKIP_BUILD=1 reuses what ~/.m2 and reference-server/target hold.
  if [ "${DIFF_SKIP_BUILD:-0}" != 1 ]; then
    (cd "$root" && mvn -B -q -pl reference-server,sdk-grpc,sdk-rest -am install -DskipTests) || return 1
  fi
  mvn -B -q -f "$here/pom.xml" clean package -DskipTests || return 1
}
build || { say "build failed"; exit 2; }
cp="$here/target/classes:$here/target/lib/*"
scenario() { java -cp "$cp" io.partita.differential.Scenario "$@"; }

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

started_oracle=""
ref_pid=""
cleanup() {
  [ -n "$ref_pid" ] && kill "$ref_pid" 2>/dev/null && wait "$ref_pid" 2>/dev/null
  [ -n "$started_oracle" ] && "$oracle" stop "$started_oracle" >/dev/null 2>&1
  ref_pid=""; started_oracle=""
}
trap cleanup EXIT INT TERM

real_scenarios() {
  local v="$1"
  "$oracle" exec "$v" java -cp "$cp" io.partita.differential.Scenario grpc://127.0.0.1:19530 "$collection" \
    >"$results/$v-grpc-milvus.jsonl" 2>"$results/$v-grpc-milvus.err"
  if [ "$http_run" = 1 ]; then
    "$oracle" exec "$v" java -cp "$cp" io.partita.differential.Scenario http://127.0.0.1:9091 "$collection" \
      >"$results/$v-http-milvus.jsonl" 2>"$results/$v-http-milvus.err"
  fi
}

# Runs the scenario against a real Milvus $1 through each transport; results/<v>-<transport>-milvus.jsonl.
run_real() {
  local v="$1" ns="partita-oracle-${1//./-}"
  if [ "${DIFF_USE_RUNNING:-0}" = 1 ]; then
    # A shared server belongs to whoever started it: never start, stop or replace it from here.
    if "$oracle" exec "$v" curl -s -m 5 http://127.0.0.1:9091/healthz 2>/dev/null | grep -q OK; then
      say "using the real Milvus $v already running in netns $ns (DIFF_USE_RUNNING=1), collection $collection"
      real_scenarios "$v"
      return 0
    fi
    say "REAL MILVUS $v NOT RUN: DIFF_USE_RUNNING=1 but no healthy server answers in netns $ns (start it with oracle.sh start $v)"
    return $NO_ORACLE
  fi
  if ip netns list 2>/dev/null | grep -qw "$ns" && [ -n "$(ip netns pids "$ns" 2>/dev/null)" ]; then
    say "REAL MILVUS $v NOT RUN: network namespace $ns is in use by another run (oracle.sh stop $v frees it)"
    return $NO_ORACLE
  fi
  say "starting real Milvus $v (may take minutes the first time: pip install milvus==$v)"
  # From results/: embedded 2.1.0 writes myeasylog.log into its working directory.
  if ! (cd "$results" && "$oracle" start "$v") >"$results/$v-oracle-start.log" 2>&1; then
    say "REAL MILVUS $v COULD NOT BE INSTALLED OR STARTED on this machine; see $results/$v-oracle-start.log:"
    tail -15 "$results/$v-oracle-start.log" >&2
    "$oracle" stop "$v" >/dev/null 2>&1
    return $NO_ORACLE
  fi
  started_oracle="$v"
  say "$(tail -1 "$results/$v-oracle-start.log")"
  real_scenarios "$v"
  "$oracle" stop "$v" >/dev/null 2>&1; started_oracle=""
}

# Runs the scenario against Partita's reference server in profile $2; results/<v>-<transport>-partita.jsonl.
run_partita() {
  local v="$1" profile="$2" grpc http data
  grpc=$(free_port); http=$(free_port); data=$(mktemp -d)
  java -jar "$root/reference-server/target/reference-server.jar" --bind 127.0.0.1 --profile "$profile" \
    --grpc-port "$grpc" --http-port "$http" --data-dir "$data" >"$results/$v-partita-server.log" 2>&1 &
  ref_pid=$!
  for _ in $(seq 1 120); do
    (exec 3<>/dev/tcp/127.0.0.1/"$grpc") 2>/dev/null && break
    kill -0 "$ref_pid" 2>/dev/null || { say "reference server exited; see $results/$v-partita-server.log"; return 2; }
    sleep 0.5
  done
  scenario "grpc://127.0.0.1:$grpc" "$collection" >"$results/$v-grpc-partita.jsonl" 2>"$results/$v-grpc-partita.err"
  if [ "$http_run" = 1 ]; then
    scenario "http://127.0.0.1:$http" "$collection" >"$results/$v-http-partita.jsonl" 2>"$results/$v-http-partita.err"
  fi
  kill "$ref_pid" 2>/dev/null; wait "$ref_pid" 2>/dev/null; ref_pid=""
  rm -rf "$data"
}

mkdir -p "$results"
status=0
not_run=""
# Folds one compare.py exit status into the run's: 2 (no outcomes) wins, then 1 (unexpected).
compared() {
  local rc=$?
  if [ $rc -eq 2 ]; then status=2; elif [ $rc -ne 0 ] && [ $status -eq 0 ]; then status=1; fi
}
if [ "$http_run" != 1 ]; then
  echo "NOTE: REST transport vs real Milvus NOT compared (DIFF_HTTP=0)"
fi
for v in $versions; do
  case "$v" in
    2.1.0) profile=milvus-2.1 ;;
    2.3.5) profile=milvus-2.3 ;;
    *) say "unsupported version $v (2.1.0, 2.3.5)"; exit 2 ;;
  esac
  rm -f "$results/$v"-*.jsonl
  run_real "$v"; rc=$?
  if [ $rc -eq $NO_ORACLE ]; then not_run="$not_run $v"; continue; fi
  if [ $rc -ne 0 ]; then status=$rc; break; fi
  run_partita "$v" "$profile" || { status=2; break; }
  for t in grpc http; do
    [ -f "$results/$v-$t-milvus.jsonl" ] || continue
    python3 "$here/compare.py" "$v/$t" "$results/$v-$t-partita.jsonl" "$results/$v-$t-milvus.jsonl" \
      "$here/known-differences.txt"
    compared
  done
  # The same real server through both of Partita's transports: any difference is the REST
  # transport's (or the real HTTP API's), with the reference server out of the picture.
  if [ -f "$results/$v-http-milvus.jsonl" ]; then
    python3 "$here/compare.py" "real-$v/http-vs-grpc" "$results/$v-http-milvus.jsonl" "$results/$v-grpc-milvus.jsonl" \
      "$here/known-differences.txt" rest grpc
    compared
  fi
done
if [ -n "$not_run" ] && [ $status -eq 0 ]; then status=$NO_ORACLE; fi
case $status in
  0) echo "DIFFERENTIAL PASS: every difference from real Milvus ($versions) is listed in known-differences.txt" ;;
  1) echo "DIFFERENTIAL FAIL: unexpected differences from real Milvus (see the tables above)${not_run:+; NOT RUN for$not_run}" ;;
  3) echo "DIFFERENTIAL NOT RUN for real Milvus$not_run: it could not be started or reached here (exit 3; not a pass)" ;;
  *) echo "DIFFERENTIAL ERROR (exit $status)" ;;
esac
exit $status
