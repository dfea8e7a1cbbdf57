#!/usr/bin/env bash
# FLAT, HNSW and IVF: Partita's search package vs faiss-cpu (IndexFlatL2, IndexHNSWFlat, IndexIVF*) and hnswlib
# on the same seeded vectors, one interleaved run (Java, Python, Java again for FLAT).
#
#   bench/run-index-bench.sh flat [rows=1000000] [dim=128]
#   bench/run-index-bench.sh hnsw [rows=100000] [dim=128] [M=16] [efConstruction=200] [efs=16,32,64,128]
#   bench/run-index-bench.sh diskann [rows=100000] [dim=128] [search_lists=10,20,40,100,200] [M=16] [efs=16,32,64,128]
#     (DISKANN read back from its index file, then Partita's HNSW on the same vectors, one JVM each)
#   bench/run-index-bench.sh ivf [rows=100000] [dim=128] [nlist=256] [m=16] [nprobes=1,4,8,16,32]
#     (IVF_FLAT, IVF_SQ8, IVF_PQ in turn, each Java then faiss on the same clustered vectors)
#
# Installs faiss-cpu, hnswlib and numpy into bench/.venv (gitignored) on first use. Data files go
# to ${BENCH_DIR:-/tmp/partita-index-bench}. Needs ~3 GB of heap for 1M x 128. Builds the bench
# module when it is not built yet (BENCH_BUILD=1 forces a rebuild).
# For graph and IVF builds: BENCH_BUILD_THREADS=2 builds on two threads only (default 1,2 for HNSW:
# both, checking the graphs are equal); BENCH_INDEX_CACHE=1 keeps every built index (Partita's,
# hnswlib's, faiss's) in the data dir and reads it back on the next run, so a change to search code
# is compared without rebuilding; BENCH_FAISS_HNSW=0 leaves faiss's HNSW out.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-flat}
dir=${BENCH_DIR:-/tmp/partita-index-bench}
mkdir -p "$dir"
if [ ! -x bench/.venv/bin/python ]; then
  python3 -m venv bench/.venv
  bench/.venv/bin/pip install -q faiss-cpu numpy hnswlib || bench/.venv/bin/pip install -q faiss-cpu numpy
fi
if [ ! -f bench/target/classpath.txt ] || [ "${BENCH_BUILD:-0}" = 1 ]; then
  mvn -B -q -pl bench -am package -DskipTests
fi
cp="bench/target/classes:$(cat bench/target/classpath.txt)"
java_bench() { java -Xmx4g -XX:+UseTransparentHugePages --add-modules jdk.incubator.vector -cp "$cp" io.partita.bench.IndexBench "$@" 2>&1 | grep -v WARNING; }
py=bench/.venv/bin/python
if [ "$mode" = flat ]; then
  rows=${2:-1000000}; dim=${3:-128}
  java_bench flat "$rows" "$dim" "$dir"
  OMP_WAIT_POLICY=PASSIVE $py bench/index_bench.py flat "$rows" "$dim" "$dir"
  java_bench flat "$rows" "$dim" "$dir"
elif [ "$mode" = diskann ]; then
  rows=${2:-100000}; dim=${3:-128}; lists=${4:-10,20,40,100,200}; m=${5:-16}; efs=${6:-16,32,64,128}
  java_bench diskann "$rows" "$dim" "$dir" "$lists"
  java_bench hnsw "$rows" "$dim" "$dir" "$m" 200 "$efs"
elif [ "$mode" = ivf ]; then
  rows=${2:-100000}; dim=${3:-128}; nlist=${4:-256}; m=${5:-16}; nprobes=${6:-1,4,8,16,32}
  for kind in IVF_FLAT IVF_SQ8 IVF_PQ; do
    java_bench ivf "$rows" "$dim" "$dir" "$kind" "$nlist" "$m" "$nprobes"
    OMP_WAIT_POLICY=PASSIVE $py bench/index_bench.py ivf "$rows" "$dim" "$dir" "$kind" "$nlist" "$m" "$nprobes"
  done
else
  rows=${2:-100000}; dim=${3:-128}; m=${4:-16}; efc=${5:-200}; efs=${6:-16,32,64,128}
  java_bench hnsw "$rows" "$dim" "$dir" "$m" "$efc" "$efs"
  $py bench/index_bench.py hnsw "$rows" "$dim" "$dir" "$m" "$efc" "$efs"
fi
