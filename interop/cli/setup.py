"""Data set-up and search probe for the milvus_cli scenario (milvus_cli 1.2.1
creates collections and searches only through interactive prompts).

    python setup.py HOST:PORT create   # book + novel, 20+10 rows, flush, index
    python setup.py HOST:PORT search   # search novel; prints OK or ERR <message>
"""
import sys

from pymilvus import DataType, MilvusClient

host_port, action = sys.argv[1], sys.argv[2]
client = MilvusClient(uri=f"http://{host_port}")
if action == "create":
    if client.has_collection("book"):
        client.drop_collection("book")
    schema = MilvusClient.create_schema(auto_id=False)
    schema.add_field("book_id", DataType.INT64, is_primary=True)
    schema.add_field("word_count", DataType.INT64)
    schema.add_field("book_intro", DataType.FLOAT_VECTOR, dim=2)
    client.create_collection("book", schema=schema, shards_num=2)
    client.create_partition("book", "novel")
    rows = lambda a, n: [{"book_id": i, "word_count": 1000 + i, "book_intro": [i / 100, i / 50]}
                         for i in range(a, a + n)]
    client.insert("book", rows(0, 20), partition_name="novel")
    client.insert("book", rows(100, 10))
    client.flush("book")
    ip = MilvusClient.prepare_index_params()
    ip.add_index("book_intro", index_type="IVF_FLAT", metric_type="L2", params={"nlist": 1})
    client.create_index("book", ip)
    print("OK")
elif action == "search":
    try:
        res = client.search("book", [[0.1, 0.2]], limit=100, partition_names=["novel"], anns_field="book_intro",
                            search_params={"metric_type": "L2", "params": {"nprobe": 1}},
                            consistency_level="Strong")
        print(f"OK hits={len(res[0])}")
    except Exception as e:
        print(f"ERR {getattr(e, 'message', e)}")
