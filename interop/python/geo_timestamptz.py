"""Interop scenario for TIMESTAMPTZ and GEOMETRY fields with pymilvus 3 (MilvusClient), against a
server started with --profile milvus-2.6: rows of ISO text and WKT, answers in UTC and normal-form
WKT, ISO filters, grouping on TIMESTAMPTZ and the refusal of grouping on GEOMETRY.

    python geo_timestamptz.py [HOST:PORT]

Prints `STEP <name> PASS|FAIL <detail>`; exits 1 on any failure.
"""
import pymilvus
from pymilvus import DataType, MilvusClient

from common import args, attempt, err_text, finish, step

host, port, _ = args()
C = "geo_timestamptz"

client, e = attempt(lambda: MilvusClient(uri=f"http://{host}:{port}"))
step("connect", e is None, f"pymilvus {pymilvus.__version__} {host}:{port} err={err_text(e)}")
if e:
    finish()

if client.has_collection(C):
    client.drop_collection(C)
schema = MilvusClient.create_schema(auto_id=False, enable_dynamic_field=False)
schema.add_field("id", DataType.INT64, is_primary=True)
schema.add_field("vec", DataType.FLOAT_VECTOR, dim=2)
schema.add_field("tsz", DataType.TIMESTAMPTZ, nullable=True)
schema.add_field("geo", DataType.GEOMETRY, nullable=True)
index = client.prepare_index_params()
index.add_index("vec", index_type="FLAT", metric_type="L2")
_, e = attempt(lambda: client.create_collection(C, schema=schema, index_params=index))
step("create", e is None, err_text(e))

rows = [
    {"id": 1, "vec": [0, 0], "tsz": "2024-12-31 22:00:00", "geo": "POINT(1 2)"},
    {"id": 2, "vec": [1, 0], "tsz": "2025-01-01T06:00:00+08:00", "geo": "LINESTRING(0 0,1 1)"},
    {"id": 3, "vec": [2, 0], "tsz": "2025-01-03T00:00:00Z", "geo": None},
    {"id": 4, "vec": [3, 0], "tsz": None, "geo": "POINT(3 4)"},
]
res, e = attempt(lambda: client.insert(C, rows))
step("insert", e is None and res["insert_count"] == 4, err_text(e))

got, e = attempt(lambda: client.query(C, filter="id > 0", output_fields=["tsz", "geo"]))
by_id = {r["id"]: r for r in (got or [])}
step(
    "answers in UTC and WKT",
    e is None
    and by_id[1]["tsz"] == "2024-12-31T22:00:00Z"
    and by_id[2]["tsz"] == "2024-12-31T22:00:00Z"
    and by_id[4]["tsz"] is None
    and by_id[1]["geo"] == "POINT (1 2)"
    and by_id[3]["geo"] is None,
    f"err={err_text(e)} rows={got}",
)

got, e = attempt(lambda: client.query(C, filter="tsz == ISO '2025-01-01T06:00:00+08:00'", output_fields=["id"]))
step("ISO filter", e is None and sorted(r["id"] for r in got) == [1, 2], f"err={err_text(e)} rows={got}")

got, e = attempt(lambda: client.query(C, filter="tsz is null or geo is null", output_fields=["id"]))
step("null checks", e is None and sorted(r["id"] for r in got) == [3, 4], f"err={err_text(e)} rows={got}")

hits, e = attempt(lambda: client.search(C, data=[[0, 0]], limit=10, group_by_field="tsz", output_fields=["tsz"]))
ids = [h["id"] for h in hits[0]] if hits else []
step("group by TIMESTAMPTZ", e is None and ids == [1, 3, 4], f"err={err_text(e)} ids={ids}")

_, e = attempt(lambda: client.search(C, data=[[0, 0]], limit=10, group_by_field="geo"))
step(
    "group by GEOMETRY refused",
    e is not None and "unsupported data type GEOMETRY for group by operator" in err_text(e),
    err_text(e),
)

_, e = attempt(lambda: client.insert(C, [{"id": 5, "vec": [0, 0], "tsz": "tomorrow", "geo": None}]))
step("bad timestamp refused", e is not None and "invalid timestamp string" in err_text(e), err_text(e))

client.drop_collection(C)
finish()
