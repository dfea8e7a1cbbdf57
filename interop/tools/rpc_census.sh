#!/usr/bin/env bash
# List the gRPC methods each official client calls, at connect time and over
# its whole scenario, by running it through tools/grpc_tap.py.
#
#   rpc_census.sh VERSION     (an oracle started with oracle/oracle.sh)
#
# Writes observed/rpcs-VERSION.md. Expects the client installs of run.sh
# (.venv-pymilvus-2.1, .venv-pymilvus-2.6, .venv-cli, node/node_modules, go/interop-go).
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"; top="$(dirname "$here")"; cd "$top"
ver="$1"; X="./oracle/oracle.sh exec $ver"; port=19600
logs=".oracle/taps/$ver"; rm -rf "$logs"; mkdir -p "$logs"
profile=milvus-2.1; [[ "$ver" == 2.3* ]] && profile=milvus-2.3

$X .venv-pymilvus-2.6/bin/python tools/grpc_tap.py $port 127.0.0.1:19530 "$logs/all.log" >"$logs/tap.out" 2>&1 &
tap=$!; sleep 2
mark() { echo "=== $1" >>"$logs/all.log"; }
t="127.0.0.1:$port"
declare -A connect=(
  [pymilvus-2.1.0-orm]=".venv-pymilvus-2.1/bin/python -c \"from pymilvus import connections; connections.connect(host='127.0.0.1', port='$port')\""
  [pymilvus-2.6.17-orm]=".venv-pymilvus-2.6/bin/python -c \"from pymilvus import connections; connections.connect(host='127.0.0.1', port='$port')\""
  [pymilvus-2.6.17-client]=".venv-pymilvus-2.6/bin/python -c \"from pymilvus import MilvusClient; MilvusClient(uri='http://$t')\""
  [go-sdk-v2.1.2]="go/interop-go -addr $t -connect-only"
  [node-sdk-2.2.24]="node -e \"const {MilvusClient}=require('./node/node_modules/@zilliz/milvus2-sdk-node'); const c=new MilvusClient({address:'$t'}); c.connectPromise.then(()=>process.exit(0),()=>process.exit(1))\""
  [milvus_cli-1.2.1]="sh -c \"printf 'connect -uri http://$t\\nexit\\n' | .venv-cli/bin/milvus_cli\""
)
declare -A scenario=(
  [pymilvus-2.1.0-orm]="sh -c 'cd python && ../.venv-pymilvus-2.1/bin/python scenario_orm.py $t $profile'"
  [pymilvus-2.6.17-orm]="sh -c 'cd python && ../.venv-pymilvus-2.6/bin/python scenario_orm.py $t $profile'"
  [pymilvus-2.6.17-client]="sh -c 'cd python && ../.venv-pymilvus-2.6/bin/python scenario_client.py $t $profile'"
  [go-sdk-v2.1.2]="go/interop-go -addr $t -profile $profile"
  [node-sdk-2.2.24]="node node/scenario.js $t $profile"
  [milvus_cli-1.2.1]="env MILVUS_CLI=.venv-cli/bin/milvus_cli PYTHON=.venv-cli/bin/python cli/scenario.sh $t $profile"
)
clients="pymilvus-2.1.0-orm pymilvus-2.6.17-orm pymilvus-2.6.17-client go-sdk-v2.1.2 node-sdk-2.2.24 milvus_cli-1.2.1"
{
  echo "# gRPC methods called by each client: Milvus $ver"
  echo
  echo "Recorded by \`interop/tools/rpc_census.sh\` through \`tools/grpc_tap.py\`. Connect = the client's"
  echo "connect call alone; scenario = the whole interop scenario (profile $profile). Status is the"
  echo "gRPC status of the call (UNIMPLEMENTED = the server lacks the method)."
  echo
  for c in $clients; do
    mark "$c connect"; timeout 120 $X bash -c "${connect[$c]}" >"$logs/$c.connect.out" 2>&1; rc=$?
    echo "## $c"; echo; echo "connect exit=$rc:"; echo
    awk -v s="=== $c connect" 'p && /^===/{exit} p{print "- `" $1 "` " $2} $0==s{p=1}' "$logs/all.log" | sed 's#/milvus.proto.milvus.MilvusService/##' | uniq -c | sed 's/^ *\([0-9]*\) \(.*\)/\2 ×\1/'
    echo
    mark "$c scenario"; timeout 600 $X bash -c "${scenario[$c]}" >"$logs/$c.scenario.out" 2>&1; rc=$?
    echo "scenario exit=$rc, distinct methods (calls):"; echo
    awk -v s="=== $c scenario" 'p && /^===/{exit} p{print $1 " " $2} $0==s{p=1}' "$logs/all.log" | sed 's#/milvus.proto.milvus.MilvusService/##' | sort | uniq -c | awk '{printf "`%s` %s ×%s, ", $2, ($3=="OK"?"":$3), $1} END{print ""}'
    echo
  done
} >"observed/rpcs-$ver.md"
kill "$tap" 2>/dev/null  # ip netns exec runs the tap in place: this is its pid
cat "observed/rpcs-$ver.md"
