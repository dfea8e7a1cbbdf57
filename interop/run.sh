#!/usr/bin/env bash
# Run every official-client interop scenario against a server and print a
# client x step table. Exits non-zero if any step of any client fails.
#
#   PARTITA_SERVER_CMD='java -jar ... --grpc-port $GRPC_PORT --http-port $HTTP_PORT' interop/run.sh
#       starts the server with bash (GRPC_PORT / HTTP_PORT are free loopback
#       ports chosen here and exported), waits for the gRPC port, runs the
#       clients, then stops the server's process group.
#   PARTITA_ADDR=127.0.0.1:19530 PARTITA_HTTP=127.0.0.1:9091 interop/run.sh
#       uses a server that is already running.
#   interop/run.sh --oracle 2.1.0    real Milvus from PyPI (oracle/oracle.sh, needs root);
#       clients run inside the oracle's network namespace. run.sh starts the oracle
#       and stops it at exit (KEEP_ORACLE=1 leaves it running); ORACLE_USE_RUNNING=1
#       uses an oracle that is already running and never starts or stops it.
#
# Environment: PROFILE (milvus-2.1 default, or milvus-2.3) selects the expected
# lifecycle rules; CLIENTS (space separated, default all) selects clients:
#   py21-orm py26-orm py26-client go node java21 java26 cli http
# and, outside the default set: py26-types (pymilvus vector types), py3-quick (pymilvus 3.0.2
# MilvusClient quick setup: dynamic field, count(*), upsert, JSON filters, filter templates),
# py3-search (pymilvus 3.0.2: range, grouping, hybrid search, both iterators; today_search.py) and
# py3-fulltext (pymilvus 3.0.2: analyzers, BM25 function and search, text_match, run_analyzer;
# fulltext_search.py), the last three for profile milvus-2.6.
# SKIP_INSTALL=1 skips the installs. COLLECTION renames the collection for java21 and
# java26 (default book; other clients always use book). Logs go to interop/results/.
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"
profile="${PROFILE:-milvus-2.1}"
clients="${CLIENTS:-py21-orm py26-orm py26-client go node java21 java26 cli http}"
oracle=""
if [ "${1:-}" = --oracle ]; then oracle="${2:?--oracle VERSION}"; fi
results="$here/results"; rm -rf "$results"; mkdir -p "$results"

# ---------------------------------------------------------------- installs
venv() { # dir requirements
  if [ ! -x "$1/bin/python" ]; then python3 -m venv "$1"; fi
  "$1/bin/pip" install -q --disable-pip-version-check -r "$2"
}
install() {
  echo "== installing clients (pinned)"
  for c in $clients; do case "$c" in
    py21-orm) venv .venv-pymilvus-2.1 python/requirements-pymilvus-2.1.txt ;;
    py26-orm|py26-client) venv .venv-pymilvus-2.6 python/requirements-pymilvus-2.6.txt ;;
    py3-quick|py3-search|py3-fulltext) [ -n "${py3_installed:-}" ] ||
      { venv .venv-pymilvus-3 python/requirements-pymilvus-3.txt && py3_installed=1; } ;;
    cli) venv .venv-cli cli/requirements.txt ;;
    node) (cd node && npm ci --no-audit --no-fund --loglevel=error) ;;
    go) (cd go && go build -o interop-go .) ;;
    java21|java26) [ -n "${java_built:-}" ] || { mvn -B -q -f java/pom.xml package && java_built=1; } ;;
    http) command -v jq >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -q jq >/dev/null 2>&1 \
            || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -q jq >/dev/null; } ;;
  esac || { echo "install of $c failed" >&2; exit 2; }; done
}
[ "${SKIP_INSTALL:-}" = 1 ] || install

# ---------------------------------------------------------------- server
server_pid=""
oracle_started=""   # set only when this run started the oracle, so only then is it stopped
stop_server() {
  if [ -n "$server_pid" ]; then
    kill -TERM -- "-$server_pid" 2>/dev/null
    for _ in $(seq 1 20); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.5; done
    kill -KILL -- "-$server_pid" 2>/dev/null
    server_pid=""
  fi
  if [ -n "$oracle_started" ] && [ "${KEEP_ORACLE:-}" != 1 ]; then ./oracle/oracle.sh stop "$oracle"; fi
}
trap stop_server EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
wait_port() { # port seconds
  for _ in $(seq 1 $(($2 * 2))); do (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0; sleep 0.5; done
  return 1
}

prefix=()
if [ -n "$oracle" ]; then
  ns="partita-oracle-${oracle//./-}"
  if [ "${ORACLE_USE_RUNNING:-}" = 1 ]; then
    # Someone else's oracle: use it as it is, never start, restart or stop it.
    if ! ./oracle/oracle.sh exec "$oracle" curl -s -m 5 http://127.0.0.1:9091/healthz 2>/dev/null | grep -q OK; then
      echo "ORACLE_USE_RUNNING=1 but no healthy Milvus $oracle answers in netns $ns" >&2; exit 2
    fi
    echo "== using the Milvus $oracle already running in netns $ns (left running)"
  elif ip netns list 2>/dev/null | grep -qw "$ns" && [ -n "$(ip netns pids "$ns" 2>/dev/null)" ]; then
    echo "network namespace $ns is in use by another run: ORACLE_USE_RUNNING=1 uses that oracle," \
      "oracle.sh stop $oracle frees it" >&2; exit 2
  else
    ./oracle/oracle.sh start "$oracle" || exit 2
    oracle_started=1
  fi
  grpc="127.0.0.1:19530"; http="127.0.0.1:9091"
  prefix=(./oracle/oracle.sh exec "$oracle")
elif [ -n "${PARTITA_SERVER_CMD:-}" ]; then
  GRPC_PORT=$(free_port); HTTP_PORT=$(free_port); export GRPC_PORT HTTP_PORT
  grpc="127.0.0.1:$GRPC_PORT"; http="127.0.0.1:$HTTP_PORT"
  echo "== starting server: $PARTITA_SERVER_CMD (GRPC_PORT=$GRPC_PORT HTTP_PORT=$HTTP_PORT)"
  setsid bash -c "$PARTITA_SERVER_CMD" >"$results/server.log" 2>&1 &
  server_pid=$!
  for port in "$GRPC_PORT" "$HTTP_PORT"; do
    if ! wait_port "$port" 120; then
      echo "server did not open 127.0.0.1:$port in 120 s; log tail:" >&2; tail -30 "$results/server.log" >&2; exit 2
    fi
  done
else
  grpc="${PARTITA_ADDR:-127.0.0.1:19530}"; http="${PARTITA_HTTP:-127.0.0.1:9091}"
fi
for a in "$grpc" "$http"; do
  case "${a%:*}" in 127.*|localhost|"[::1]") ;; *) echo "refusing non-loopback address $a" >&2; exit 2 ;; esac
done
echo "== server gRPC $grpc, HTTP $http, profile $profile"

# ---------------------------------------------------------------- clients
cmd_for() {
  case "$1" in
    py21-orm) echo ".venv-pymilvus-2.1/bin/python python/scenario_orm.py $grpc $profile" ;;
    py26-orm) echo ".venv-pymilvus-2.6/bin/python python/scenario_orm.py $grpc $profile" ;;
    py26-client) echo ".venv-pymilvus-2.6/bin/python python/scenario_client.py $grpc $profile" ;;
    py26-types) echo ".venv-pymilvus-2.6/bin/python python/scenario_vector_types.py $grpc $profile" ;;
    py3-quick) echo ".venv-pymilvus-3/bin/python python/scenario_quick_setup.py $grpc $profile" ;;
    py3-search) echo ".venv-pymilvus-3/bin/python python/today_search.py $grpc $profile" ;;
    py3-fulltext) echo ".venv-pymilvus-3/bin/python python/fulltext_search.py $grpc $profile" ;;
    go) echo "go/interop-go -addr $grpc -profile $profile" ;;
    node) echo "node node/scenario.js $grpc $profile" ;;
    java21) echo "java -jar java/java21/target/interop-java21.jar $grpc $profile" ;;
    java26) echo "java -jar java/java26/target/interop-java26.jar $grpc $profile" ;;
    cli) echo "env MILVUS_CLI=.venv-cli/bin/milvus_cli PYTHON=.venv-cli/bin/python cli/scenario.sh $grpc $profile" ;;
    http) echo "http/scenario.sh $http $profile" ;;
  esac
}
status=0
for c in $clients; do
  echo "== $c: $(cmd_for "$c")"
  start=$(date +%s)
  timeout 900 "${prefix[@]}" bash -c "$(cmd_for "$c")" >"$results/$c.out" 2>"$results/$c.err"
  rc=$?
  echo "$rc" >"$results/$c.rc"
  grep '^STEP ' "$results/$c.out" | sed 's/^/   /'
  echo "   exit $rc in $(( $(date +%s) - start )) s"
  [ "$rc" = 0 ] || status=1
done

python3 - "$results" $clients <<'EOF'
import os, sys
results, clients = sys.argv[1], sys.argv[2:]
steps, cell = [], {}
for c in clients:
    with open(os.path.join(results, c + ".out"), errors="replace") as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 3 and parts[0] == "STEP":
                if parts[1] not in steps:
                    steps.append(parts[1])
                cell[(parts[1], c)] = parts[2]
    rc = open(os.path.join(results, c + ".rc")).read().strip()
    cell[("(exit code)", c)] = "ok" if rc == "0" else "rc=" + rc
steps.append("(exit code)")
w = max(len(s) for s in steps)
cw = [max(len(c), 6) for c in clients]
print()
print(" " * w + " | " + " | ".join(c.ljust(n) for c, n in zip(clients, cw)))
print("-" * w + "-+-" + "-+-".join("-" * n for n in cw))
for s in steps:
    print(s.ljust(w) + " | " + " | ".join(cell.get((s, c), "-").ljust(n) for c, n in zip(clients, cw)))
EOF
exit $status
