#!/usr/bin/env bash
# Security scenario for the Milvus 2.1 HTTP API (/api/v1) with curl over HTTPS.
#
#   security.sh HOST:HTTP_PORT PROFILE
#
# HOST:HTTP_PORT is a server started with `--auth --tls-mode 1`; run.sh's environment gives
# SEC_HTTP_MUTUAL (a server with `--tls-mode 2`), SEC_CERTS (ca.pem, client.pem, client.key),
# SEC_ROOT_PASSWORD, SEC_USER / SEC_PASSWORD (a role with HasPartition on SEC_COLLECTION only).
# Credentials go in `Authorization: Basic` (curl -u). Prints `STEP <name> PASS|FAIL <detail>`.
set -uo pipefail
addr="$1"
ca="$SEC_CERTS/ca.pem"; failed=0
step() { local v=PASS; [ "$2" = 1 ] || { v=FAIL; failed=1; }; echo "STEP $1 $v $(echo "$3" | tr '\n' ' ' | cut -c1-500)"; }
call() { # ADDR USER:PASSWORD METHOD PATH BODY [curl options] -> "HTTPCODE BODY" (code 000: no answer, curl's exit in the body)
  local a="$1" cred="$2" m="$3" p="$4" b="$5" out rc; shift 5
  out=$(curl -s -m 30 --cacert "$ca" "$@" -u "$cred" -w '\n%{http_code}' -X "$m" "https://$a/api/v1$p" \
    -H 'Content-Type: application/json' -d "$b" 2>&1); rc=$?
  [ "$rc" = 0 ] && echo "${out##*$'\n'} ${out%$'\n'*}" || echo "000 curl exit $rc"
}
ok() { local code="${1%% *}" body="${1#* }"
  [ "$code" = 200 ] && jq -e '((.status // .) | (.error_code // 0)) == 0' <<<"$body" >/dev/null 2>&1 && echo 1 || echo 0; }
root="root:$SEC_ROOT_PASSWORD"; me="$SEC_USER:$SEC_PASSWORD"
mtls=(--cert "$SEC_CERTS/client.pem" --key "$SEC_CERTS/client.key")

a=$(call "$addr" "$root" GET /collections '{}'); step tls_one_way "$(ok "$a")" "curl $(curl -V | head -1 | cut -d' ' -f2) $a"
a=$(call "$SEC_HTTP_MUTUAL" "$root" GET /collections '{}' "${mtls[@]}"); step tls_mutual "$(ok "$a")" "$a"
a=$(call "$SEC_HTTP_MUTUAL" "$root" GET /collections '{}')
step tls_mutual_refused_without_cert "$([ "${a%% *}" = 000 ] && echo 1 || echo 0)" "$a (want no answer)"

a=$(call "$addr" "$me" GET /partition/existence "{\"collection_name\":\"$SEC_COLLECTION\",\"partition_name\":\"_default\"}")
step rbac_allowed "$([ "$(ok "$a")" = 1 ] && jq -e '.value == true' <<<"${a#* }" >/dev/null && echo 1 || echo 0)" \
  "GET /partition/existence -> $a"
a=$(call "$addr" "$me" POST /partition "{\"collection_name\":\"$SEC_COLLECTION\",\"partition_name\":\"p_denied\"}")
step rbac_denied "$([[ "${a%% *}" = 403 && "$a" == *"PrivilegeCreatePartition: permission deny"* ]] && echo 1 || echo 0)" \
  "POST /partition -> $a (want 403, permission deny)"

for i in $(seq 1 12); do
  a=$(call "$addr" "$SEC_USER:wrong-password" GET /collections '{}')
  [[ "$a" == *"too many failed logins"* ]] && break
done
step throttle "$([[ "${a%% *}" = 401 && "$a" == *"too many failed logins"* ]] && echo 1 || echo 0)" "after $i wrong passwords: $a"
for _ in $(seq 1 70); do a=$(call "$addr" "$me" GET /collections '{}'); [ "$(ok "$a")" = 1 ] && break; sleep 1; done
step login_after_lock "$(ok "$a")" "$a"
exit $failed
