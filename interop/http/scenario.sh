#!/usr/bin/env bash
# Interop scenario for the Milvus 2.1 HTTP API (curl, port 9091, /api/v1).
#
#   scenario.sh [HOST:HTTP_PORT] [milvus-2.1|milvus-2.3]   (or MILVUS_HTTP / PROFILE)
#
# Bodies are the request messages as JSON (protocol field names, enums as
# numbers); every answered call is HTTP 200 with the response message as JSON.
# The release is the seed's: DELETE /api/v1/partitions/load with
# {"collection_name":"book","partition_names":["novel"],"replica_number":1}.
# Needs curl and jq. Prints `STEP <name> PASS|FAIL <detail>`; exits 1 on failure.
set -uo pipefail
addr="${1:-${MILVUS_HTTP:-127.0.0.1:9091}}"
profile="${2:-${PROFILE:-milvus-2.1}}"
base="http://$addr/api/v1"
failed=0

step() { local v=PASS; [ "$2" = 1 ] || { v=FAIL; failed=1; }; echo "STEP $1 $v $(echo "$3" | tr '\n' ' ' | cut -c1-700)"; }
call() { # METHOD PATH BODY -> prints "HTTPCODE BODY"
  curl -s -m 60 -o /tmp/.partita-http.$$ -w '%{http_code}' -X "$1" "$base$2" \
    -H 'accept: application/json' -H 'Content-Type: application/json' -d "$3"
  printf ' %s' "$(cat /tmp/.partita-http.$$)"; rm -f /tmp/.partita-http.$$
}
# Success: HTTP 200 and no error_code in the Status (a success Status is {}).
ok() { local code="${1%% *}" body="${1#* }"
  [ "$code" = 200 ] && jq -e '((.status // .) | (.error_code // 0)) == 0' <<<"$body" >/dev/null 2>&1 && echo 1 || echo 0; }
rule() { # name answer want21...
  local name="$1" ans="$2"; shift 2
  if [ "$profile" = milvus-2.1 ]; then
    local r w good=0; r=$(jq -r '(.status // .) | .reason // ""' <<<"${ans#* }" 2>/dev/null)
    for w in "$@"; do [[ "$r" == *"$w"* ]] && good=1; done
    [ "$(ok "$ans")" = 0 ] || good=0
    step "$name" "$good" "$ans (want one of: $*)"
  else
    step "$name" "$(ok "$ans")" "$ans (want success)"
  fi
}
wait_parts() { # names-json
  local a; for _ in $(seq 1 120); do
    a=$(call GET /partitions "{\"collection_name\":\"book\",\"type\":1,\"partition_names\":$1}")
    jq -e --argjson n "$(jq length <<<"$1")" '(.inMemory_percentages // []) | (length == $n and all(. == 100))' <<<"${a#* }" >/dev/null 2>&1 && return 0
    sleep 0.5
  done; return 1
}
wait_coll() {
  local a; for _ in $(seq 1 120); do
    a=$(call GET /collections '{"collection_names":["book"],"type":1}')
    jq -e '(.inMemory_percentages // []) == [100]' <<<"${a#* }" >/dev/null 2>&1 && return 0
    sleep 0.5
  done; return 1
}
search() { # partitions-json
  call POST /search "{\"collection_name\":\"book\",\"partition_names\":$1,\"output_fields\":[\"book_id\"],\"dsl_type\":1,\"vectors\":[[0.1,0.2]],\"search_params\":[{\"key\":\"anns_field\",\"value\":\"book_intro\"},{\"key\":\"topk\",\"value\":\"100\"},{\"key\":\"params\",\"value\":\"{\\\"nprobe\\\":1}\"},{\"key\":\"metric_type\",\"value\":\"L2\"},{\"key\":\"round_decimal\",\"value\":\"-1\"}]}"
}
rows() { # from n -> fields_data json
  jq -cn --argjson a "$1" --argjson n "$2" '[range($a; $a + $n)] as $ids | [
    {field_name: "book_id", type: 5, field: $ids},
    {field_name: "word_count", type: 5, field: [$ids[] | . + 1000]},
    {field_name: "book_intro", type: 101, field: [$ids[] | [(. / 100), (. / 50)]]}]'
}

a=$(curl -s -m 10 "http://$addr/healthz"); step connect "$([[ "$a" == *OK* ]] && echo 1 || echo 0)" "GET /healthz -> $a"
call DELETE /collection '{"collection_name":"book"}' >/dev/null
a=$(call POST /collection '{"collection_name":"book","shards_num":2,"schema":{"name":"book","autoID":false,"fields":[{"name":"book_id","is_primary_key":true,"data_type":5},{"name":"word_count","data_type":5},{"name":"book_intro","data_type":101,"type_params":[{"key":"dim","value":"2"}]}]}}')
step create_collection "$(ok "$a")" "POST /collection -> $a"
a=$(call POST /partition '{"collection_name":"book","partition_name":"novel"}'); step create_partition "$(ok "$a")" "POST /partition -> $a"
a1=$(call POST /entities "{\"collection_name\":\"book\",\"partition_name\":\"novel\",\"num_rows\":20,\"fields_data\":$(rows 0 20)}")
a2=$(call POST /entities "{\"collection_name\":\"book\",\"partition_name\":\"_default\",\"num_rows\":10,\"fields_data\":$(rows 100 10)}")
step insert "$( [ "$(ok "$a1")$(ok "$a2")" = 11 ] && echo 1 || echo 0)" "POST /entities -> ${a1:0:120} | ${a2:0:120}"
a=$(call POST /persist '{"collection_names":["book"]}'); step flush "$(ok "$a")" "POST /persist -> $a"
a=$(call POST /index '{"collection_name":"book","field_name":"book_intro","extra_params":[{"key":"index_type","value":"IVF_FLAT"},{"key":"metric_type","value":"L2"},{"key":"params","value":"{\"nlist\":1}"}]}')
step create_index "$(ok "$a")" "POST /index -> $a"

a=$(call POST /partitions/load '{"collection_name":"book","partition_names":["novel"],"replica_number":1}')
w=1; [ "$(ok "$a")" = 1 ] && { wait_parts '["novel"]' || w=0; }
step load_partition "$( [ "$(ok "$a")$w" = 11 ] && echo 1 || echo 0)" "POST /partitions/load -> $a"
a=$(call GET /partitions '{"collection_name":"book","type":1,"partition_names":["novel"]}')
step show_partitions "$(jq -e '.partition_names == ["novel"] and .inMemory_percentages == [100]' <<<"${a#* }" >/dev/null 2>&1 && echo 1 || echo 0)" "GET /partitions type=1 -> $a"
a=$(search '["novel"]')
n=$(jq '[.results.ids.IdField.IntId.data[]? | select(. < 100)] | length' <<<"${a#* }" 2>/dev/null)
t=$(jq '[.results.ids.IdField.IntId.data[]?] | length' <<<"${a#* }" 2>/dev/null)
step search_novel "$( [ "$(ok "$a")" = 1 ] && [ "${t:-0}" -gt 0 ] && [ "$n" = "$t" ] && echo 1 || echo 0)" "POST /search hits=$t from_novel=$n"
a=$(call POST /query '{"collection_name":"book","expr":"book_id >= 0","output_fields":["book_id"],"partition_names":["novel"]}')
n=$(jq '[.fields_data[]? | select(.field_name == "book_id") | .Field.Scalars.Data.LongData.data[]] | length' <<<"${a#* }" 2>/dev/null)
step query_novel "$( [ "$(ok "$a")" = 1 ] && [ "$n" = 20 ] && echo 1 || echo 0)" "POST /query rows=$n (want 20)"

a=$(call POST /partitions/load '{"collection_name":"book","partition_names":["_default"],"replica_number":1}')
rule rule6_load_another_partition "$a" "please release partitions firstly"
[ "$(ok "$a")" = 1 ] && { wait_parts '["_default"]'; call DELETE /partitions/load '{"collection_name":"book","partition_names":["_default"]}' >/dev/null; }
a=$(call POST /collection/load '{"collection_name":"book","replica_number":1}')
rule rule3_load_collection_after_partition "$a" "please release partitions firstly"
if [ "$(ok "$a")" = 1 ]; then wait_coll; call DELETE /collection/load '{"collection_name":"book"}' >/dev/null
  call POST /partitions/load '{"collection_name":"book","partition_names":["novel"],"replica_number":1}' >/dev/null; wait_parts '["novel"]'; fi

# The seed's curl.
a=$(call DELETE /partitions/load '{"collection_name":"book","partition_names":["novel"],"replica_number":1}')
step release_partition "$(ok "$a")" "DELETE /partitions/load -> $a"
a=$(search '["novel"]')
r=$(jq -r '(.status // .) | .reason // ""' <<<"${a#* }" 2>/dev/null)
step search_after_release_refused "$( [ "$(ok "$a")" = 0 ] && [[ "$r" =~ not\ (been\ )?loaded ]] && echo 1 || echo 0)" "POST /search -> $a"

a=$(call POST /collection/load '{"collection_name":"book","replica_number":1}')
w=1; [ "$(ok "$a")" = 1 ] && { wait_coll || w=0; }
step load_collection "$( [ "$(ok "$a")$w" = 11 ] && echo 1 || echo 0)" "POST /collection/load -> $a"
a=$(call POST /partitions/load '{"collection_name":"book","partition_names":["novel"],"replica_number":1}')
rule rule4_load_partition_after_collection "$a" "please release collection firstly"
a=$(call DELETE /partitions/load '{"collection_name":"book","partition_names":["novel"],"replica_number":1}')
rule rule10_release_partition_after_load_collection "$a" "releasing some partitions after load collection is not supported"

a=$(call DELETE /collection/load '{"collection_name":"book"}'); step release_collection "$(ok "$a")" "DELETE /collection/load -> $a"
a=$(call DELETE /collection '{"collection_name":"book"}'); step drop_collection "$(ok "$a")" "DELETE /collection -> $a"
exit $failed
