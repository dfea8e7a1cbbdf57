#!/usr/bin/env bash
# Builds the documentation site into target/site: the lifecycle pictures (Graphviz, from docs/diagrams),
# the benchmark plots (matplotlib, from the tables of docs/benchmarks.md), the SDK's Javadoc, then MkDocs
# in strict mode (a broken link or a missing page fails the build). Everything it installs stays in the
# clone: the Python tools in .cache/docs-venv, Graphviz from Debian's packages when `dot` is missing.
#   bash docs/site/build.sh            # build
#   bash docs/site/build.sh --check    # build, then open every page in headless Chromium (check.mjs)
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
venv="$root/.cache/docs-venv"
generated="$root/docs/generated"

if ! command -v dot >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq graphviz >/dev/null
fi
if [ ! -x "$venv/bin/mkdocs" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q -r docs/site/requirements.txt
fi

rm -rf "$generated" && mkdir -p "$generated/api"
for source in docs/diagrams/*.dot; do
  dot -Tsvg "$source" -o "$generated/$(basename "${source%.dot}").svg"
done
"$venv/bin/python" docs/site/plot_benchmarks.py docs/benchmarks.md "$generated"

# The SDK's Javadoc. The javadoc goal resolves the modules' dependencies (sdk-grpc's tests use the
# reference server) from the local repository, so install them first (compiled already after `mvn verify`).
mvn -B -q -pl sdk-core,sdk-grpc,sdk-rest -am install -DskipTests
mvn -B -q -pl sdk-core,sdk-grpc,sdk-rest javadoc:javadoc -Ddoclint=none
for module in sdk-core sdk-grpc sdk-rest; do
  cp -r "$module/target/reports/apidocs" "$generated/api/$module"
  # JDK 17's javadoc stylesheet imports a font file it does not write: drop the import, keep the fallbacks.
  sed -i '/resources\/fonts\/dejavu.css/d' "$generated/api/$module/stylesheet.css"
done

NO_MKDOCS_2_WARNING=1 "$venv/bin/mkdocs" build -q --clean
echo "site: $root/target/site ($(find target/site -name '*.html' | wc -l) pages)"

if [ "${1:-}" = "--check" ]; then
  bash docs/site/check.sh
fi
