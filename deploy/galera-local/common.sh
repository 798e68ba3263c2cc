# Shared settings of the loopback Galera cluster (sourced by up.sh, down.sh and status.sh).
# Every value can be overridden from the environment.

GALERA_DIR="${GALERA_DIR:-${TMPDIR:-/tmp}/coi-galera}"   # datadirs, configs, logs, pid files
GALERA_NODES="${GALERA_NODES:-3}"
GALERA_HOST=127.0.0.1
GALERA_CLIENT_PORT="${GALERA_CLIENT_PORT:-3311}"   # node n listens on 3310 + n
GALERA_GROUP_PORT="${GALERA_GROUP_PORT:-4567}"     # group communication: 4566 + n
GALERA_IST_PORT="${GALERA_IST_PORT:-4577}"         # incremental state transfer: 4576 + n
GALERA_SST_PORT="${GALERA_SST_PORT:-4444}"         # full state transfer (mariabackup): 4443 + n
GALERA_CLUSTER_NAME="${GALERA_CLUSTER_NAME:-coi-galera-local}"
GALERA_WAIT_SECONDS="${GALERA_WAIT_SECONDS:-120}"  # per node, for bootstrap or join

node_dir() { echo "$GALERA_DIR/node$1"; }
node_port() { echo $((GALERA_CLIENT_PORT + $1 - 1)); }
node_socket() { echo "$(node_dir "$1")/mariadbd.sock"; }
# Written by up.sh when it starts the node (mariadbd writes its own pid-file only after a state
# transfer); the node is the leader of its own process group, so this is also the group id.
node_pidfile() { echo "$(node_dir "$1")/node.pid"; }

# The pid in node n's pid file if that process is alive and is a mariadbd, else nothing.
node_pid() {
  local pidfile pid
  pidfile="$(node_pidfile "$1")"
  [ -f "$pidfile" ] || return 0
  pid="$(cat "$pidfile" 2>/dev/null)"
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 0
  # Never signal a recycled pid that now belongs to someone else.
  grep -q mariadbd "/proc/$pid/comm" 2>/dev/null || return 0
  # A killed node stays a zombie until its parent reaps it.
  grep -q '^State:[[:space:]]*Z' "/proc/$pid/status" 2>/dev/null || echo "$pid"
  return 0
}

# One wsrep status variable of node n, or nothing when the node does not answer.
node_status() {
  mariadb --no-defaults -uroot -S "$(node_socket "$1")" --connect-timeout=2 -N -B \
    -e "SHOW GLOBAL STATUS LIKE '$2'" 2>/dev/null | awk '{print $2}' || true
}

now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }
log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*"; }
