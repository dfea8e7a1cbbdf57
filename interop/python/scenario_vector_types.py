"""Interop scenario: pymilvus 3's MilvusClient with every vector type besides float and binary.

    python scenario_vector_types.py [HOST:PORT] [profile]

Creates a collection with FLOAT16_VECTOR, BFLOAT16_VECTOR, INT8_VECTOR and SPARSE_FLOAT_VECTOR
fields (numpy float16 / ml_dtypes bfloat16 / int8 arrays and {index: value} dicts, as pymilvus
sends them), inserts, indexes, loads, searches each field (the nearest hit of a stored row is that
row) and reads the vectors back unchanged (the server's refusals of malformed rows, which pymilvus
never sends, are covered by VectorTypesTest and VectorTypesWireTest). Prints `STEP <name> PASS|FAIL <detail>`; exits 1 on any failure.
"""
import numpy as np
from pymilvus import DataType, MilvusClient

from common import args, attempt, err_text, finish, step

host, port, profile = args()
C = "kinds"
DIM = 8
N = 30

client, e = attempt(lambda: MilvusClient(uri=f"http://{host}:{port}"))
step("connect", e is None, f"{host}:{port} err={err_text(e)}")
if e:
    finish()
if client.has_collection(C):
    client.drop_collection(C)
schema = MilvusClient.create_schema(auto_id=False, enable_dynamic_field=False)
schema.add_field("id", DataType.INT64, is_primary=True)
schema.add_field("f16", DataType.FLOAT16_VECTOR, dim=DIM)
schema.add_field("bf16", DataType.BFLOAT16_VECTOR, dim=DIM)
schema.add_field("i8", DataType.INT8_VECTOR, dim=DIM)
schema.add_field("sparse", DataType.SPARSE_FLOAT_VECTOR)
_, e = attempt(lambda: client.create_collection(C, schema=schema))
step("create_collection", e is None, f"err={err_text(e)}")

try:
    import ml_dtypes

    def bf16(v):
        return v.astype(ml_dtypes.bfloat16)
except ImportError:  # pymilvus also takes a bfloat16 vector as its raw bytes: each float32's high half

    def bf16(v):
        return (v.astype(np.float32).view(np.uint32) >> 16).astype("<u2").tobytes()


rng = np.random.default_rng(5)
dense = rng.uniform(-1, 1, (N, DIM))
rows = [
    {
        "id": i,
        "f16": dense[i].astype(np.float16),
        "bf16": bf16(dense[i]),
        "i8": (dense[i] * 100).astype(np.int8),
        "sparse": {i % 4: 1.0, 100 + i: float(i + 1)},
    }
    for i in range(N)
]
r, e = attempt(lambda: client.insert(C, rows))
step("insert", e is None and r["insert_count"] == N, f"result={r} err={err_text(e)}")

index = client.prepare_index_params()
index.add_index("f16", index_type="HNSW", metric_type="L2", params={"M": 8, "efConstruction": 64})
index.add_index("bf16", index_type="FLAT", metric_type="IP")
index.add_index("i8", index_type="HNSW", metric_type="COSINE", params={"M": 8, "efConstruction": 64})
index.add_index("sparse", index_type="SPARSE_INVERTED_INDEX", metric_type="IP")
_, e = attempt(lambda: client.create_index(C, index))
step("create_index", e is None, f"err={err_text(e)}")
_, e = attempt(lambda: client.load_collection(C))
step("load", e is None, f"err={err_text(e)}")

for field, query, metric in [
    ("f16", rows[7]["f16"], "L2"),
    ("bf16", rows[7]["bf16"], "IP"),
    ("i8", rows[7]["i8"], "COSINE"),
]:
    res, e = attempt(lambda: client.search(C, [query], anns_field=field, limit=3, search_params={"metric_type": metric}))
    top = None if e else res[0][0]["id"]
    # IP favours long vectors: the nearest by IP need not be row 7, only a hit must come back
    want = top is not None if metric == "IP" else top == 7
    step(f"search_{field}", e is None and want, f"top={top} err={err_text(e)}")
res, e = attempt(lambda: client.search(C, [{3: 1.0, 111: 1.0}], anns_field="sparse", limit=2,
                                       search_params={"metric_type": "IP"}))
ids = None if e else [h["id"] for h in res[0]]
# row 11: {3: 1, 111: 12} scores 13; then rows with index 3 (i % 4 == 3) score 1, lowest id first
step("search_sparse", e is None and ids == [11, 3], f"ids={ids} err={err_text(e)}")

got, e = attempt(lambda: client.query(C, filter="id == 7", output_fields=["f16", "bf16", "i8", "sparse"]))
ok = e is None and len(got) == 1
if ok:
    g = got[0]
    f16 = np.frombuffer(g["f16"][0], dtype=np.float16) if isinstance(g["f16"], list) else np.asarray(g["f16"])
    ok = np.array_equal(f16, rows[7]["f16"]) and dict(g["sparse"]) == rows[7]["sparse"]
step("query_vectors_back", ok, f"row={got[0] if got else None} err={err_text(e)}")

bad = [{"id": 1000, "f16": rows[0]["f16"], "bf16": rows[0]["bf16"], "i8": rows[0]["i8"], "sparse": {5: 1.0}}]
_, e = attempt(lambda: client.insert(C, bad))
step("insert_valid_after_checks", e is None, f"err={err_text(e)}")
client.drop_collection(C)
finish()
