"""Interop scenario: pymilvus 3's MilvusClient quick setup, as a new user runs it first.

    python scenario_quick_setup.py [HOST:PORT] [profile]

`create_collection(name, dimension=8)` (an INT64 `id` primary key, a FLOAT_VECTOR `vector`, the
dynamic field on, indexed and loaded by the client), rows with extra keys (a string, a number and a
JSON object: they land in the dynamic field), `count(*)`, an upsert of an existing and a new primary
key, searches filtered on dynamic keys (bare, a JSON path, `json_contains`), a filter template
(`filter_params`), a delete by a dynamic-key filter. Every read is Strong, so the same program runs
unchanged against real Milvus. Prints `STEP <name> PASS|FAIL <detail>`; exits 1 on any failure.
"""
import random

from pymilvus import MilvusClient

from common import args, attempt, err_text, finish, step

host, port, profile = args()
C = "quick_setup"
DIM = 8
N = 40
STRONG = "Strong"

client, e = attempt(lambda: MilvusClient(uri=f"http://{host}:{port}"))
step("connect", e is None, f"{host}:{port} err={err_text(e)}")
if e:
    finish()
if client.has_collection(C):
    client.drop_collection(C)
_, e = attempt(lambda: client.create_collection(C, dimension=DIM))
step("create_collection", e is None, f"err={err_text(e)}")
desc, e = attempt(lambda: client.describe_collection(C))
ok = e is None and desc.get("enable_dynamic_field") is True and {f["name"] for f in desc["fields"]} == {"id", "vector"}
step("describe_quick_schema", ok, f"desc={desc} err={err_text(e)}")

rnd = random.Random(12)
colors = ["red", "green", "blue", "yellow"]


def row(i, color=None):
    return {
        "id": i,
        "vector": [rnd.uniform(-1, 1) for _ in range(DIM)],
        "color": color or colors[i % 4],
        "likes": i * 10,
        "info": {"level": i % 5, "tags": ["t%d" % (i % 3)]},
    }


rows = [row(i) for i in range(N)]
r, e = attempt(lambda: client.insert(C, rows))
step("insert_extra_keys", e is None and r["insert_count"] == N, f"result={r} err={err_text(e)}")


def count(flt=""):
    res, err = attempt(lambda: client.query(C, filter=flt, output_fields=["count(*)"], consistency_level=STRONG))
    return (None if err else res[0]["count(*)"]), err


n, e = count()
step("count_star", e is None and n == N, f"count={n} err={err_text(e)}")
n, e = count('color == "red"')
step("count_star_dynamic_filter", e is None and n == N // 4, f"count={n} err={err_text(e)}")

got, e = attempt(lambda: client.get(C, ids=[5], output_fields=["color", "likes", "info"]))
ok = e is None and len(got) == 1 and got[0]["color"] == "green" and got[0]["likes"] == 50 and got[0]["info"]["level"] == 0
step("get_dynamic_keys", ok, f"rows={got} err={err_text(e)}")

up = [row(5, color="purple"), row(N, color="purple")]
r, e = attempt(lambda: client.upsert(C, up))
step("upsert", e is None and r["upsert_count"] == 2, f"result={r} err={err_text(e)}")
n, e = count()
step("count_after_upsert", e is None and n == N + 1, f"count={n} err={err_text(e)}")
got, e = attempt(lambda: client.query(C, filter='color == "purple"', output_fields=["id", "color"],
                                      consistency_level=STRONG))
ids = None if e else sorted(g["id"] for g in got)
step("query_upserted", ids == [5, N], f"ids={ids} err={err_text(e)}")

q = rows[10]["vector"]
for name, flt, want in [
    ("search_dynamic_key", 'color == "red"', lambda h: h["entity"]["color"] == "red"),
    ("search_json_path", 'info["level"] >= 3', lambda h: h["entity"]["info"]["level"] >= 3),
    ("search_json_contains", 'json_contains(info["tags"], "t1")', lambda h: "t1" in h["entity"]["info"]["tags"]),
]:
    res, e = attempt(lambda: client.search(C, [q], filter=flt, limit=5, output_fields=["color", "info"],
                                           consistency_level=STRONG))
    hits = [] if e else res[0]
    ok = e is None and len(hits) == 5 and all(want(h) for h in hits)
    step(name, ok, f"hits={[(h['id'], h['entity']) for h in hits]} err={err_text(e)}")

res, e = attempt(lambda: client.search(C, [q], filter="likes > {low} and color in {cs}", limit=50,
                                       filter_params={"low": 200, "cs": ["red", "blue"]},
                                       output_fields=["likes", "color"], consistency_level=STRONG))
hits = [] if e else res[0]
ok = e is None and hits and all(h["entity"]["likes"] > 200 and h["entity"]["color"] in ("red", "blue") for h in hits)
ok = ok and len(hits) == sum(1 for r_ in rows if r_["likes"] > 200 and r_["color"] in ("red", "blue") and r_["id"] != 5)
step("search_filter_template", ok, f"n={len(hits)} err={err_text(e)}")

r, e = attempt(lambda: client.delete(C, filter='color == "purple"'))
n, e2 = count()
step("delete_by_dynamic_key", e is None and e2 is None and n == N - 1, f"result={r} count={n} err={err_text(e or e2)}")
_, e = attempt(lambda: client.drop_collection(C))
step("drop", e is None, f"err={err_text(e)}")
finish()
