"""Interop scenario for today's search with pymilvus 3 (MilvusClient): range search, a grouped
range search, hybrid search (RRF and WeightedRanker), and full iterations with search_iterator and
query_iterator while rows are being inserted.

    python today_search.py [HOST:PORT] [PROFILE]

Prints `STEP <name> PASS|FAIL <detail>`; exits 1 on any failure.
"""
import math
import random

import pymilvus
from pymilvus import AnnSearchRequest, DataType, MilvusClient, RRFRanker, WeightedRanker

from common import args, attempt, err_text, finish, step

host, port, profile = args()
C = "today_search"
DIM = 8
N = 3000
rnd = random.Random(11)

client, e = attempt(lambda: MilvusClient(uri=f"http://{host}:{port}"))
step("connect", e is None, f"pymilvus {pymilvus.__version__} {host}:{port} err={err_text(e)}")
if e:
    finish()

if client.has_collection(C):
    client.drop_collection(C)
schema = MilvusClient.create_schema(auto_id=False, enable_dynamic_field=False)
schema.add_field("id", DataType.INT64, is_primary=True)
schema.add_field("color", DataType.VARCHAR, max_length=16)
schema.add_field("vec", DataType.FLOAT_VECTOR, dim=DIM)
schema.add_field("img", DataType.FLOAT_VECTOR, dim=DIM)
index = client.prepare_index_params()
index.add_index("vec", index_type="HNSW", metric_type="L2", params={"M": 8, "efConstruction": 64})
index.add_index("img", index_type="FLAT", metric_type="IP")
client.create_collection(C, schema=schema, index_params=index)


def rows(first, n):
    return [
        {
            "id": i,
            "color": ["red", "green", "blue", "white"][i % 4],
            "vec": [rnd.randint(0, 4) / 4 for _ in range(DIM)],
            "img": [rnd.uniform(-1, 1) for _ in range(DIM)],
        }
        for i in range(first, first + n)
    ]


data = rows(0, N)
client.insert(C, data)
client.flush(C)
client.load_collection(C)
q = [0.5] * DIM

# 1. range search, L2: 1.0 <= d < 2.0
res = client.search(C, [q], anns_field="vec", limit=16384,
                    search_params={"metric_type": "L2", "params": {"radius": 2.0, "range_filter": 1.0}})
dists = [h["distance"] for h in res[0]]
expected = sum(1 for r in data if 1.0 <= sum((a - b) ** 2 for a, b in zip(r["vec"], q)) < 2.0)
step("range-search-l2", len(dists) == expected and all(1.0 <= d < 2.0 for d in dists),
     f"{len(dists)} hits, expected {expected}")
_, e = attempt(lambda: client.search(C, [q], anns_field="vec", limit=10,
                                     search_params={"metric_type": "L2", "params": {"radius": 1.0, "range_filter": 2.0}}))
step("range-search-refused", e is not None and "range_filter must be less than radius" in str(e), err_text(e))

# 2. a grouping search: 3 colors, 2 hits each, nearest first; combined with a range search it is
#    refused, as Milvus refuses it (its own test_range_search_not_support_group_by)
res = client.search(C, [q], anns_field="vec", limit=3, group_by_field="color", group_size=2,
                    output_fields=["color"], search_params={"metric_type": "L2"})
colors = [h["entity"]["color"] for h in res[0]]
ok = len(res[0]) == 6 and len(set(colors)) == 3 and all(colors.count(c) == 2 for c in set(colors))
step("grouping-search", ok, f"{len(res[0])} hits colors={colors}")
_, e = attempt(lambda: client.search(C, [q], anns_field="vec", limit=3, group_by_field="color", group_size=2,
                                     search_params={"metric_type": "L2", "params": {"radius": 2.0, "range_filter": 1.0}}))
step("grouped-range-search-refused",
     e is not None and "Not allowed to do range-search when doing search-group-by" in str(e), err_text(e))
_, e = attempt(lambda: client.search(C, [q], anns_field="vec", limit=3, group_by_field="color", group_size=0,
                                     search_params={"metric_type": "L2"}))
step("group-size-0-refused", e is not None and "group size" in str(e), err_text(e))

# 3. hybrid search: RRF and weighted, each checked against the two plain searches
reqs = [
    AnnSearchRequest([q], "vec", {"metric_type": "L2", "params": {"ef": 64}}, limit=20),
    AnnSearchRequest([[0.1] * DIM], "img", {"metric_type": "IP"}, limit=20, expr="id >= 100"),
]
a = client.search(C, [q], anns_field="vec", limit=20, search_params={"metric_type": "L2", "params": {"ef": 64}})[0]
b = client.search(C, [[0.1] * DIM], anns_field="img", limit=20, filter="id >= 100", search_params={"metric_type": "IP"})[0]
rrf = {}
for hits in (a, b):
    for rank, h in enumerate(hits):
        rrf[h["id"]] = rrf.get(h["id"], 0) + 1 / (60 + rank + 1)
res = client.hybrid_search(C, reqs, RRFRanker(), limit=5, output_fields=["color"])
want = sorted(rrf.values(), reverse=True)[:5]
got = [h["distance"] for h in res[0]]
step("hybrid-rrf", len(got) == 5 and all(abs(x - y) < 1e-6 for x, y in zip(got, want))
     and all("color" in h["entity"] for h in res[0]), f"got={got} want={want}")
w = {}
for hits, weight, norm in ((a, 0.2, lambda d: 1 - 2 * math.atan(d) / math.pi),
                           (b, 0.8, lambda s: 0.5 + math.atan(s) / math.pi)):
    for h in hits:
        w[h["id"]] = w.get(h["id"], 0) + weight * norm(h["distance"])
res = client.hybrid_search(C, reqs, WeightedRanker(0.2, 0.8), limit=5)
want = sorted(w.values(), reverse=True)[:5]
got = [h["distance"] for h in res[0]]
step("hybrid-weighted", len(got) == 5 and all(abs(x - y) < 1e-5 for x, y in zip(got, want)), f"got={got} want={want}")
_, e = attempt(lambda: client.hybrid_search(C, reqs, WeightedRanker(*([0.1] * 1000)), limit=5))
step("hybrid-1000-weights-refused", e is not None and "mismatch" in str(e), err_text(e))

# 4. full iterations while inserts continue: every row present before the iterator started, once
it = client.search_iterator(C, data=[q], anns_field="vec", batch_size=500,
                            search_params={"metric_type": "L2"})
seen, last, monotone, extra = [], -1.0, True, 0
while True:
    page = it.next()
    if len(page) == 0:
        it.close()
        break
    for h in page:
        monotone = monotone and h["distance"] >= last
        last = h["distance"]
        seen.append(h["id"])
    client.insert(C, rows(N + 1000 * extra, 10))
    extra += 1
step("search-iterator", len(seen) == len(set(seen)) and set(range(N)) <= set(seen) and monotone,
     f"{len(seen)} hits, {len(set(seen))} distinct, monotone={monotone}")
it = client.query_iterator(C, batch_size=700, filter="id >= 0", output_fields=["color"])
seen = []
while True:
    page = it.next()
    if len(page) == 0:
        it.close()
        break
    seen.extend(r["id"] for r in page)
    client.insert(C, rows(N + 1000 * extra, 10))
    extra += 1
step("query-iterator", len(seen) == len(set(seen)) and set(range(N)) <= set(seen) and seen == sorted(seen),
     f"{len(seen)} rows, {len(set(seen))} distinct, sorted={seen == sorted(seen)}")

client.drop_collection(C)
finish()
