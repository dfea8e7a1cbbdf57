#!/usr/bin/env bash
# sdk-core's transport contract suite through Partita's gRPC transport against a real Milvus.
#
#   interop/differential/contract.sh 2.1.0|2.3.5 [extra mvn args, e.g. -Dtest='ExternalServerContractTest#row16*']
#
# Starts the real Milvus with interop/oracle/oracle.sh (or uses one already running there when
# DIFF_USE_RUNNING=1), runs ExternalServerContractTest inside its network namespace with the
# matching profile, keeps the surefire report in results/contract-<v>.txt, stops the server.
# Exit: the test run's status; 3 when the real Milvus cannot be installed or started.
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
oracle="$root/interop/oracle/oracle.sh"
v="${1:?usage: contract.sh 2.1.0|2.3.5}"; shift
case "$v" in 2.1.0) profile=milvus-2.1 ;; 2.3.5) profile=milvus-2.3 ;; *) echo "unsupported version $v" >&2; exit 2 ;; esac
mkdir -p "$here/results"
started=""
trap '[ -n "$started" ] && "$oracle" stop "$v" >/dev/null 2>&1' EXIT INT TERM
if ! { [ "${DIFF_USE_RUNNING:-0}" = 1 ] && "$oracle" exec "$v" curl -s -m 2 http://127.0.0.1:9091/healthz 2>/dev/null | grep -q OK; }; then
  if ! (cd "$here/results" && "$oracle" start "$v") >"$here/results/$v-oracle-start.log" 2>&1; then
    echo "REAL MILVUS $v COULD NOT BE INSTALLED OR STARTED; see $here/results/$v-oracle-start.log" >&2
    "$oracle" stop "$v" >/dev/null 2>&1; exit 3
  fi
  started="$v"
fi
"$oracle" exec "$v" mvn -B -o -f "$here/pom.xml" test -Dpartita.contract.uri=grpc://127.0.0.1:19530 \
  -Dpartita.contract.profile="$profile" -Dpartita.contract.indexFirst="$([ "$v" = 2.3.5 ] && echo true || echo false)" "$@" >"$here/results/contract-$v.log" 2>&1
rc=$?
cat "$here/target/surefire-reports/"*ExternalServerContractTest.txt >"$here/results/contract-$v.txt" 2>/dev/null
grep -E "Tests run:|FAIL|ERROR\]" "$here/results/contract-$v.log" | grep -v "^\[INFO\] *$" | head -60
exit $rc
