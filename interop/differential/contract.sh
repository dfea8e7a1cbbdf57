#!/usr/bin/env bash
# sdk-core's transport contract suite through Partita's SDK against a real Milvus.
#
#   interop/differential/contract.sh VERSION [grpc|http|v2-grpc|v2-http] [extra mvn args, e.g. -Dtest='ExternalServerContractTest#row16*']
#   interop/differential/contract.sh all
#
# VERSION is 2.1.0 or 2.3.5; the transport defaults to grpc (grpc://127.0.0.1:19530); http is the
# REST transport against the 2.1-style HTTP API (/api/v1 on http://127.0.0.1:9091), which both serve.
# v2-grpc runs sdk-v2's suite (the V2 API, MilvusClientV2: ExternalServerV2ContractTest) over gRPC;
# v2-http runs it over RESTful v2 (http://127.0.0.1:19530/v2/vectordb), which Milvus 2.4+ serves and
# 2.1.0/2.3.5 do not (docs/restful_v2.md): against those it fails on the first call, as it should.
# Starts the real Milvus with interop/oracle/oracle.sh and stops it afterwards; with
# DIFF_USE_RUNNING=1 it uses the one already running there and never starts or stops it. Runs ExternalServerContractTest inside its network namespace with
# -Dpartita.contract.server=milvus-VERSION: SEMANTICS.md's expectations overridden, check by
# check, by what that version was observed to answer (sdk-core's io.partita.testing.RealMilvus21 /
# RealMilvus23, each entry pointing at its docs/compatibility.md row). Every check is asserted
# exactly; nothing is skipped. Keeps the surefire report in results/contract-VERSION-TRANSPORT.txt
# (the Maven log next to it, .log). Row 18 creates 4096 partitions: real 2.1.0 keeps every version of
# its collection metadata in its embedded etcd, so about five runs against one running 2.1.0 fill
# etcd's space ("mvcc: database space exceeded") and break that server; a fresh start has room.
# `all` runs every version x transport in CONTRACT_RUNS (default below) and prints one line each.
#
# Exit: 0 all pass; 1 a contract test failed (or the build did); 2 usage;
#       3 a real Milvus could not be installed or started, or with DIFF_USE_RUNNING=1 is not
#       running (for `all`: none failed, at least one not run).
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
oracle="$root/interop/oracle/oracle.sh"
NO_ORACLE=3
usage() { sed -n '4,5p' "${BASH_SOURCE[0]}" | sed 's/^# *//' >&2; exit 2; }

# This clone's SDK (and sdk-core's contract suite, its test-jar) installed for the differential
# project's class path; DIFF_SKIP_BUILD=1 reuses what ~/.m2 holds.
build() {
  [ "${DIFF_SKIP_BUILD:-0}" = 1 ] && return 0
  (cd "$root" && mvn -B -q -pl sdk-grpc,sdk-rest,sdk-v2 -am install -DskipTests) >"$here/results/contract-build.log" 2>&1 \
    || { echo "build failed; see $here/results/contract-build.log" >&2; exit 1; }
}
mkdir -p "$here/results"

if [ "${1:-}" = all ]; then
  shift
  build
  export DIFF_SKIP_BUILD=1
  worst=0
  for run in ${CONTRACT_RUNS:-2.1.0:grpc 2.1.0:http 2.3.5:grpc 2.3.5:http 2.3.5:v2-grpc}; do
    v="${run%%:*}"; t="${run##*:}"
    start=$SECONDS
    "${BASH_SOURCE[0]}" "$v" "$t" "$@" >/dev/null 2>&1
    rc=$?
    summary="$(grep -h -m1 -e "^Tests run:" -e "NOT RUN" -e "no contract report" "$here/results/contract-$v-$t.txt" 2>/dev/null)"
    case $rc in 0) verdict=PASS ;; "$NO_ORACLE") verdict="NOT RUN" ;; *) verdict=FAIL ;; esac
    printf 'contract %-6s %-5s %-7s %s (%ss) results/contract-%s-%s.txt\n' "$v" "$t" "$verdict" "${summary%%, Time*}" \
      "$((SECONDS - start))" "$v" "$t"
    if [ $rc = "$NO_ORACLE" ]; then [ $worst = 0 ] && worst=$NO_ORACLE; elif [ $rc != 0 ]; then worst=1; fi
  done
  exit $worst
fi

v="${1:-}"; [ $# -gt 0 ] && shift
case "$v" in 2.1.0|2.3.5) ;; *) usage ;; esac
transport=grpc
case "${1:-}" in grpc|http|v2-grpc|v2-http) transport="$1"; shift ;; esac
api=v1; suite=ExternalServerContractTest
case "$transport" in
  grpc) uri=grpc://127.0.0.1:19530 ;;
  http) uri=http://127.0.0.1:9091 ;;
  v2-grpc) uri=grpc://127.0.0.1:19530; api=v2; suite=ExternalServerV2ContractTest ;;
  v2-http) uri=http://127.0.0.1:19530/v2/vectordb; api=v2; suite=ExternalServerV2ContractTest ;;
esac
results="$here/results"; out="$results/contract-$v-$transport"
mkdir -p "$results"
not_run() { echo "$1" | tee "$out.txt" >&2; exit $NO_ORACLE; }
started=""
trap '[ -n "$started" ] && "$oracle" stop "$v" >/dev/null 2>&1' EXIT INT TERM
if [ "${DIFF_USE_RUNNING:-0}" = 1 ]; then
  if ! "$oracle" exec "$v" curl -s -m 2 http://127.0.0.1:9091/healthz 2>/dev/null | grep -q OK; then
    not_run "REAL MILVUS $v IS NOT RUNNING (DIFF_USE_RUNNING=1 never starts one); contract suite NOT RUN"
  fi
else
  if ip netns list 2>/dev/null | grep -qw "partita-oracle-${v//./-}"; then
    not_run "a Milvus $v namespace is already in use (another run's oracle?); not touching it: use DIFF_USE_RUNNING=1 to test against it; contract suite NOT RUN"
  fi
  if ! (cd "$results" && "$oracle" start "$v") >"$results/$v-oracle-start.log" 2>&1; then
    "$oracle" stop "$v" >/dev/null 2>&1
    not_run "REAL MILVUS $v COULD NOT BE INSTALLED OR STARTED; contract suite NOT RUN; see $results/$v-oracle-start.log"
  fi
  started="$v"
fi
build
rm -f "$here/target/surefire-reports/"*ExternalServer*ContractTest.txt
"$oracle" exec "$v" mvn -B -o -f "$here/pom.xml" test -Dpartita.contract.uri="$uri" \
  -Dpartita.contract.server="milvus-$v" -Dpartita.contract.api="$api" "$@" >"$out.log" 2>&1
rc=$?
if ! cat "$here/target/surefire-reports/"*"$suite.txt" >"$out.txt" 2>/dev/null; then
  echo "no contract report: the differential project did not build or run; see $out.log" >"$out.txt"
fi
grep -E "Tests run:|FAIL|ERROR\]" "$out.log" | grep -v "^\[INFO\] *$" | head -60
[ $rc = 0 ] || rc=1
exit $rc
