#!/usr/bin/env bash
# The long kill-point run of issue 18, one command (after `mvn -pl reference-server -am package -DskipTests`
# and `mvn -pl reference-server test-compile`):
#
#   reference-server/crash.sh [POINTS=1000] [SEED=18] [DATA_DIR=a new temporary directory] [LANES=1]
#
# Forks target/reference-server.jar (profile milvus-2.6) on one data directory and kills it with SIGKILL
# POINTS times while a client inserts rows of every column kind (JSON, dynamic, ARRAY, nullable VARCHAR,
# sparse, FLOAT16) with Flush and an HNSW CreateIndex at random beside the inserts
# (io.partita.server.CrashLoop). After each restart every acknowledged row must be there once, with its
# columns as written, and every acknowledged index. LANES loops run side by side (own data directory and
# seed each) and share the points. Prints the figures; exit 1 on any lost or duplicated row.
# Maven options (e.g. the local repository) come from MAVEN_ARGS.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
points="${1:-1000}"; seed="${2:-18}"
dir="${3:-$(mktemp -d -t partita-crash.XXXXXX)}"; lanes="${4:-1}"
cp_file="$(mktemp)"
trap 'rm -f "$cp_file"' EXIT
(cd "$here/.." && mvn -B -q -o ${MAVEN_ARGS:-} -pl reference-server dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file" >/dev/null)
cd "$here"
# a class-data archive of the server's command makes each of the thousand starts about 3x faster
jar="$here/target/reference-server.jar"; cds="$here/target/crash-cds.jsa"
if [ ! -f "$cds" ] || [ "$jar" -nt "$cds" ]; then
    rm -f "$cds"; cds_dir="$(mktemp -d)"; cds_log="$cds_dir/out.log"
    java -Xmx256m --add-modules jdk.incubator.vector -XX:TieredStopAtLevel=1 -XX:+UseSerialGC \
        -XX:ArchiveClassesAtExit="$cds" -jar "$jar" --grpc-port 0 --http-port 0 --data-dir "$cds_dir" \
        --profile milvus-2.6 >"$cds_log" 2>&1 &
    cds_pid=$!
    for _ in $(seq 600); do grep -q "ready" "$cds_log" && break; sleep 0.1; done
    kill -TERM "$cds_pid"; wait "$cds_pid" || true; rm -rf "$cds_dir"
fi
java -Xmx256m -Dpartita.server.jar="$jar" -Dpartita.cds="$cds" \
    -cp "$here/target/test-classes:$here/target/classes:$(cat "$cp_file")" \
    io.partita.server.CrashLoop "$points" "$seed" "$dir" "$lanes"
