#!/usr/bin/env bash
# Serves target/site on a free loopback port and opens every page in headless Chromium (check.mjs).
# Installs what it needs from the project's own files: Chromium from Debian's packages when missing,
# playwright-core (docs/site/package.json) into docs/site/node_modules.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
[ -d target/site ] || { echo "no target/site: run docs/site/build.sh first" >&2; exit 2; }
if [ ! -x /usr/bin/chromium ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
(cd docs/site && npm install --silent --no-audit --no-fund >/dev/null)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
python3 -m http.server "$port" --bind 127.0.0.1 --directory target/site >/dev/null 2>&1 &
server=$!
trap 'kill $server 2>/dev/null' EXIT
for _ in $(seq 50); do
  curl -sf "http://127.0.0.1:$port/" >/dev/null && break
  sleep 0.1
done
node docs/site/check.mjs "http://127.0.0.1:$port" "$root/target/site" "$root/target/site-check"
