"""Extra lifecycle observations that lifecycle_probe.py does not run by default.

    python probe_extra.py HOST:PORT OUT.md LABEL [--row18]

- row 6 with replica_number=0 (what the Go SDK v2.1.2 sends): which check wins;
- row 2/6 ordering: LoadPartitions of another partition with replica_number=2;
- row 18 (with --row18): CreatePartition until the server refuses (slow).
"""
import sys
import time

from lifecycle_probe import Probe, milvus_pb2

addr, out, label = sys.argv[1], sys.argv[2], sys.argv[3]
p = Probe(addr)
c = "lcx6"
p.create(c)
p.must("load", p.load_parts(c, ["novel"], 0)); p.wait_parts(c, ["novel"])
p.record(6, "LoadPartitions([poem], replica_number=0) after [novel] loaded with 0", p.load_parts(c, ["poem"], 0))
p.record(6, "LoadPartitions([poem], replica_number=1) after [novel] loaded with 0", p.load_parts(c, ["poem"], 1))
p.record(6, "LoadPartitions([poem], replica_number=2) after [novel] loaded with 0", p.load_parts(c, ["poem"], 2))
p.record(5, "LoadPartitions([novel], replica_number=0) again", p.load_parts(c, ["novel"], 0))
p.record(2, "LoadCollection(replica_number=0) while novel loaded", p.load_coll(c, 0))
p.stub.DropCollection(milvus_pb2.DropCollectionRequest(collection_name=c))
if "--row18" in sys.argv:
    c = "lc18"
    p.create(c, partitions=(), rows_each=0)
    t0 = time.time()
    last, i = None, 0
    for i in range(1, 5000):
        last = p.stub.CreatePartition(milvus_pb2.CreatePartitionRequest(collection_name=c, partition_name=f"p{i}"))
        if p.st(last).error_code != 0 or p.st(last).code != 0:
            break
    p.record(18, f"CreatePartition p{i}: partition #{i + 1} counting _default", last, f"({time.time() - t0:.0f}s)")
    p.stub.DropCollection(milvus_pb2.DropCollectionRequest(collection_name=c))
with open(out, "w") as f:
    f.write(f"# Extra lifecycle observations: {label}\n\nRecorded by `interop/python/probe_extra.py`.\n\n")
    f.write("| # | step | error_code | code | reason | note |\n|---|---|---|---|---|---|\n")
    for e in p.rows:
        f.write(f"| {e['row']} | {e['step']} | {e['error_name']} ({e['error_code']}) | {e['code']} | "
                f"`{e['reason']}` | {e['note']} |\n")
