#!/usr/bin/env bash
# Record raw answers of the 2.1-style HTTP API (/api/v1 on the metrics port)
# for the seed's release call and its error cases, as ground truth.
#
#   capture.sh HOST:HTTP_PORT LABEL > observed/http-<version>.md
set -uo pipefail
addr="$1"; label="$2"; base="http://$addr"
call() { # METHOD PATH BODY
  local out code
  out=$(curl -s -m 60 -D /tmp/.cap-h.$$ -X "$1" "$base$2" -H 'Content-Type: application/json' ${3+-d "$3"})
  code=$(head -1 /tmp/.cap-h.$$ | tr -d '\r'); ctype=$(grep -i '^content-type' /tmp/.cap-h.$$ | tr -d '\r')
  printf '```\n%s %s\n%s\n-> %s | %s\n%s\n```\n\n' "$1" "$2" "${3-<no body>}" "$code" "$ctype" "$out"
  rm -f /tmp/.cap-h.$$
}
fields='[{"field_name":"book_id","type":5,"field":[1,2,3]},{"field_name":"word_count","type":5,"field":[10,20,30]},{"field_name":"book_intro","type":101,"field":[[0.1,0.2],[0.2,0.3],[0.3,0.4]]}]'
seed='{"collection_name":"book","partition_names":["novel"],"replica_number":1}'
echo "# Raw HTTP answers: $label"
echo
echo "Recorded by \`interop/http/capture.sh\` (curl, loopback only). Each block: request, status line | content type, body."
echo
curl -s -m 60 -X DELETE "$base/api/v1/collection" -d '{"collection_name":"book"}' >/dev/null
echo "## Before the collection exists"; echo
call DELETE /api/v1/partitions/load "$seed"
call GET /api/v1/partitions '{"collection_name":"book"}'
echo "## Set-up (create, partition, insert, flush, index)"; echo
call POST /api/v1/collection '{"collection_name":"book","shards_num":1,"schema":{"name":"book","autoID":false,"fields":[{"name":"book_id","is_primary_key":true,"data_type":5},{"name":"word_count","data_type":5},{"name":"book_intro","data_type":101,"type_params":[{"key":"dim","value":"2"}]}]}}'
call POST /api/v1/partition '{"collection_name":"book","partition_name":"novel"}'
call POST /api/v1/entities "{\"collection_name\":\"book\",\"partition_name\":\"novel\",\"num_rows\":3,\"fields_data\":$fields}"
call POST /api/v1/persist '{"collection_names":["book"]}'
call POST /api/v1/index '{"collection_name":"book","field_name":"book_intro","extra_params":[{"key":"index_type","value":"IVF_FLAT"},{"key":"metric_type","value":"L2"},{"key":"params","value":"{\"nlist\":1}"}]}'
echo "## Release when nothing is loaded (row 11)"; echo
call DELETE /api/v1/partitions/load "$seed"
echo "## Load novel, then show it"; echo
call POST /api/v1/partitions/load "$seed"
sleep 3
call GET /api/v1/partitions '{"collection_name":"book","type":1}'
call GET /api/v1/partitions '{"collection_name":"book","type":1,"partition_names":["_default"]}'
call GET /api/v1/partition/existence '{"collection_name":"book","partition_name":"novel"}'
echo "## The seed's release (success)"; echo
call DELETE /api/v1/partitions/load "$seed"
echo "## Error cases"; echo
call DELETE /api/v1/partitions/load '{"collection_name":"book","partition_names":["nope"]}'
call DELETE /api/v1/partitions/load '{"collection_name":"book","partition_names":[]}'
call POST /api/v1/partitions/load '{"collection_name":"book","partition_names":[]}'
call DELETE /api/v1/partitions/load '{bad'
call DELETE /api/v1/partitions/load ''
call DELETE /api/v1/partitions/load
call DELETE /api/v1/partitions/load '{"collection_name":"book","partition_names":"novel"}'
call DELETE /api/v1/partitions/load '{"collection_name":"book","partition_names":["novel"],"unknown_field":1}'
call PUT /api/v1/partitions/load "$seed"
call GET /api/v1/no/such/route '{}'
call POST /api/v1/search '{"collection_name":"book","partition_names":["novel"],"output_fields":["book_id"],"dsl_type":1,"vectors":[[0.1,0.2]],"search_params":[{"key":"anns_field","value":"book_intro"},{"key":"topk","value":"10"},{"key":"params","value":"{\"nprobe\":1}"},{"key":"metric_type","value":"L2"}]}'
echo "## Release a partition of a collection-loaded collection (row 10)"; echo
call POST /api/v1/collection/load '{"collection_name":"book","replica_number":1}'
sleep 3
call DELETE /api/v1/partitions/load "$seed"
call POST /api/v1/partitions/load "$seed"
call DELETE /api/v1/collection/load '{"collection_name":"book"}'
call DELETE /api/v1/collection '{"collection_name":"book"}'
echo "## Health and metrics"; echo
call GET /healthz
printf '```\nGET /metrics (first lines)\n%s\n```\n' "$(curl -s -m 10 "$base/metrics" | grep -v '^#' | head -3)"
