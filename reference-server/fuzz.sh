#!/usr/bin/env bash
# The full hostile-input run of issue 18, one command (after `mvn -pl reference-server -am install -DskipTests`
# and `mvn -pl reference-server test-compile`):
#
#   reference-server/fuzz.sh [CALLS_EACH=100000] [SECONDS=7200] [SEED=18] [HEAP=512m] [RSS_LIMIT_MB=1536]
#
# Starts a reference server in-process (fresh temporary data directory, -Xmx HEAP) and sends hostile input
# (io.partita.server.fuzz.HostileInputFuzz) until both the HTTP and the gRPC port took CALLS_EACH requests.
# Fails (exit 1) on any HTTP 5xx other than 501, any gRPC UNKNOWN/INTERNAL/UNAVAILABLE, a server that stops
# answering, fewer requests than asked, or a peak RSS past RSS_LIMIT_MB. Maven options (e.g. the local
# repository) come from MAVEN_ARGS.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
calls="${1:-100000}"; seconds="${2:-7200}"; seed="${3:-18}"; heap="${4:-512m}"; rss="${5:-1536}"
cp_file="$(mktemp)"
trap 'rm -f "$cp_file"' EXIT
(cd "$here/.." && mvn -B -q -o ${MAVEN_ARGS:-} -pl reference-server dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file" >/dev/null)
exec java -Xmx"$heap" --add-modules jdk.incubator.vector -Dpartita.relaunch=false \
    -cp "$here/target/test-classes:$here/target/classes:$(cat "$cp_file")" \
    io.partita.server.fuzz.HostileInputFuzz "$seconds" "$seed" "$calls" "$rss"
