"""Run the SEMANTICS.md lifecycle table (rows 1-26) against a server and
record the raw common.Status of each step.

    python lifecycle_probe.py HOST:PORT OUT_PREFIX [--label NAME] [--row18]

Talks to the server with the raw MilvusService stubs shipped in pymilvus
(no client-side validation or retries), so what is written is exactly what
the server answered: error_code (legacy enum), code (2.3+), reason.
Writes OUT_PREFIX.md (a table) and OUT_PREFIX.json. Each row uses its own
fresh collection `lc<row>` with partitions `novel` and `poem` (10 flushed rows
each, IVF_FLAT index), so rows do not depend on each other. --row18 also
creates partitions up to the 4096 limit (slow: a few minutes).
"""
import argparse
import json
import struct
import sys
import time

import grpc
from pymilvus.grpc_gen import common_pb2, milvus_pb2, milvus_pb2_grpc, schema_pb2

DIM = 2
INT64 = schema_pb2.DataType.Value("Int64")
FLOAT_VECTOR = schema_pb2.DataType.Value("FloatVector")
IN_MEMORY = milvus_pb2.ShowType.Value("InMemory")
STRONG = common_pb2.ConsistencyLevel.Value("Strong")


def ec_name(n):
    try:
        return common_pb2.ErrorCode.Name(n)
    except ValueError:
        return str(n)


class Probe:
    def __init__(self, addr):
        self.channel = grpc.insecure_channel(addr)
        self.stub = milvus_pb2_grpc.MilvusServiceStub(self.channel)
        self.rows = []

    # ---------- raw helpers -------------------------------------------------
    def st(self, resp):
        """The common.Status of a response (or the Status itself)."""
        return resp if isinstance(resp, common_pb2.Status) else resp.status

    def must(self, what, resp):
        s = self.st(resp)
        if s.error_code != 0 or s.code != 0:
            raise RuntimeError(f"setup step {what} failed: {ec_name(s.error_code)} code={s.code} {s.reason}")
        return resp

    def create(self, name, partitions=("novel", "poem"), rows_each=10):
        self.stub.DropCollection(milvus_pb2.DropCollectionRequest(collection_name=name))
        schema = schema_pb2.CollectionSchema(name=name, fields=[
            schema_pb2.FieldSchema(name="book_id", data_type=INT64, is_primary_key=True, autoID=False),
            schema_pb2.FieldSchema(name="word_count", data_type=INT64),
            schema_pb2.FieldSchema(name="book_intro", data_type=FLOAT_VECTOR,
                                   type_params=[common_pb2.KeyValuePair(key="dim", value=str(DIM))]),
        ])
        self.must("CreateCollection", self.stub.CreateCollection(milvus_pb2.CreateCollectionRequest(
            collection_name=name, schema=schema.SerializeToString(), shards_num=1, consistency_level=STRONG)))
        base = 0
        for p in partitions:
            self.must("CreatePartition", self.stub.CreatePartition(
                milvus_pb2.CreatePartitionRequest(collection_name=name, partition_name=p)))
            if rows_each:
                self.insert(name, p, range(base, base + rows_each))
                base += 1000
        self.must("Flush", self.stub.Flush(milvus_pb2.FlushRequest(collection_names=[name])))
        self.must("CreateIndex", self.stub.CreateIndex(milvus_pb2.CreateIndexRequest(
            collection_name=name, field_name="book_intro", extra_params=[
                common_pb2.KeyValuePair(key="index_type", value="IVF_FLAT"),
                common_pb2.KeyValuePair(key="metric_type", value="L2"),
                common_pb2.KeyValuePair(key="params", value=json.dumps({"nlist": 1}))])))

    def insert(self, name, partition, ids):
        ids = list(ids)
        vec = []
        for i in ids:
            vec += [float(i % 97) / 97.0, float(i % 89) / 89.0]
        return self.stub.Insert(milvus_pb2.InsertRequest(
            collection_name=name, partition_name=partition, num_rows=len(ids), fields_data=[
                schema_pb2.FieldData(type=INT64, field_name="book_id",
                                     scalars=schema_pb2.ScalarField(long_data=schema_pb2.LongArray(data=ids))),
                schema_pb2.FieldData(type=INT64, field_name="word_count",
                                     scalars=schema_pb2.ScalarField(long_data=schema_pb2.LongArray(
                                         data=[i * 10 for i in ids]))),
                schema_pb2.FieldData(type=FLOAT_VECTOR, field_name="book_intro",
                                     vectors=schema_pb2.VectorField(
                                         dim=DIM, float_vector=schema_pb2.FloatArray(data=vec))),
            ]))

    def load_coll(self, name, replicas=1):
        return self.stub.LoadCollection(milvus_pb2.LoadCollectionRequest(collection_name=name, replica_number=replicas))

    def load_parts(self, name, parts, replicas=1):
        return self.stub.LoadPartitions(milvus_pb2.LoadPartitionsRequest(
            collection_name=name, partition_names=list(parts), replica_number=replicas))

    def release_parts(self, name, parts):
        return self.stub.ReleasePartitions(milvus_pb2.ReleasePartitionsRequest(
            collection_name=name, partition_names=list(parts)))

    def release_coll(self, name):
        return self.stub.ReleaseCollection(milvus_pb2.ReleaseCollectionRequest(collection_name=name))

    def show_parts_mem(self, name, parts):
        return self.stub.ShowPartitions(milvus_pb2.ShowPartitionsRequest(
            collection_name=name, partition_names=list(parts), type=IN_MEMORY))

    def wait_parts(self, name, parts, timeout=60):
        deadline = time.time() + timeout
        while time.time() < deadline:
            r = self.show_parts_mem(name, parts)
            if self.st(r).error_code == 0 and len(r.inMemory_percentages) == len(parts) \
                    and all(p == 100 for p in r.inMemory_percentages):
                return
            time.sleep(0.3)
        raise RuntimeError(f"partitions {parts} of {name} not loaded in {timeout}s")

    def wait_coll(self, name, timeout=60):
        deadline = time.time() + timeout
        while time.time() < deadline:
            r = self.stub.ShowCollections(milvus_pb2.ShowCollectionsRequest(
                collection_names=[name], type=IN_MEMORY))
            if self.st(r).error_code == 0 and list(r.inMemory_percentages) == [100]:
                return
            time.sleep(0.3)
        raise RuntimeError(f"collection {name} not loaded in {timeout}s")

    def search(self, name, parts=()):
        pg = common_pb2.PlaceholderGroup(placeholders=[common_pb2.PlaceholderValue(
            tag="$0", type=common_pb2.PlaceholderType.Value("FloatVector"),
            values=[struct.pack(f"<{DIM}f", 0.1, 0.2)])])
        return self.stub.Search(milvus_pb2.SearchRequest(
            collection_name=name, partition_names=list(parts), dsl="", dsl_type=common_pb2.DslType.Value("BoolExprV1"),
            placeholder_group=pg.SerializeToString(), nq=1, output_fields=["book_id"],
            consistency_level=STRONG, use_default_consistency=False,
            search_params=[common_pb2.KeyValuePair(key="anns_field", value="book_intro"),
                           common_pb2.KeyValuePair(key="topk", value="100"),
                           common_pb2.KeyValuePair(key="metric_type", value="L2"),
                           common_pb2.KeyValuePair(key="params", value=json.dumps({"nprobe": 1})),
                           common_pb2.KeyValuePair(key="round_decimal", value="-1")]))

    def query(self, name, parts=()):
        return self.stub.Query(milvus_pb2.QueryRequest(
            collection_name=name, partition_names=list(parts), expr="book_id >= 0", output_fields=["book_id"],
            consistency_level=STRONG, use_default_consistency=False))

    @staticmethod
    def ids_of_search(r):
        return list(r.results.ids.int_id.data)

    @staticmethod
    def ids_of_query(r):
        for f in r.fields_data:
            if f.field_name == "book_id":
                return list(f.scalars.long_data.data)
        return []

    # ---------- recording ---------------------------------------------------
    def record(self, row, step, resp, note=""):
        s = self.st(resp)
        entry = {"row": row, "step": step, "error_code": s.error_code, "error_name": ec_name(s.error_code),
                 "code": s.code, "reason": s.reason, "note": note}
        self.rows.append(entry)
        print(f"{row:>3} {step:<60} {ec_name(s.error_code)}({s.error_code}) code={s.code} {s.reason!r} {note}",
              flush=True)
        return resp

    def note(self, row, step, text):
        self.rows.append({"row": row, "step": step, "error_code": None, "error_name": "", "code": None,
                          "reason": "", "note": text})
        print(f"{row:>3} {step:<60} -- {text}", flush=True)

    def grpc_error(self, row, step, err):
        self.rows.append({"row": row, "step": step, "error_code": None, "error_name": f"gRPC {err.code().name}",
                          "code": None, "reason": err.details(), "note": "transport-level error"})
        print(f"{row:>3} {step:<60} gRPC {err.code().name} {err.details()!r}", flush=True)


def run_rows(p, want_row18):
    R = p.record

    def coll(row):
        name = f"lc{row}"
        p.create(name)
        return name

    c = coll(1); p.must("load", p.load_coll(c)); p.wait_coll(c)
    R(1, "LoadCollection again, same replica_number", p.load_coll(c))

    c = coll(2); p.must("load", p.load_coll(c)); p.wait_coll(c)
    R(2, "LoadCollection replica_number=2 while loaded with 1", p.load_coll(c, 2))

    c = coll(3); p.must("load", p.load_parts(c, ["novel"])); p.wait_parts(c, ["novel"])
    R(3, "LoadCollection while partition novel is loaded", p.load_coll(c))

    c = coll(4); p.must("load", p.load_coll(c)); p.wait_coll(c)
    R(4, "LoadPartitions([novel]) while collection loaded", p.load_parts(c, ["novel"]))

    c = coll(5); p.must("load", p.load_parts(c, ["novel", "poem"])); p.wait_parts(c, ["novel", "poem"])
    R(5, "LoadPartitions([novel,poem]) again (exact set)", p.load_parts(c, ["novel", "poem"]))
    R(5, "LoadPartitions([novel]) (subset of loaded)", p.load_parts(c, ["novel"]))

    c = coll(6); p.must("load", p.load_parts(c, ["novel"])); p.wait_parts(c, ["novel"])
    R(6, "LoadPartitions([poem]) after [novel] loaded", p.load_parts(c, ["poem"]))
    R(6, "LoadPartitions([novel,poem]) after [novel] loaded", p.load_parts(c, ["novel", "poem"]))

    c = coll(7)
    R(7, "LoadPartitions([]) raw", p.load_parts(c, []))

    c = coll(8)
    R(8, "LoadPartitions([nope])", p.load_parts(c, ["nope"]))
    R(8, "ReleasePartitions([nope])", p.release_parts(c, ["nope"]))

    R(9, "LoadPartitions on missing collection", p.load_parts("missing_coll", ["novel"]))
    R(9, "ReleasePartitions on missing collection", p.release_parts("missing_coll", ["novel"]))
    R(9, "LoadCollection on missing collection", p.load_coll("missing_coll"))
    R(9, "ReleaseCollection on missing collection", p.release_coll("missing_coll"))

    c = coll(10); p.must("load", p.load_coll(c)); p.wait_coll(c)
    R(10, "ReleasePartitions([novel]) after LoadCollection", p.release_parts(c, ["novel"]))
    r = p.search(c, ["poem"]); R(10, "  then Search [poem]", r, f"hits={len(p.ids_of_search(r))}")
    r = p.search(c, ["novel"]); R(10, "  then Search [novel]", r, f"hits={len(p.ids_of_search(r))}")

    c = coll(11)
    R(11, "ReleasePartitions([novel]) nothing loaded", p.release_parts(c, ["novel"]))
    p.must("load", p.load_parts(c, ["novel"])); p.wait_parts(c, ["novel"])
    R(11, "ReleasePartitions([poem]) while only novel loaded", p.release_parts(c, ["poem"]))
    r = p.search(c, ["novel"]); R(11, "  then Search [novel]", r, f"hits={len(p.ids_of_search(r))}")

    c = coll(12); p.must("load", p.load_parts(c, ["novel"])); p.wait_parts(c, ["novel"])
    R(12, "ReleasePartitions([novel]) = every loaded partition", p.release_parts(c, ["novel"]))
    time.sleep(1)
    r = p.stub.ShowCollections(milvus_pb2.ShowCollectionsRequest(collection_names=[c], type=IN_MEMORY))
    R(12, "  then ShowCollections InMemory", r, f"percentages={list(r.inMemory_percentages)}")
    R(12, "  then Search (no partitions)", p.search(c))
    R(12, "  then LoadPartitions([poem]) (fresh load allowed?)", p.load_parts(c, ["poem"]))

    c = coll(13)
    R(13, "ReleaseCollection when nothing loaded", p.release_coll(c))

    c = coll(14)
    R(14, "DropPartition _default", p.stub.DropPartition(milvus_pb2.DropPartitionRequest(
        collection_name=c, partition_name="_default")))

    c = coll(15)
    R(15, "DropPartition nope", p.stub.DropPartition(milvus_pb2.DropPartitionRequest(
        collection_name=c, partition_name="nope")))

    c = coll(16); p.must("load", p.load_parts(c, ["novel"])); p.wait_parts(c, ["novel"])
    R(16, "DropPartition novel while loaded", p.stub.DropPartition(milvus_pb2.DropPartitionRequest(
        collection_name=c, partition_name="novel")))
    r = p.stub.ShowPartitions(milvus_pb2.ShowPartitionsRequest(collection_name=c))
    R(16, "  then ShowPartitions", r, f"names={list(r.partition_names)}")
    r = p.search(c); R(16, "  then Search (no partitions)", r, f"hits={len(p.ids_of_search(r))}")

    c = coll(17)
    R(17, "CreatePartition novel (exists)", p.stub.CreatePartition(milvus_pb2.CreatePartitionRequest(
        collection_name=c, partition_name="novel")))

    if want_row18:
        c = "lc18"
        p.create(c, partitions=(), rows_each=0)
        t0 = time.time()
        last = None
        for i in range(1, 5000):
            last = p.stub.CreatePartition(milvus_pb2.CreatePartitionRequest(
                collection_name=c, partition_name=f"p{i}"))
            if p.st(last).error_code != 0 or p.st(last).code != 0:
                break
        R(18, f"CreatePartition #{i + 1} counting _default", last, f"({time.time() - t0:.0f}s)")
        p.stub.DropCollection(milvus_pb2.DropCollectionRequest(collection_name=c))
    else:
        p.note(18, "CreatePartition beyond 4096", "not run (use --row18)")

    c = coll(19)
    R(19, "Search, nothing loaded", p.search(c))
    R(19, "Query, nothing loaded", p.query(c))
    R(19, "Search [novel], nothing loaded", p.search(c, ["novel"]))

    c = coll(20); p.must("load", p.load_parts(c, ["novel"])); p.wait_parts(c, ["novel"])
    R(20, "Search [poem] (not loaded)", p.search(c, ["poem"]))
    R(20, "Query [poem] (not loaded)", p.query(c, ["poem"]))

    c = coll(21); p.must("load", p.load_parts(c, ["novel"])); p.wait_parts(c, ["novel"])
    r = p.search(c); ids = p.ids_of_search(r)
    R(21, "Search without partitions, only novel loaded", r,
      f"hits={len(ids)} all_from_novel={all(i < 1000 for i in ids)}")
    r = p.query(c); ids = p.ids_of_query(r)
    R(21, "Query without partitions, only novel loaded", r,
      f"rows={len(ids)} all_from_novel={all(i < 1000 for i in ids)}")

    c = coll(22); p.must("load", p.load_parts(c, ["novel"])); p.wait_parts(c, ["novel"])
    R(22, "Search [nope]", p.search(c, ["nope"]))
    R(22, "Query [nope]", p.query(c, ["nope"]))

    c = coll(23); p.must("load", p.load_parts(c, ["novel"])); p.wait_parts(c, ["novel"])
    r = p.show_parts_mem(c, ["poem"])
    R(23, "ShowPartitions InMemory [poem] (not loaded)", r, f"percentages={list(r.inMemory_percentages)}")
    r = p.show_parts_mem(c, ["novel"])
    R(23, "ShowPartitions InMemory [novel] (loaded)", r, f"percentages={list(r.inMemory_percentages)}")
    r = p.stub.ShowPartitions(milvus_pb2.ShowPartitionsRequest(collection_name=c, type=IN_MEMORY))
    R(23, "ShowPartitions InMemory (no names)", r,
      f"names={list(r.partition_names)} percentages={list(r.inMemory_percentages)}")

    c = coll(24); p.must("load", p.load_parts(c, ["novel"])); p.wait_parts(c, ["novel"])
    R(24, "Insert 5 rows into loaded novel", p.insert(c, "novel", range(500, 505)))
    r = p.query(c, ["novel"])
    R(24, "  then Query [novel] (Strong)", r, f"rows={len(p.ids_of_query(r))} (10 before)")

    c = coll(25); p.must("load", p.load_parts(c, ["novel"])); p.wait_parts(c, ["novel"])
    p.must("release", p.release_parts(c, ["novel"]))
    R(25, "Insert 5 rows into released novel", p.insert(c, "novel", range(500, 505)))
    R(25, "  then Search [novel]", p.search(c, ["novel"]))
    p.must("reload", p.load_parts(c, ["novel"])); p.wait_parts(c, ["novel"])
    r = p.query(c, ["novel"])
    R(25, "  then reload and Query [novel] (Strong)", r, f"rows={len(p.ids_of_query(r))} (10 before)")

    c = coll(26)
    R(26, "LoadPartitions([novel], replica_number=0)", p.load_parts(c, ["novel"], 0))
    try:
        p.wait_parts(c, ["novel"], 30)
        p.note(26, "  then loaded", "yes")
    except RuntimeError as e:
        p.note(26, "  then loaded", f"no: {e}")
    c = coll("26b")
    R(26, "LoadCollection(replica_number=-1)", p.load_coll(c, -1))


def write(p, prefix, label):
    with open(prefix + ".json", "w") as f:
        json.dump({"server": label, "rows": p.rows}, f, indent=1)
    with open(prefix + ".md", "w") as f:
        f.write(f"# Observed lifecycle behaviour: {label}\n\n")
        f.write("Raw `common.Status` per step, recorded by `interop/python/lifecycle_probe.py` "
                "(raw gRPC stubs, no client-side checks). Row numbers are SEMANTICS.md's.\n\n")
        f.write("| # | step | error_code | code | reason | note |\n|---|---|---|---|---|---|\n")
        for e in p.rows:
            ec = "" if e["error_code"] is None else f"{e['error_name']} ({e['error_code']})"
            if e["error_code"] is None and e["error_name"]:
                ec = e["error_name"]
            code = "" if e["code"] is None else str(e["code"])
            reason = e["reason"].replace("|", "\\|").replace("\n", " ")
            f.write(f"| {e['row']} | {e['step'].strip()} | {ec} | {code} | `{reason}` | {e['note']} |\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("addr")
    ap.add_argument("out_prefix")
    ap.add_argument("--label", default="")
    ap.add_argument("--row18", action="store_true")
    a = ap.parse_args()
    p = Probe(a.addr)
    label = a.label
    if not label:
        try:
            label = "Milvus " + p.stub.GetVersion(milvus_pb2.GetVersionRequest()).version
        except grpc.RpcError:
            label = a.addr
    try:
        run_rows(p, a.row18)
    finally:
        write(p, a.out_prefix, label)


if __name__ == "__main__":
    sys.exit(main())
