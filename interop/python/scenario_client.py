"""Interop scenario for pymilvus's MilvusClient API (pymilvus 2.4+; pinned 2.6.x).

    python scenario_client.py [HOST:PORT] [milvus-2.1|milvus-2.3]

Creates collection `book` with partition `novel`, loads, searches, queries,
releases `novel` with client.release_partitions("book", ["novel"]), checks
that a search of `novel` is then refused, and checks SEMANTICS.md rows 3, 4,
6, 10 for the profile. Prints `STEP <name> PASS|FAIL <detail>`; exits 1 on
any failure.
"""
import pymilvus
from pymilvus import DataType, MilvusClient

from common import NOT_LOADED, args, attempt, err_text, expect_rule, finish, step

host, port, profile = args()
C = "book"
SEARCH = {"metric_type": "L2", "params": {"nprobe": 1}}

client, e = attempt(lambda: MilvusClient(uri=f"http://{host}:{port}"))
step("connect", e is None, f"pymilvus {pymilvus.__version__} {host}:{port} err={err_text(e)}")
if e:
    finish()

if client.has_collection(C):
    client.drop_collection(C)
schema = MilvusClient.create_schema(auto_id=False, enable_dynamic_field=False)
schema.add_field("book_id", DataType.INT64, is_primary=True)
schema.add_field("word_count", DataType.INT64)
schema.add_field("book_intro", DataType.FLOAT_VECTOR, dim=2)
_, e = attempt(lambda: client.create_collection(C, schema=schema, shards_num=2))
step("create_collection", e is None, f"err={err_text(e)}")
_, e = attempt(lambda: client.create_partition(C, "novel"))
step("create_partition", e is None, f"err={err_text(e)}")


def rows(start, n):
    return [{"book_id": i, "word_count": 1000 + i, "book_intro": [i / 100, i / 50]} for i in range(start, start + n)]


_, e1 = attempt(lambda: client.insert(C, rows(0, 20), partition_name="novel"))
_, e2 = attempt(lambda: client.insert(C, rows(100, 10)))
step("insert", e1 is None and e2 is None, f"err={err_text(e1 or e2)}")
_, e = attempt(lambda: client.flush(C))
step("flush", e is None, f"err={err_text(e)}")
index_params = MilvusClient.prepare_index_params()
index_params.add_index("book_intro", index_type="IVF_FLAT", metric_type="L2", params={"nlist": 1})
_, e = attempt(lambda: client.create_index(C, index_params))
step("create_index", e is None, f"err={err_text(e)}")

_, e = attempt(lambda: client.load_partitions(C, ["novel"]))
step("load_partition", e is None, f"err={err_text(e)}")

state, e = attempt(lambda: client.get_load_state(C, partition_name="novel"))
names, e2 = attempt(lambda: client.list_partitions(C))
step("show_partitions", e is None and e2 is None and "novel" in (names or []) and "Loaded" in str(state),
     f"partitions={names} load_state={state} err={err_text(e or e2)}")


def search(parts):
    res = client.search(C, [[0.1, 0.2]], limit=100, partition_names=parts, output_fields=["book_id"],
                        search_params=SEARCH, anns_field="book_intro", consistency_level="Strong")
    # the hits' primary keys: pymilvus 2.6 keys each hit by the primary field's name when the server names it
    # (primary_field_name, Milvus 2.4+), by "id" otherwise; Hits.ids holds them either way
    return list(res[0].ids)


ids, e = attempt(lambda: search(["novel"]))
all_novel = bool(ids) and all(i < 100 for i in ids)
step("search_novel", e is None and all_novel, f"hits={len(ids or [])} all_from_novel={all_novel} err={err_text(e)}")
res, e = attempt(lambda: client.query(C, filter="book_id >= 0", output_fields=["book_id"], partition_names=["novel"],
                                      consistency_level="Strong"))
step("query_novel", e is None and len(res) == 20, f"rows={len(res or [])} (want 20) err={err_text(e)}")

# Row 6: loading another partition in a separate RPC.
_, e = attempt(lambda: client.load_partitions(C, ["_default"]))
expect_rule("rule6_load_another_partition", profile, e, "please release partitions firstly", "Should release first")
if e is None:
    attempt(lambda: client.release_partitions(C, ["_default"]))
# Row 3: loading the collection while a partition is loaded.
_, e = attempt(lambda: client.load_collection(C))
expect_rule("rule3_load_collection_after_partition", profile, e, "please release partitions firstly")
if e is None:
    attempt(lambda: client.release_collection(C))
    attempt(lambda: client.load_partitions(C, ["novel"]))

# The seed: release the partition.
_, e = attempt(lambda: client.release_partitions(C, ["novel"]))
step("release_partition", e is None, f"err={err_text(e)}")

ids, e = attempt(lambda: search(["novel"]))
step("search_after_release_refused", e is not None and bool(NOT_LOADED.search(err_text(e))), f"err={err_text(e)}")

_, e = attempt(lambda: client.load_collection(C))
step("load_collection", e is None, f"err={err_text(e)}")
# Row 4: loading a partition while the collection is loaded.
_, e = attempt(lambda: client.load_partitions(C, ["novel"]))
expect_rule("rule4_load_partition_after_collection", profile, e, "please release collection firstly")
# Row 10: releasing a partition of a collection-loaded collection.
_, e = attempt(lambda: client.release_partitions(C, ["novel"]))
expect_rule("rule10_release_partition_after_load_collection", profile, e,
            "releasing some partitions after load collection is not supported")

_, e = attempt(lambda: client.release_collection(C))
step("release_collection", e is None, f"err={err_text(e)}")
_, e = attempt(lambda: client.drop_collection(C))
step("drop_collection", e is None, f"err={err_text(e)}")
client.close()
finish()
