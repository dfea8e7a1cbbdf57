"""faiss / hnswlib side of bench/run-index-bench.sh: the same vectors IndexBench wrote.

usage: index_bench.py flat <rows> <dim> <dir>
       index_bench.py hnsw <rows> <dim> <dir> <M> <efConstruction> <ef,ef,...>
       index_bench.py ivf <rows> <dim> <dir> <IVF_FLAT|IVF_SQ8|IVF_PQ> <nlist> <m> <nprobe,...>
"""
import os
import sys
import time

import numpy as np


def load(path, dim):
    return np.fromfile(path, dtype="<f4").reshape(-1, dim)


def flat(rows, dim, d):
    import faiss

    xb = load(os.path.join(d, "flat-base.f32"), dim)
    xq = load(os.path.join(d, "flat-queries.f32"), dim)
    index = faiss.IndexFlatL2(dim)
    index.add(xb)
    for threads in (1, 2):
        faiss.omp_set_num_threads(threads)
        for nq in (1, 10):
            reps = 30 if nq == 1 else 10
            t = []
            for rep in range(-3, reps):
                start = ((rep + 3) * nq) % 90
                q = np.ascontiguousarray(xq[start:start + nq])
                t0 = time.perf_counter()
                index.search(q, 10)
                if rep >= 0:
                    t.append(time.perf_counter() - t0)
            med = sorted(t)[len(t) // 2] * 1e3
            p90 = sorted(t)[int(len(t) * 0.9)] * 1e3
            gb = rows * dim * 4 / 1e9
            print(f"RESULT faiss-flat threads={threads} nq={nq} median_ms={med:.2f} p90_ms={p90:.2f} GBps={gb / (med / 1e3):.1f}")


def recall(found, truth, k):
    hit = 0
    for f, t in zip(found, truth):
        hit += len(set(f[:k]) & set(t[:k]))
    return hit / (len(truth) * k)


def clustered_set(dim, d):
    """The base and queries IndexBench wrote, the exact top 10 of each query; one thread after."""
    import faiss

    xb = load(os.path.join(d, "hnsw-base.f32"), dim)
    xq = load(os.path.join(d, "hnsw-queries.f32"), dim)
    flat_index = faiss.IndexFlatL2(dim)
    flat_index.add(xb)
    _, truth = flat_index.search(xq, 10)
    faiss.omp_set_num_threads(1)
    return xb, xq, truth


def hnsw(rows, dim, d, m, efc, efs):
    import faiss

    xb, xq, truth = clustered_set(dim, d)

    try:
        import hnswlib

        threads_list = [int(t) for t in os.environ.get("BENCH_BUILD_THREADS", "1,2").split(",") if t]
        cached = os.path.join(d, f"hnswlib-{rows}x{dim}-M{m}-efc{efc}.bin")
        if os.environ.get("BENCH_INDEX_CACHE") == "1" and os.path.exists(cached):
            h = hnswlib.Index(space="l2", dim=dim)
            h.load_index(cached, max_elements=rows)
            print(f"RESULT hnswlib-build cached={os.path.basename(cached)}")
            threads_list = []
        for threads in threads_list:
            t0 = time.perf_counter()
            c0 = time.process_time()
            h = hnswlib.Index(space="l2", dim=dim)
            h.init_index(max_elements=rows, M=m, ef_construction=efc, random_seed=100)
            h.set_num_threads(threads)
            h.add_items(xb)
            print(f"RESULT hnswlib-build rows={rows} M={m} efConstruction={efc} threads={threads} seconds={time.perf_counter() - t0:.1f} cpu_seconds={time.process_time() - c0:.1f}")
        if os.environ.get("BENCH_INDEX_CACHE") == "1" and not os.path.exists(cached):
            h.save_index(cached)
        h.set_num_threads(1)
        for ef in efs:
            h.set_ef(ef)
            for q in xq[:200]:
                h.knn_query(q, k=10)
            t0 = time.perf_counter()
            c0 = time.process_time()
            found = [h.knn_query(q, k=10)[0][0] for q in xq]
            secs = time.perf_counter() - t0
            cpu = time.process_time() - c0
            print(f"RESULT hnswlib-search ef={ef} recall@10={recall(found, truth, 10):.4f} qps_1thread={len(xq) / secs:.0f} qps_cpu={len(xq) / cpu:.0f}")
    except ImportError:
        print("hnswlib not installed: skipped")

    if os.environ.get("BENCH_FAISS_HNSW") == "0":
        return
    cached = os.path.join(d, f"faiss-hnsw-{rows}x{dim}-M{m}-efc{efc}.index")
    if os.environ.get("BENCH_INDEX_CACHE") == "1" and os.path.exists(cached):
        f = faiss.read_index(cached)
        print(f"RESULT faiss-hnsw-build cached={os.path.basename(cached)}")
    else:
        t0 = time.perf_counter()
        f = faiss.IndexHNSWFlat(dim, m)
        f.hnsw.efConstruction = efc
        f.add(xb)
        print(f"RESULT faiss-hnsw-build rows={rows} M={m} efConstruction={efc} seconds={time.perf_counter() - t0:.1f}")
        if os.environ.get("BENCH_INDEX_CACHE") == "1":
            faiss.write_index(f, cached)
    for ef in efs:
        f.hnsw.efSearch = ef
        for q in xq[:200]:
            f.search(q.reshape(1, -1), 10)
        t0 = time.perf_counter()
        c0 = time.process_time()
        found = [f.search(q.reshape(1, -1), 10)[1][0] for q in xq]
        secs = time.perf_counter() - t0
        cpu = time.process_time() - c0
        print(f"RESULT faiss-hnsw-search ef={ef} recall@10={recall(found, truth, 10):.4f} qps_1thread={len(xq) / secs:.0f} qps_cpu={len(xq) / cpu:.0f}")


def ivf(rows, dim, d, kind, nlist, m, nprobes):
    """faiss's IVF on the vectors IndexBench ivf wrote: the same nlist, m, nbits 8, one thread."""
    import faiss

    xb, xq, truth = clustered_set(dim, d)
    quantizer = faiss.IndexFlatL2(dim)
    if kind == "IVF_FLAT":
        index = faiss.IndexIVFFlat(quantizer, dim, nlist)
    elif kind == "IVF_SQ8":
        index = faiss.IndexIVFScalarQuantizer(quantizer, dim, nlist, faiss.ScalarQuantizer.QT_8bit)
    else:
        index = faiss.IndexIVFPQ(quantizer, dim, nlist, m, 8)
    t0 = time.perf_counter()
    index.train(xb)
    index.add(xb)
    label = "faiss-" + kind.lower()
    print(f"RESULT {label}-build rows={rows} nlist={nlist} seconds={time.perf_counter() - t0:.1f}")
    for nprobe in nprobes:
        index.nprobe = nprobe
        for i in range(200):
            index.search(xq[i:i + 1], 10)
        t0 = time.perf_counter()
        c0 = time.process_time()
        found = [index.search(xq[i:i + 1], 10)[1][0] for i in range(len(xq))]
        secs = time.perf_counter() - t0
        cpu = time.process_time() - c0
        print(f"RESULT {label}-search nprobe={nprobe} recall@10={recall(found, truth, 10):.4f} qps_1thread={len(xq) / secs:.0f} qps_cpu={len(xq) / cpu:.0f}")


if __name__ == "__main__":
    mode, rows, dim, d = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
    if mode == "flat":
        flat(rows, dim, d)
    elif mode == "ivf":
        ivf(rows, dim, d, sys.argv[5], int(sys.argv[6]), int(sys.argv[7]), [int(x) for x in sys.argv[8].split(",")])
    else:
        hnsw(rows, dim, d, int(sys.argv[5]), int(sys.argv[6]), [int(x) for x in sys.argv[7].split(",")])
