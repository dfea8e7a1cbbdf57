# Smoke test with pymilvus 2.5.x MilvusClient against a running server (milvus-2.3 profile):
#   python pymilvus_client_smoke.py 19530 [auth]
import sys
from pymilvus import MilvusClient, DataType
kw = {}
if len(sys.argv) > 2:
    kw = dict(token="root:Milvus")
c = MilvusClient(uri="http://127.0.0.1:" + sys.argv[1], **kw)
print("version", c.get_server_version())
schema = MilvusClient.create_schema(auto_id=False)
schema.add_field("id", DataType.INT64, is_primary=True)
schema.add_field("tag", DataType.VARCHAR, max_length=32)
schema.add_field("vec", DataType.FLOAT_VECTOR, dim=4)
idx = c.prepare_index_params()
idx.add_index(field_name="vec", index_type="FLAT", metric_type="L2")
c.create_collection("mc", schema=schema, index_params=idx)
print("collections", c.list_collections())
print("describe", c.describe_collection("mc")["fields"][2])
c.insert("mc", [{"id": i, "tag": "t%d" % (i % 3), "vec": [float(i), 0, 0, 0]} for i in range(20)])
c.create_partition("mc", "extra")
c.insert("mc", [{"id": 100, "tag": "x", "vec": [100.0, 0, 0, 0]}], partition_name="extra")
print("load state", c.get_load_state("mc"))
res = c.search("mc", data=[[2.1, 0, 0, 0]], limit=3, output_fields=["tag"], filter='tag == "t2"')
print("search", [(h["id"], round(h["distance"], 3), h["entity"]["tag"]) for h in res[0]])
print("query", c.query("mc", filter="id in [1, 100]", output_fields=["id", "tag"]))
print("get", c.get("mc", ids=[5]))
print("delete", c.delete("mc", ids=[1]))
print("count", c.query("mc", filter="", output_fields=["count(*)"]) if False else "skip")
print("stats", c.get_collection_stats("mc"))
c.release_collection("mc")
print("load state after release", c.get_load_state("mc"))
c.drop_collection("mc")
print("OK")
