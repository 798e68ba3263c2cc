#!/usr/bin/env bash
# One line per node of the loopback Galera cluster: pid, client port, wsrep state, cluster size.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=common.sh
. "$here/common.sh"

printf '%-6s %-8s %-16s %-10s %-8s %s\n' node pid address state size status
for ((n = 1; n <= GALERA_NODES; n++)); do
  pid="$(node_pid "$n")"
  if [ -n "$pid" ]; then
    state="$(node_status "$n" wsrep_local_state_comment)"
    size="$(node_status "$n" wsrep_cluster_size)"
    cstatus="$(node_status "$n" wsrep_cluster_status)"
  else
    pid=- state=down size=- cstatus=-
  fi
  printf '%-6s %-8s %-16s %-10s %-8s %s\n' "node$n" "$pid" "$GALERA_HOST:$(node_port "$n")" \
    "${state:-?}" "${size:-?}" "${cstatus:-?}"
done
