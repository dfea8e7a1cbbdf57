"""Interop scenario for full-text search with pymilvus 3 (MilvusClient): a VARCHAR field with an
analyzer, a BM25 function filling a sparse field on insert, BM25 search with raw text, text_match
filters, Milvus's refusals (the function's output asked for or given), and run_analyzer.

    python fulltext_search.py [HOST:PORT] [PROFILE]

Prints `STEP <name> PASS|FAIL <detail>`; exits 1 on any failure.
"""
import pymilvus
from pymilvus import DataType, Function, FunctionType, MilvusClient

from common import args, attempt, err_text, finish, step

host, port, profile = args()
C = "fulltext_search"

client, e = attempt(lambda: MilvusClient(uri=f"http://{host}:{port}"))
step("connect", e is None, f"pymilvus {pymilvus.__version__} {host}:{port} err={err_text(e)}")
if e:
    finish()
if client.has_collection(C):
    client.drop_collection(C)

schema = MilvusClient.create_schema()
schema.add_field("id", DataType.INT64, is_primary=True)
schema.add_field("text", DataType.VARCHAR, max_length=1000, enable_analyzer=True, enable_match=True,
                 analyzer_params={"tokenizer": "standard", "filter": ["lowercase"]})
schema.add_field("sparse", DataType.SPARSE_FLOAT_VECTOR)
schema.add_function(Function(name="text_bm25", function_type=FunctionType.BM25,
                             input_field_names=["text"], output_field_names=["sparse"]))
index_params = client.prepare_index_params()
index_params.add_index("sparse", index_type="SPARSE_INVERTED_INDEX", metric_type="BM25",
                       params={"bm25_k1": 1.2, "bm25_b": 0.75})
client.create_collection(C, schema=schema, index_params=index_params)

client.insert(C, [
    {"id": 1, "text": "Milvus is a vector database built for scale"},
    {"id": 2, "text": "Full-text search ranks documents with BM25"},
    {"id": 3, "text": "Lucene analyzers split text into tokens"},
    {"id": 4, "text": "A vector search finds the nearest vectors; a text search finds words"},
])
res = client.search(C, data=["vector database"], anns_field="sparse", limit=3,
                    search_params={"metric_type": "BM25"}, output_fields=["text"])
# the end of the full-text block
ids = [hit["id"] for hit in res[0]]
step("bm25_search", ids[:1] == [1] and set(ids) == {1, 4} and res[0][0]["distance"] > res[0][1]["distance"],
     f"ids={ids} scores={[round(h['distance'], 4) for h in res[0]]}")

desc = client.describe_collection(C)
fns = desc.get("functions", [])
step("describe_function",
     len(fns) == 1 and fns[0]["name"] == "text_bm25" and fns[0]["output_field_names"] == ["sparse"],
     f"functions={fns}")

matched = client.query(C, filter="text_match(text, 'tokens BM25')", output_fields=["id"])
# the end of the text-match block
step("text_match", sorted(r["id"] for r in matched) == [2, 3], f"rows={matched}")

_, e = attempt(lambda: client.query(C, filter="id > 0", output_fields=["sparse"]))
step("output_refused", e is not None and "not allowed to retrieve raw data of field sparse" in err_text(e),
     err_text(e))

_, e = attempt(lambda: client.insert(C, [{"id": 9, "text": "x", "sparse": {1: 0.5}}]))
step("output_given_refused", e is not None, err_text(e))

bad = MilvusClient.create_schema()
bad.add_field("id", DataType.INT64, is_primary=True)
bad.add_field("text", DataType.VARCHAR, max_length=100)
bad.add_field("sparse", DataType.SPARSE_FLOAT_VECTOR)
bad.add_function(Function(name="f", function_type=FunctionType.BM25,
                          input_field_names=["text"], output_field_names=["sparse"]))
_, e = attempt(lambda: client.create_collection(C + "_bad", schema=bad))
step("analyzer_required", e is not None and "BM25 function input field must set enable_analyzer to true" in err_text(e),
     err_text(e))

# RunAnalyzer (Milvus 2.5+; profile milvus-2.6): the tokens of texts, by params or by a field's analyzer
# the run-analyzer block
res = client.run_analyzer(["The Quick Fox", "jumps"], analyzer_params={"type": "english"},
                          with_detail=True, with_hash=True)
# the end of the run-analyzer block
tokens = [[t["token"] for t in r.tokens] for r in res]
step("run_analyzer", tokens == [["quick", "fox"], ["jump"]]
     and res[0].tokens[1]["start_offset"] == 10 and res[0].tokens[1]["position"] == 2
     and isinstance(res[0].tokens[0]["hash"], int), f"tokens={tokens} first={res[0].tokens[:2]}")
res, e = attempt(lambda: client.run_analyzer("Hello World", collection_name=C, field_name="text"))
step("run_analyzer_field", e is None and res.tokens == ["hello", "world"],
     f"{res} err={err_text(e)}")
_, e = attempt(lambda: client.run_analyzer("x", analyzer_params={"tokenizer": "no_such_tokenizer"}))
step("run_analyzer_bad_params", e is not None and "no_such_tokenizer" in err_text(e), err_text(e))

client.drop_collection(C)
finish()
