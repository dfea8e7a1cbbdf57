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
# Security clients (outside the default set, need PARTITA_SERVER_CMD and profile milvus-2.3 or 2.6):
#   py21-sec py26-orm-sec py26-client-sec py3-sec go-sec node-sec java21-sec java26-sec cli-sec http-sec
# each run TLS one-way, mutual and refused, RBAC allow and deny, and the login throttle (README.md):
# run.sh makes a CA, server and client certificates with openssl in a temp dir, starts two servers from
# PARTITA_SERVER_CMD plus `--auth --root-password ... --tls-mode 1` and `... --tls-mode 2 --tls-ca`, and
# gives every client its own user, collection and role (one privilege on that collection: HasPartition,
# ShowPartitions for cli-sec). Security clients run alone: not mixed with the others in one run.
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
    py21-orm|py21-sec) venv .venv-pymilvus-2.1 python/requirements-pymilvus-2.1.txt ;;
    py26-orm|py26-client|py26-orm-sec|py26-client-sec) venv .venv-pymilvus-2.6 python/requirements-pymilvus-2.6.txt ;;
    py3-quick|py3-search|py3-fulltext|py3-sec) [ -n "${py3_installed:-}" ] ||
      { venv .venv-pymilvus-3 python/requirements-pymilvus-3.txt && py3_installed=1; } ;;
    cli|cli-sec) venv .venv-cli cli/requirements.txt ;;
  esac || { echo "install of $c failed" >&2; exit 2; }
  case "$c" in *-sec) # security_setup.py runs with pymilvus 2.6
    [ -n "${py26_sec:-}" ] || { venv .venv-pymilvus-2.6 python/requirements-pymilvus-2.6.txt && py26_sec=1; } ;;
  esac || { echo "install of $c failed" >&2; exit 2; }
  case "$c" in
    node|node-sec) (cd node && npm ci --no-audit --no-fund --loglevel=error) ;;
    go|go-sec) (cd go && go build -o interop-go .) ;;
    java21|java26|java21-sec|java26-sec) [ -n "${java_built:-}" ] || { mvn -B -q -f java/pom.xml package && java_built=1; } ;;
    http|http-sec) command -v jq >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -q jq >/dev/null 2>&1 \
            || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -q jq >/dev/null; } ;;
  esac || { echo "install of $c failed" >&2; exit 2; }; done
}
[ "${SKIP_INSTALL:-}" = 1 ] || install

# ---------------------------------------------------------------- server
n_sec=0; for c in $clients; do [[ "$c" == *-sec ]] && n_sec=$((n_sec + 1)); done
if [ "$n_sec" -gt 0 ] && { [ "$n_sec" != "$(wc -w <<<"$clients")" ] || [ -z "${PARTITA_SERVER_CMD:-}" ] || [ -n "$oracle" ]; }; then
  echo "the *-sec clients run alone, against servers run.sh starts from PARTITA_SERVER_CMD (not --oracle)" >&2; exit 2
fi
server_pids=""
oracle_started=""   # set only when this run started the oracle, so only then is it stopped
stop_server() {
  for server_pid in $server_pids; do
    kill -TERM -- "-$server_pid" 2>/dev/null
    for _ in $(seq 1 20); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.5; done
    kill -KILL -- "-$server_pid" 2>/dev/null
  done
  server_pids=""
  [ -z "${certs:-}" ] || rm -rf "$certs"
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
  start_server() { # log-name extra-flags: starts PARTITA_SERVER_CMD plus flags on fresh GRPC_PORT / HTTP_PORT
    GRPC_PORT=$(free_port); HTTP_PORT=$(free_port); export GRPC_PORT HTTP_PORT
    echo "== starting server: $PARTITA_SERVER_CMD $2 (GRPC_PORT=$GRPC_PORT HTTP_PORT=$HTTP_PORT)"
    setsid bash -c "$PARTITA_SERVER_CMD $2" >"$results/$1.log" 2>&1 &
    server_pids="$server_pids $!"
    started="$started $1:$GRPC_PORT $1:$HTTP_PORT"
  }
  started=""
  if [[ " $clients " == *-sec\ * ]]; then
    # Security clients: a CA, a server certificate for 127.0.0.1/localhost and a client certificate,
    # made here for this run only; two servers with --auth, one TLS one-way and one mutual.
    certs=$(mktemp -d); export SEC_CERTS="$certs"
    export SEC_ROOT_PASSWORD="Root-$RANDOM-$RANDOM"
    ( cd "$certs" && set -e
      openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=partita-interop-ca -keyout ca.key -out ca.pem
      for who in server client; do
        openssl req -newkey rsa:2048 -nodes -subj "/CN=partita-interop-$who" -keyout "$who.key" -out "$who.csr"
        printf 'subjectAltName=DNS:localhost,IP:127.0.0.1\nextendedKeyUsage=%sAuth\n' "$who" >"$who.ext"
        openssl x509 -req -days 2 -in "$who.csr" -CA ca.pem -CAkey ca.key -CAcreateserial -extfile "$who.ext" -out "$who.pem"
      done
      # the CA as a Java trust store, for clients that only take the JVM's (milvus-sdk-java 2.1.0)
      keytool -importcert -noprompt -alias ca -file ca.pem -keystore ca.p12 -storetype PKCS12 -storepass changeit
    ) >"$results/certs.log" 2>&1 || { echo "making the certificates failed:" >&2; cat "$results/certs.log" >&2; exit 2; }
    auth="--auth --root-password $SEC_ROOT_PASSWORD --tls-cert $certs/server.pem --tls-key $certs/server.key"
    start_server server-mutual "$auth --tls-mode 2 --tls-ca $certs/ca.pem"
    export SEC_MUTUAL="127.0.0.1:$GRPC_PORT" SEC_HTTP_MUTUAL="127.0.0.1:$HTTP_PORT"
    start_server server "$auth --tls-mode 1"
  else
    start_server server ""
  fi
  grpc="127.0.0.1:$GRPC_PORT"; http="127.0.0.1:$HTTP_PORT"
  for p in $started; do
    if ! wait_port "${p#*:}" 120; then
      echo "server did not open 127.0.0.1:${p#*:} in 120 s; log tail:" >&2; tail -30 "$results/${p%%:*}.log" >&2; exit 2
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
    py21-sec) echo ".venv-pymilvus-2.1/bin/python python/scenario_security.py orm $grpc $profile" ;;
    py26-orm-sec) echo ".venv-pymilvus-2.6/bin/python python/scenario_security.py orm $grpc $profile" ;;
    py26-client-sec) echo ".venv-pymilvus-2.6/bin/python python/scenario_security.py client $grpc $profile" ;;
    py3-sec) echo ".venv-pymilvus-3/bin/python python/scenario_security.py client $grpc $profile" ;;
    go-sec) echo "go/interop-go -security -addr $grpc -profile $profile" ;;
    node-sec) echo "node node/security.js $grpc $profile" ;;
    java21-sec) echo "java -Djavax.net.ssl.trustStore=$SEC_CERTS/ca.p12 -Djavax.net.ssl.trustStorePassword=changeit -cp java/java21/target/interop-java21.jar io.partita.interop.clients.java21.Security $grpc $profile" ;;
    java26-sec) echo "java -cp java/java26/target/interop-java26.jar io.partita.interop.clients.java26.Security $grpc $profile" ;;
    cli-sec) echo "env MILVUS_CLI=.venv-cli/bin/milvus_cli PYTHON=.venv-cli/bin/python cli/security.sh $grpc $profile" ;;
    http-sec) echo "http/security.sh $http $profile" ;;
  esac
}
sec_user() { local u="${1//-/_}"; echo "sec_$u"; }
if [ -n "${SEC_CERTS:-}" ]; then
  # each user's role holds one privilege on its collection: HasPartition, or ShowPartitions for
  # milvus_cli, which has no has-partition command
  sec=(); for c in $clients; do
    case "$c" in cli-sec) sec+=("$(sec_user "$c")=ShowPartitions") ;; *-sec) sec+=("$(sec_user "$c")=HasPartition") ;; esac
  done
  echo "== security setup as root: ${sec[*]}"
  .venv-pymilvus-2.6/bin/python python/security_setup.py "$grpc" "${sec[@]}" >"$results/security-setup.out" 2>&1 \
    || { echo "security setup failed:" >&2; tail -20 "$results/security-setup.out" >&2; exit 2; }
fi
status=0
for c in $clients; do
  echo "== $c: $(cmd_for "$c")"
  start=$(date +%s)
  SEC_USER=$(sec_user "$c"); SEC_COLLECTION=$SEC_USER; SEC_PASSWORD="$SEC_USER-Pw1"
  export SEC_USER SEC_COLLECTION SEC_PASSWORD
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
