#!/usr/bin/env bash
# Real Milvus as an oracle: install, start, run commands against, and stop an
# embedded Milvus standalone from PyPI, isolated in its own network namespace.
#
#   oracle.sh start VERSION     install (once) and start; waits for /healthz
#   oracle.sh exec  VERSION CMD run CMD inside the server's namespace
#   oracle.sh stop  VERSION     stop the server and delete the namespace
#   oracle.sh status VERSION    pid, RSS and listening ports
#
# VERSION is one of 2.1.0, 2.2.16, 2.3.5 (the PyPI `milvus` package).
# Inside the namespace the server listens on its default ports: gRPC 19530,
# HTTP 9091 (healthz, metrics and, for 2.1/2.2, /api/v1). The namespace has
# only a loopback device, so nothing the server or a client does can leave
# this machine; clients must run through `oracle.sh exec`.
# Needs root (ip netns). See ../ORACLE.md for the findings behind each step.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
interop="$(dirname "$here")"

usage() { sed -n '2,16p' "${BASH_SOURCE[0]}" >&2; exit 2; }
[ $# -ge 2 ] || usage
cmd="$1"; ver="$2"; shift 2

case "$ver" in
  2.1.0|2.2.16|2.3.5) ;;
  *) echo "unsupported version: $ver (2.1.0, 2.2.16, 2.3.5)" >&2; exit 2 ;;
esac

ns="partita-oracle-${ver//./-}"
venv="$interop/.venv-milvus-$ver"
state="$interop/.oracle/$ver"
pidfile="$state/pid"
log="$state/server.log"

install() {
  if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
  fi
  if ! "$venv/bin/python" -c "import importlib.metadata as m; assert m.version('milvus') == '$ver'" 2>/dev/null; then
    "$venv/bin/pip" install -q --disable-pip-version-check "milvus==$ver"
    if [ "$ver" = 2.1.0 ]; then
      # The 2.1.0 wheel links libtbb.so.2 (Debian 12 ships only libtbb.so.12):
      # Intel's TBB 2020 wheel provides it in $venv/lib.
      "$venv/bin/pip" install -q --disable-pip-version-check "tbb==2020.3.254"
    fi
  fi
  if [ "$ver" = 2.1.0 ] && ! ldconfig -p | grep -q 'libopenblas.so.0 '; then
    # 2.1.0 also links libopenblas.so.0, which its wheel does not ship.
    # A fresh machine may have no package lists yet: refresh them once and retry.
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q libopenblas0-pthread >/dev/null 2>&1 \
      || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -q libopenblas0-pthread >/dev/null; }
  fi
}

make_ns() {
  if ! ip netns list | grep -qw "$ns"; then
    ip netns add "$ns"
  fi
  ip netns exec "$ns" ip link set lo up
  if [ "$ver" = 2.1.0 ]; then
    # Milvus 2.1 panics unless the host has a non-loopback IPv4 address
    # (github.com/go-basic/ipv4.LocalIP indexes an empty list). A TEST-NET-2
    # address on the namespace's own loopback device satisfies it; it is
    # reachable from inside this namespace only.
    ip netns exec "$ns" ip addr replace 198.51.100.10/32 dev lo
  fi
}

healthy() {
  ip netns exec "$ns" curl -s -m 2 http://127.0.0.1:9091/healthz 2>/dev/null | grep -q OK
}

start() {
  if [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then
    echo "already running: pid $(cat "$pidfile") in netns $ns"; return 0
  fi
  install
  make_ns
  rm -rf "$state"; mkdir -p "$state"
  local t0; t0=$(date +%s.%N)
  if [ "$ver" = 2.1.0 ]; then
    # Embedded Milvus 2.1: a shared library preloaded into Python. Its paths
    # are fixed (/var/bin/e-milvus for config and libs, /tmp/milvus for data),
    # so only one 2.1.0 oracle can run at a time; start from empty data.
    rm -rf /tmp/milvus
    local m="$venv/lib/python3.11/site-packages/milvus"
    ip netns exec "$ns" env LD_PRELOAD="$m/bin/embd-milvus.so" \
      LD_LIBRARY_PATH="$m/lib:$venv/lib" \
      "$venv/bin/python" "$here/embedded21.py" >"$log" 2>&1 &
  else
    # Milvus Lite launcher: unpacks the standalone binary under --data and
    # runs `milvus run standalone` with embedded etcd, rocksmq, local storage.
    ip netns exec "$ns" "$venv/bin/milvus-server" --data "$state/data" >"$log" 2>&1 &
  fi
  echo $! >"$pidfile"
  for _ in $(seq 1 240); do
    if healthy; then
      printf 'milvus %s healthy after %.1fs: pid %s, netns %s, gRPC 127.0.0.1:19530, HTTP 127.0.0.1:9091\n' \
        "$ver" "$(echo "$(date +%s.%N) - $t0" | bc)" "$(cat "$pidfile")" "$ns"
      return 0
    fi
    if ! kill -0 "$(cat "$pidfile")" 2>/dev/null; then
      echo "milvus $ver exited during start-up; log:" >&2; tail -40 "$log" >&2; return 1
    fi
    sleep 0.5
  done
  echo "milvus $ver not healthy after 120s; log tail:" >&2; tail -40 "$log" >&2; return 1
}

stop() {
  if [ -f "$pidfile" ]; then
    local pid; pid=$(cat "$pidfile")
    # The Lite launcher stops its child on SIGINT; embedded 2.1 ignores
    # SIGTERM (the Go runtime inside takes it), so it gets SIGKILL below.
    kill -INT "$pid" 2>/dev/null || true
    for _ in $(seq 1 20); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -KILL "$pid" 2>/dev/null || true
    rm -f "$pidfile"
  fi
  if ip netns list | grep -qw "$ns"; then
    # Anything left in the namespace was started by this script.
    for p in $(ip netns pids "$ns"); do kill -KILL "$p" 2>/dev/null || true; done
    sleep 0.5
    ip netns del "$ns"
  fi
}

status() {
  if [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then
    echo "pid $(cat "$pidfile") netns $ns"
    for p in $(ip netns pids "$ns"); do ps -o pid=,rss=,args= -p "$p"; done
    ip netns exec "$ns" ss -ltn | awk 'NR>1{print $4}' | sort -t: -k2 -n | tr '\n' ' '; echo
  else
    echo "not running"; return 1
  fi
}

case "$cmd" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  exec) [ $# -ge 1 ] || usage; exec ip netns exec "$ns" "$@" ;;
  *) usage ;;
esac
