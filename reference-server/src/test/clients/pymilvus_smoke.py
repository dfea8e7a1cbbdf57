# Smoke test with the official Python client (pymilvus 2.4.x) against a running server:
#   java -jar reference-server/target/reference-server.jar --grpc-port 19530 &
#   python pymilvus_smoke.py 19530          # or: python pymilvus_smoke.py 19530 auth  (with --auth)
# Not run by Maven; the Java tests drive the same RPCs through the generated stubs.
import sys, random
from pymilvus import connections, utility, FieldSchema, CollectionSchema, DataType, Collection, Partition
port = sys.argv[1]
kw = {}
if len(sys.argv) > 2:
    kw = dict(user="root", password="Milvus")
connections.connect("default", host="127.0.0.1", port=port, **kw)
print("version", utility.get_server_version())
name = "smoke"
if utility.has_collection(name):
    utility.drop_collection(name)
fields = [FieldSchema("id", DataType.INT64, is_primary=True), FieldSchema("age", DataType.INT32),
          FieldSchema("title", DataType.VARCHAR, max_length=64), FieldSchema("vec", DataType.FLOAT_VECTOR, dim=8)]
c = Collection(name, CollectionSchema(fields, "smoke test"))
p = c.create_partition("novel")
rows = 100
data = [list(range(rows)), [i % 50 for i in range(rows)], ["t%d" % i for i in range(rows)],
        [[float(i)] + [0.0] * 7 for i in range(rows)]]
r = c.insert(data, partition_name="novel")
print("inserted", r.insert_count)
c.flush()
print("num_entities", c.num_entities)
c.create_index("vec", {"index_type": "FLAT", "metric_type": "L2", "params": {}})
print("index", c.index().params)
p.load()
utility.wait_for_loading_complete(name, partition_names=["novel"])
print("progress", utility.loading_progress(name, partition_names=["novel"]))
res = c.search([[3.0] + [0.0] * 7], "vec", {"metric_type": "L2", "params": {}}, limit=3, output_fields=["age", "title"],
               partition_names=["novel"])
print("search", [(h.id, h.distance, h.entity.get("title")) for h in res[0]])
q = c.query("age < 3", output_fields=["id", "title"], partition_names=["novel"])
print("query", sorted(x["id"] for x in q))
try:
    c.load()
except Exception as e:
    print("load collection while partition loaded ->", e)
p.release()
print("state", utility.load_state(name))
c.delete("id in [1, 2]")
utility.drop_collection(name)
print("OK")
