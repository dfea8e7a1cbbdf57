"""Interop scenario for pymilvus's ORM API (Collection / Partition).

    python scenario_orm.py [HOST:PORT] [milvus-2.1|milvus-2.3]

Works with pymilvus 2.1.0 (the seed's era) and 2.6.x. Creates collection
`book` with partition `novel`, loads, searches, queries, releases `novel` with
Partition(collection, "novel").release(), checks that a search of `novel` is
then refused, and checks SEMANTICS.md rows 3, 4, 6, 10 for the profile.
Prints `STEP <name> PASS|FAIL <detail>`; exits 1 on any failure.
"""
import pymilvus
from pymilvus import (Collection, CollectionSchema, DataType, FieldSchema, Partition, connections,
                      utility)

from common import NOT_LOADED, args, attempt, err_text, expect_rule, finish, step

host, port, profile = args()
SEARCH = {"metric_type": "L2", "params": {"nprobe": 1}}

_, e = attempt(lambda: connections.connect("default", host=host, port=port))
step("connect", e is None, f"pymilvus {pymilvus.__version__} {host}:{port} err={err_text(e)}")
if e:
    finish()

if utility.has_collection("book"):
    utility.drop_collection("book")
schema = CollectionSchema([
    FieldSchema("book_id", DataType.INT64, is_primary=True),
    FieldSchema("word_count", DataType.INT64),
    FieldSchema("book_intro", DataType.FLOAT_VECTOR, dim=2),
])
collection, e = attempt(lambda: Collection("book", schema, shards_num=2))
step("create_collection", e is None, f"err={err_text(e)}")
if e:
    finish()
novel, e = attempt(lambda: collection.create_partition("novel"))
step("create_partition", e is None, f"err={err_text(e)}")
partition = Partition(collection, "novel")


def rows(start, n):
    ids = list(range(start, start + n))
    return [ids, [1000 + i for i in ids], [[i / 100, i / 50] for i in ids]]


_, e1 = attempt(lambda: collection.insert(rows(0, 20), partition_name="novel"))
_, e2 = attempt(lambda: collection.insert(rows(100, 10)))
step("insert", e1 is None and e2 is None, f"err={err_text(e1 or e2)}")
_, e = attempt(lambda: collection.num_entities)  # num_entities flushes in 2.1
if e is None and hasattr(collection, "flush"):
    _, e = attempt(collection.flush)
step("flush", e is None, f"err={err_text(e)}")
_, e = attempt(lambda: collection.create_index("book_intro", {
    "index_type": "IVF_FLAT", "metric_type": "L2", "params": {"nlist": 1}}))
step("create_index", e is None, f"err={err_text(e)}")

_, e = attempt(partition.load)
step("load_partition", e is None, f"err={err_text(e)}")

progress, e = attempt(lambda: utility.loading_progress("book", ["novel"]))
names = [p.name for p in collection.partitions]
step("show_partitions", e is None and "novel" in names and "100" in str(progress),
     f"partitions={names} loading_progress={progress} err={err_text(e)}")


def search(parts):
    res = collection.search([[0.1, 0.2]], "book_intro", SEARCH, limit=100, partition_names=parts,
                            output_fields=["book_id"], consistency_level="Strong")
    return list(res[0].ids)


ids, e = attempt(lambda: search(["novel"]))
all_novel = bool(ids) and all(i < 100 for i in ids)
step("search_novel", e is None and all_novel, f"hits={len(ids or [])} all_from_novel={all_novel} err={err_text(e)}")
res, e = attempt(lambda: collection.query("book_id >= 0", output_fields=["book_id"], partition_names=["novel"],
                                          consistency_level="Strong"))
step("query_novel", e is None and len(res) == 20, f"rows={len(res or [])} (want 20) err={err_text(e)}")

# Row 6: loading another partition in a separate RPC.
default = Partition(collection, "_default")
_, e = attempt(default.load)
expect_rule("rule6_load_another_partition", profile, e, "please release partitions firstly", "Should release first")
if e is None:
    attempt(default.release)
# Row 3: loading the collection while a partition is loaded.
_, e = attempt(collection.load)
expect_rule("rule3_load_collection_after_partition", profile, e, "please release partitions firstly")
if e is None:
    attempt(collection.release)
    attempt(partition.load)

# The seed: release the partition.
_, e = attempt(partition.release)
step("release_partition", e is None, f"err={err_text(e)}")

ids, e = attempt(lambda: search(["novel"]))
step("search_after_release_refused", e is not None and bool(NOT_LOADED.search(err_text(e))), f"err={err_text(e)}")

_, e = attempt(collection.load)
step("load_collection", e is None, f"err={err_text(e)}")
# Row 4: loading a partition while the collection is loaded.
_, e = attempt(partition.load)
expect_rule("rule4_load_partition_after_collection", profile, e, "please release collection firstly")
# Row 10: releasing a partition of a collection-loaded collection.
_, e = attempt(partition.release)
expect_rule("rule10_release_partition_after_load_collection", profile, e,
            "releasing some partitions after load collection is not supported")

_, e = attempt(collection.release)
step("release_collection", e is None, f"err={err_text(e)}")
_, e = attempt(collection.drop)
step("drop_collection", e is None, f"err={err_text(e)}")
finish()
