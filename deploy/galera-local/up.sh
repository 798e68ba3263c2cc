#!/usr/bin/env bash
# Brings up a three-node MariaDB Galera cluster on 127.0.0.1 (ports in common.sh), for trying the
# service's HA setup on one machine. Idempotent: nodes that are running are left alone; when no
# node runs, one is bootstrapped (--wsrep-new-cluster) and the others join it by state transfer.
#
#   deploy/galera-local/up.sh          # every node
#   deploy/galera-local/up.sh 2        # only node 2 (e.g. after it was killed): it rejoins
#
# Needs root (mariadbd runs with --user=root, apt-get installs galera-4 and mariadb-backup when
# they are missing) and the distribution's mariadbd (Debian 12: MariaDB 10.11).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=common.sh
. "$here/common.sh"

install_packages() {
  local missing=()
  dpkg -s galera-4 >/dev/null 2>&1 || missing+=(galera-4)
  command -v mariadb-backup >/dev/null 2>&1 || missing+=(mariadb-backup)
  command -v socat >/dev/null 2>&1 || missing+=(socat)   # the mariabackup SST streams with it
  command -v mariadbd >/dev/null 2>&1 || missing+=(mariadb-server)
  if [ ${#missing[@]} -gt 0 ]; then
    log "installing ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
}

# The wsrep provider library that the galera-4 package installed.
provider() {
  dpkg -L galera-4 | grep -E '/libgalera_smm\.so$' | sort | tail -n 1
}

write_config() {
  local n=$1 dir port group ist sst address
  dir="$(node_dir "$n")"
  port="$(node_port "$n")"
  group=$((GALERA_GROUP_PORT + n - 1))
  ist=$((GALERA_IST_PORT + n - 1))
  sst=$((GALERA_SST_PORT + n - 1))
  address="gcomm://"
  for ((i = 1; i <= GALERA_NODES; i++)); do
    address+="$GALERA_HOST:$((GALERA_GROUP_PORT + i - 1))"
    [ "$i" -lt "$GALERA_NODES" ] && address+=","
  done
  cat >"$dir/my.cnf" <<EOF
[mariadbd]
datadir=$dir/data
socket=$dir/mariadbd.sock
pid-file=$dir/mariadbd.pid
log-error=$dir/error.log
bind-address=$GALERA_HOST
port=$port
character_set_server=utf8mb4
collation_server=utf8mb4_unicode_ci
max_connections=300
innodb_buffer_pool_size=128M
# What Galera requires
binlog_format=ROW
default_storage_engine=InnoDB
innodb_autoinc_lock_mode=2
wsrep_on=ON
wsrep_provider=$PROVIDER
wsrep_cluster_name=$GALERA_CLUSTER_NAME
wsrep_cluster_address=$address
wsrep_node_name=node$n
wsrep_node_address=$GALERA_HOST:$group
wsrep_node_incoming_address=$GALERA_HOST:$port
wsrep_provider_options="gmcast.listen_addr=tcp://$GALERA_HOST:$group;ist.recv_addr=$GALERA_HOST:$ist;gcache.size=128M"
wsrep_sst_receive_address=$GALERA_HOST:$sst
# rsync SST fails when mariadbd runs as root (the joiner's rsync daemon drops to nobody)
wsrep_sst_method=mariabackup
wsrep_sst_auth=root:

[sst]
# Keep the state transfer's logs with the node instead of in /tmp/sst_log_archive.
sst-log-archive-dir=$dir/sst_log_archive
EOF
}

# Creates node n's directory, config and (for a bootstrap node) system tables. A joiner's datadir
# stays empty: the state transfer fills it.
prepare() {
  local n=$1 dir
  dir="$(node_dir "$n")"
  mkdir -p "$dir/data"
  write_config "$n"
  if [ "$2" = bootstrap ] && [ ! -d "$dir/data/mysql" ]; then
    mariadb-install-db --no-defaults --user=root --datadir="$dir/data" \
      --auth-root-authentication-method=normal --skip-test-db >"$dir/install.log" 2>&1 ||
      { cat "$dir/install.log" >&2; exit 1; }
  fi
}

# After a crash (kill -9) grastate.dat holds seqno -1: recover the last committed position from
# InnoDB, as Debian's galera_recovery does for systemd, so that the node can rejoin by incremental
# state transfer (IST, from a donor's gcache) instead of copying everything again (SST).
recovered_position() {
  local dir=$1
  grep -q '^seqno: *-1' "$dir/data/grastate.dat" 2>/dev/null || return 0
  [ -d "$dir/data/mysql" ] || return 0
  rm -f "$dir/recover.log"
  mariadbd --defaults-file="$dir/my.cnf" --user=root --wsrep-recover \
    --log-error="$dir/recover.log" >/dev/null 2>&1 || return 0
  grep -a 'WSREP: Recovered position:' "$dir/recover.log" | tail -n 1 | sed 's/.*position: *//'
}

start_node() {
  local n=$1 dir position
  dir="$(node_dir "$n")"
  position="$(recovered_position "$dir")"
  if [ -n "$position" ]; then
    log "node $n: recovered position $position"
    set -- "$@" "--wsrep-start-position=$position"
  fi
  # setsid: the node and its state-transfer helpers form their own process group, which down.sh
  # stops as a whole.
  setsid mariadbd --defaults-file="$dir/my.cnf" --user=root "${@:2}" \
    >>"$dir/mariadbd.out" 2>&1 </dev/null &
  echo $! >"$(node_pidfile "$n")"
}

# Waits until node n is Synced and sees `want` members; prints the seconds it took.
await_synced() {
  local n=$1 want=$2 started=$SECONDS state size
  while true; do
    state="$(node_status "$n" wsrep_local_state_comment)"
    size="$(node_status "$n" wsrep_cluster_size)"
    if [ "$state" = Synced ] && [ "${size:-0}" -ge "$want" ]; then
      return 0
    fi
    if [ -z "$(node_pid "$n")" ] && [ $((SECONDS - started)) -gt 5 ]; then
      log "node $n is not running; last lines of $(node_dir "$n")/error.log:" >&2
      tail -n 30 "$(node_dir "$n")/error.log" >&2 || true
      exit 1
    fi
    if [ $((SECONDS - started)) -ge "$GALERA_WAIT_SECONDS" ]; then
      log "node $n not Synced within ${GALERA_WAIT_SECONDS}s (state '${state}', size '${size}')" >&2
      exit 1
    fi
    sleep 0.2
  done
}

running_count() {
  local count=0
  for ((i = 1; i <= GALERA_NODES; i++)); do
    [ -n "$(node_pid "$i")" ] && count=$((count + 1))
  done
  echo "$count"
}

# The node whose grastate.dat says it may bootstrap (it stopped last), else node 1 (forced).
bootstrap_node() {
  for ((i = 1; i <= GALERA_NODES; i++)); do
    if grep -q '^safe_to_bootstrap: 1' "$(node_dir "$i")/data/grastate.dat" 2>/dev/null; then
      echo "$i"
      return
    fi
  done
  local state
  state="$(node_dir 1)/data/grastate.dat"
  if [ -f "$state" ]; then
    log "no node is marked safe_to_bootstrap; forcing node 1 (writes only the others had are lost)" >&2
    sed -i 's/^safe_to_bootstrap: 0/safe_to_bootstrap: 1/' "$state"
  fi
  echo 1
}

install_packages
PROVIDER="$(provider)"
[ -n "$PROVIDER" ] || { log "galera-4 installs no libgalera_smm.so" >&2; exit 1; }
mkdir -p "$GALERA_DIR"

if [ $# -gt 0 ]; then wanted=("$@"); else wanted=($(seq 1 "$GALERA_NODES")); fi

if [ "$(running_count)" -eq 0 ]; then
  first="$(bootstrap_node)"
  prepare "$first" bootstrap
  log "node $first: bootstrapping a new cluster on $GALERA_HOST:$(node_port "$first")"
  t0=$(now)
  start_node "$first" --wsrep-new-cluster
  await_synced "$first" 1
  log "node $first: Synced after $(since "$t0")s"
  # The service connects over TCP as root without a password (a local try-out, not production).
  mariadb --no-defaults -uroot -S "$(node_socket "$first")" -e "
    CREATE USER IF NOT EXISTS 'root'@'127.0.0.1';
    GRANT ALL PRIVILEGES ON *.* TO 'root'@'127.0.0.1' WITH GRANT OPTION;"
fi

for n in "${wanted[@]}"; do
  if [ -n "$(node_pid "$n")" ]; then
    continue
  fi
  prepare "$n" join
  want=$(($(running_count) + 1))
  log "node $n: joining on $GALERA_HOST:$(node_port "$n")"
  t0=$(now)
  start_node "$n"
  await_synced "$n" "$want"
  log "node $n: joined and Synced after $(since "$t0")s"
done

"$here/status.sh"
