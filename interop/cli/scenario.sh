#!/usr/bin/env bash
# Interop scenario for milvus_cli (PyPI milvus-cli, pinned in requirements.txt).
#
#   scenario.sh [HOST:PORT] [milvus-2.1|milvus-2.3]    (or MILVUS_ADDR / PROFILE)
#   MILVUS_CLI=path/to/milvus_cli  PYTHON=python-with-pymilvus
#
# milvus_cli is an interactive shell; it is driven non-interactively by piping
# commands to its standard input (it warns "Input is not a terminal" and reads
# line by line). Each step runs a fresh shell: `connect -uri http://HOST:PORT`,
# the command, `exit`. milvus_cli 1.x's forms are `load partition -c book -p
# novel` and `release partition -c book -p novel` (0.x had `release -c book -p
# novel`, as in the seed). Creating the collection and searching need
# interactive prompts, so setup.py does those with pymilvus.
# Prints `STEP <name> PASS|FAIL <detail>`; exits 1 on any failure.
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
addr="${1:-${MILVUS_ADDR:-127.0.0.1:19530}}"
profile="${2:-${PROFILE:-milvus-2.1}}"
cli="${MILVUS_CLI:-milvus_cli}"
py="${PYTHON:-python3}"
failed=0

step() { # name ok detail
  local v=PASS; [ "$2" = 1 ] || { v=FAIL; failed=1; }
  echo "STEP $1 $v $(echo "$3" | tr '\n' ' ' | tr -s ' ' | cut -c1-600)"
}
# Run one milvus_cli command; print its output without prompts and echoes.
run() {
  printf 'connect -uri http://%s\n%s\nexit\n' "$addr" "$1" | timeout 120 "$cli" 2>&1 \
    | tr -d '\r' | sed -e 's/.*milvus_cli > //' | grep -v -e '^\s*$' -e '^connect -uri' -e "^$1\$" \
    | sed -n '/Connect Milvus successfully/,$p' | grep -v -e '^+--' -e '| Address' -e '|  Alias' \
    -e 'Connect Milvus successfully' -e '^Thanks for using' -e 'We hope your feedback' -e '^exit$'
}
has() { grep -q -- "$2" <<<"$1" && echo 1 || echo 0; }
rule() { # name output want21...
  local name="$1" out="$2"; shift 2
  if [ "$profile" = milvus-2.1 ]; then
    local ok=0 w; for w in "$@"; do grep -q -- "$w" <<<"$out" && ok=1; done
    step "$name" "$ok" "$out (want one of: $*)"
  else
    step "$name" "$( (grep -qiE 'error|exception|fail' <<<"$out") && echo 0 || echo 1)" "$out (want success)"
  fi
}

raw=$(printf 'connect -uri http://%s\nlist collections\nexit\n' "$addr" | timeout 120 "$cli" 2>&1 | tr -d '\r')
out=$(grep -E 'Connect|error|Error' <<<"$raw" | sed 's/.*milvus_cli > //' | grep -v '^connect -uri' | head -3)
if ! grep -q 'Connect Milvus successfully' <<<"$raw"; then
  # Every later step would start a shell that fails the same way.
  step connect 0 "$("$cli" --version 2>&1 | tail -1) $out"; exit 1
fi
step connect 1 "$("$cli" --version 2>&1 | tail -1) $out"
out=$("$py" "$here/setup.py" "$addr" create 2>&1 | tail -3); step setup_book_novel_rows_index "$(has "$out" '^OK')" "$out"

out=$(run "load partition -c book -p novel"); step load_partition "$( (grep -qiE 'error|exception' <<<"$out") && echo 0 || echo 1)" "$out"
for _ in $(seq 1 60); do
  st=$(run "show load_state -c book -p novel"); grep -q 'Loaded' <<<"$st" && break; sleep 0.5
done
lp=$(run "show loading_progress -c book")
parts=$(run "list partitions -c book")
step show_partitions "$( (grep -q novel <<<"$parts" && grep -q Loaded <<<"$st") && echo 1 || echo 0)" "partitions: $parts | $st | loading_progress: $lp"
out=$("$py" "$here/setup.py" "$addr" search 2>&1 | tail -1); step search_novel "$(has "$out" '^OK hits=20')" "$out"

out=$(run "load partition -c book -p _default")
rule rule6_load_another_partition "$out" "please release partitions firstly" "Should release first"
grep -qiE 'error|exception' <<<"$out" || run "release partition -c book -p _default" >/dev/null
out=$(run "load collection -c book")
rule rule3_load_collection_after_partition "$out" "please release partitions firstly"
if ! grep -qiE 'error|exception' <<<"$out"; then run "release collection -c book" >/dev/null; run "load partition -c book -p novel" >/dev/null; fi

# The seed: release the partition.
out=$(run "release partition -c book -p novel"); step release_partition "$( (grep -qiE 'error|exception' <<<"$out") && echo 0 || echo 1)" "$out"
st=$(run "show load_state -c book -p novel"); srch=$("$py" "$here/setup.py" "$addr" search 2>&1 | tail -1)
step search_after_release_refused "$( (grep -q NotLoad <<<"$st" && grep -qE '^ERR .*not (been )?loaded' <<<"$srch") && echo 1 || echo 0)" "$st | $srch"

out=$(run "load collection -c book"); step load_collection "$( (grep -qiE 'error|exception' <<<"$out") && echo 0 || echo 1)" "$out"
out=$(run "load partition -c book -p novel")
rule rule4_load_partition_after_collection "$out" "please release collection firstly"
out=$(run "release partition -c book -p novel")
rule rule10_release_partition_after_load_collection "$out" "releasing some partitions after load collection is not supported"

out=$(run "release collection -c book"); step release_collection "$( (grep -qiE 'error|exception' <<<"$out") && echo 0 || echo 1)" "$out"
out=$(run "delete collection -c book --yes")
step drop_collection "$( (grep -qiE 'error|exception' <<<"$out") && echo 0 || echo 1)" "$out"
exit $failed
