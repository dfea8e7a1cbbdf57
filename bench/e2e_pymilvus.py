"""End to end through pymilvus: the same data, index and searches against two servers, interleaved.

    e2e_pymilvus.py <name=host:port> <name=host:port> [rows=100000] [dim=128] [searches=300] [rounds=5]

Both servers get one collection (INT64 key, FLOAT_VECTOR) filled with the same seeded clustered
vectors (a Gaussian mixture: 100 centres N(0, 3^2), points N(centre, 1)), flushed, indexed and
loaded. Then, for each index in turn (FLAT, then HNSW M=16 efConstruction=100 searched at ef=64),
after one uncounted warm-up round per server, rounds alternate between the servers: each round
times `searches` single-query top-10 L2 searches (one client thread, Bounded consistency) and the
script prints every round's p50 and p99 and, at the end, the median of the rounds' p50 per server
and their ratio (first / second). Insert, flush, index build and load times are printed once per
server. Used by bench/run-e2e-bench.sh.
"""
import statistics
import sys
import time

import numpy as np
from pymilvus import Collection, CollectionSchema, DataType, FieldSchema, connections, utility

COLLECTION = "e2e_bench"
SEED = 20261207


def clustered(rows, dim, seed):
    rng = np.random.default_rng(seed)
    centres = rng.normal(0.0, 3.0, size=(100, dim)).astype(np.float32)
    picks = rng.integers(0, 100, size=rows)
    return (centres[picks] + rng.normal(0.0, 1.0, size=(rows, dim))).astype(np.float32)


def fill(alias, rows, dim, base):
    if utility.has_collection(COLLECTION, using=alias):
        utility.drop_collection(COLLECTION, using=alias)
    schema = CollectionSchema([
        FieldSchema("id", DataType.INT64, is_primary=True),
        FieldSchema("vec", DataType.FLOAT_VECTOR, dim=dim),
    ])
    coll = Collection(COLLECTION, schema, using=alias, consistency_level="Bounded")
    t0 = time.perf_counter()
    for start in range(0, rows, 10_000):
        end = min(rows, start + 10_000)
        coll.insert([list(range(start, end)), base[start:end]])
    t1 = time.perf_counter()
    coll.flush()
    t2 = time.perf_counter()
    print(f"RESULT {alias} insert_s={t1 - t0:.2f} flush_s={t2 - t1:.2f}", flush=True)
    return coll


def index(alias, coll, kind):
    coll.release()
    if coll.has_index():
        coll.drop_index()
    params = {"index_type": kind, "metric_type": "L2", "params": {}}
    if kind == "HNSW":
        params["params"] = {"M": 16, "efConstruction": 100}
    t0 = time.perf_counter()
    coll.create_index("vec", params)
    utility.wait_for_index_building_complete(COLLECTION, using=alias)
    t1 = time.perf_counter()
    coll.load()
    t2 = time.perf_counter()
    print(f"RESULT {alias} index={kind} build_s={t1 - t0:.2f} load_s={t2 - t1:.2f}", flush=True)


def round_of_searches(coll, queries, kind):
    params = {"metric_type": "L2", "params": {"ef": 64} if kind == "HNSW" else {}}
    times = []
    for q in queries:
        t0 = time.perf_counter()
        res = coll.search([q], "vec", params, limit=10, consistency_level="Bounded")
        times.append((time.perf_counter() - t0) * 1000.0)
        if len(res[0]) != 10:
            raise SystemExit(f"expected 10 hits, got {len(res[0])}")
    times.sort()
    return times[len(times) // 2], times[int(len(times) * 0.99) - 1]


def main():
    servers = [a.split("=", 1) for a in sys.argv[1:3]]
    rows = int(sys.argv[3]) if len(sys.argv) > 3 else 100_000
    dim = int(sys.argv[4]) if len(sys.argv) > 4 else 128
    searches = int(sys.argv[5]) if len(sys.argv) > 5 else 300
    rounds = int(sys.argv[6]) if len(sys.argv) > 6 else 5
    base = clustered(rows, dim, SEED)
    queries = clustered(searches, dim, SEED + 1)
    colls = {}
    for name, address in servers:
        host, port = address.rsplit(":", 1)
        connections.connect(alias=name, host=host, port=port)
        colls[name] = fill(name, rows, dim, base)
    for kind in ("FLAT", "HNSW"):
        for name, _ in servers:
            index(name, colls[name], kind)
        for name, _ in servers:
            round_of_searches(colls[name], queries, kind)  # warm-up (the JIT, caches), not counted
        p50s = {name: [] for name, _ in servers}
        for r in range(rounds):
            for name, _ in servers:
                p50, p99 = round_of_searches(colls[name], queries, kind)
                p50s[name].append(p50)
                print(f"ROUND {kind} {r} {name} p50_ms={p50:.2f} p99_ms={p99:.2f}", flush=True)
        first, second = (name for name, _ in servers)
        m1, m2 = statistics.median(p50s[first]), statistics.median(p50s[second])
        print(f"RESULT {kind} median_p50_ms {first}={m1:.2f} {second}={m2:.2f} ratio={m1 / m2:.2f}", flush=True)
    for name, _ in servers:
        utility.drop_collection(COLLECTION, using=name)


if __name__ == "__main__":
    main()
