#!/usr/bin/env bash
# Security scenario for milvus_cli (pinned in requirements.txt), run by run.sh as cli-sec.
#
#   security.sh HOST:PORT PROFILE      MILVUS_CLI=path/to/milvus_cli
#
# HOST:PORT is a server started with `--auth --tls-mode 1`; run.sh's environment gives SEC_MUTUAL
# (a server with `--tls-mode 2`), SEC_CERTS (ca.pem), SEC_ROOT_PASSWORD, SEC_USER / SEC_PASSWORD
# (a role with ShowPartitions on SEC_COLLECTION only: milvus_cli has no has-partition command).
# milvus_cli 1.2.1 connects with `connect -uri https://... -t user:password -tls 1 -cert CA.pem`
# (its pymilvus MilvusClient's server_pem_path); `-tls 2` raises "two-way encryption (tlsmode == 2)
# is not implemented yet" (milvus_cli/ConnectionClient.py), so mutual TLS is out of its reach, and a
# refused connect prints pymilvus's "Fail connecting to server" without the server's reason, so the
# throttle shows as the right password refused right after wrong ones, then accepted once the lock ends.
# Prints `STEP <name> PASS|FAIL <detail>`; exits 1 on any failure.
set -uo pipefail
addr="$1"
cli="${MILVUS_CLI:-milvus_cli}"
ca="$SEC_CERTS/ca.pem"; failed=0
step() { local v=PASS; [ "$2" = 1 ] || { v=FAIL; failed=1; }; echo "STEP $1 $v $(echo "$3" | tr '\n' ' ' | tr -s ' ' | cut -c1-600)"; }
con() { echo "connect -uri https://$1 -t $2 -tls 1 -cert $ca"; }
# Feed commands to one milvus_cli shell; print its answers without prompts, banners and tables.
run() {
  { printf '%s\n' "$@"; echo exit; } | timeout 120 "$cli" 2>&1 | tr -d '\r' | sed -e '1,/^Learn more/d' -e 's/.*milvus_cli > //' \
    | grep -v -e '^\s*$' -e '^connect -uri' -e '^+--' -e '| Address' -e '|  Alias' -e '^Thanks for using' \
      -e 'We hope your feedback' -e '^exit$' -e 'Input is not a terminal'
}
ok() { grep -q 'Connect Milvus successfully' <<<"$1" && ! grep -qiE 'error|exception' <<<"$1" && echo 1 || echo 0; }
root="root:$SEC_ROOT_PASSWORD"; me="$SEC_USER:$SEC_PASSWORD"

out=$(run "$(con "$addr" "$root")" "list collections")
step tls_one_way "$( [ "$(ok "$out")" = 1 ] && grep -q "$SEC_COLLECTION" <<<"$out" && echo 1 || echo 0)" "$("$cli" --version 2>&1 | grep -i 'cli version' | head -1) $out"
step tls_mutual 1 "SKIP: milvus_cli 1.2.1 has no two-way TLS (ConnectionClient.connect: tlsmode 2 raises NotImplementedError)"
out=$(run "$(con "$SEC_MUTUAL" "$root")" "list collections")
step tls_mutual_refused_without_cert "$(grep -q 'Connect to Milvus error' <<<"$out" && echo 1 || echo 0)" "$out"

out=$(run "$(con "$addr" "$me")" "list partitions -c $SEC_COLLECTION" "create partition -c $SEC_COLLECTION -p p_denied")
allowed=$(sed '/create partition/,$d' <<<"$out"); denied=$(sed -n '/create partition/,$p' <<<"$out")
step rbac_allowed "$( [ "$(ok "$allowed")" = 1 ] && grep -q _default <<<"$allowed" && echo 1 || echo 0)" "$allowed"
step rbac_denied "$(grep -q 'PrivilegeCreatePartition: permission deny' <<<"$denied" && echo 1 || echo 0)" "$denied"

# Eight wrong passwords, then the right one, in one shell (no start-up time between them).
wrong=(); for _ in $(seq 1 8); do wrong+=("$(con "$addr" "$SEC_USER:wrong-password")"); done
out=$(run "${wrong[@]}" "$(con "$addr" "$me")")
step throttle "$( [ "$(grep -c 'Connect to Milvus error' <<<"$out")" = 9 ] && echo 1 || echo 0)" \
  "8 wrong passwords then the right one, all refused: $(grep -c 'Connect to Milvus error' <<<"$out") errors; last: $(tail -1 <<<"$out")"
for _ in $(seq 1 30); do out=$(run "$(con "$addr" "$me")" "list collections"); [ "$(ok "$out")" = 1 ] && break; sleep 1; done
step login_after_lock "$(ok "$out")" "$out"
exit $failed
