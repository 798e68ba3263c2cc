#!/usr/bin/env bash
# Stops the loopback Galera cluster that up.sh started, and only it: each node's process group is
# found through the pid files under $GALERA_DIR, never by process name. Idempotent.
#
#   deploy/galera-local/down.sh           # stop every node (datadirs are kept)
#   deploy/galera-local/down.sh --purge   # stop, then delete $GALERA_DIR
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=common.sh
. "$here/common.sh"

purge=false
[ "${1:-}" = --purge ] && purge=true

# Stop the nodes one after the other (the last one stopped is marked safe_to_bootstrap, which is
# the node up.sh bootstraps next time).
for ((n = GALERA_NODES; n >= 1; n--)); do
  pid="$(node_pid "$n")"
  if [ -n "$pid" ]; then
    log "node $n: stopping (pid $pid)"
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 300); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
    if kill -0 "$pid" 2>/dev/null; then
      log "node $n: still running after 30s, killing"
      kill -KILL "$pid" 2>/dev/null || true
    fi
  fi
  # Helpers left over from a state transfer (socat, mariabackup) in the node's process group.
  pgid="$(cat "$(node_pidfile "$n")" 2>/dev/null || true)"
  if [ -n "$pgid" ] && kill -0 -- "-$pgid" 2>/dev/null; then
    kill -KILL -- "-$pgid" 2>/dev/null || true
  fi
  rm -f "$(node_pidfile "$n")"
done

if $purge && [ -d "$GALERA_DIR" ]; then
  rm -rf "$GALERA_DIR"
  log "removed $GALERA_DIR"
fi
