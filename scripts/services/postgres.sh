#!/usr/bin/env bash
# Start or stop a PostgreSQL 15 server on 127.0.0.1 with its cluster, socket and log in DIR.
# Usage: postgres.sh start DIR PORT | stop DIR | status DIR
# Used by `./pm services` and by the test fixtures, so both run the database the same way.
# initdb refuses to run as root, so as root the cluster belongs to (and runs as) user postgres;
# DIR and its parents must be reachable by that user (a folder under /tmp is).
# Authentication is "trust" on loopback only: a development and test server, not production.
set -euo pipefail

cmd=${1:?start|stop|status}
dir=${2:?data folder}
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
bin=${POSTGRES_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}
[ -x "$bin/pg_ctl" ] || { echo "PostgreSQL server binaries not found (install Debian's postgresql: ./pm setup)" >&2; exit 1; }

as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

is_running() { as_owner "$bin/pg_ctl" -D "$dir/cluster" status >/dev/null 2>&1; }

case "$cmd" in
  start)
    port=${3:?port}
    if [ "$(id -u)" = 0 ]; then
      chown postgres: "$dir"; chmod 700 "$dir"
      runuser -u postgres -- test -w "$dir" || { echo "user postgres cannot reach $dir (a parent folder is closed); use a folder under /tmp" >&2; exit 1; }
    fi
    if [ ! -f "$dir/cluster/PG_VERSION" ]; then
      as_owner "$bin/initdb" -D "$dir/cluster" -A trust -U postgres --encoding=UTF8 --locale=C >"$dir/initdb.log" 2>&1 \
        || { echo "initdb failed; see $dir/initdb.log" >&2; tail -20 "$dir/initdb.log" >&2; exit 1; }
    fi
    if is_running; then echo "postgres already running in $dir"; exit 0; fi
    # Small shared memory and no fsync wait on commit: test and demo data, 2 shared cores.
    as_owner "$bin/pg_ctl" -D "$dir/cluster" -l "$dir/postgres.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c max_connections=300 -c shared_buffers=64MB -c synchronous_commit=off" start >/dev/null \
      || { echo "postgres did not start; see $dir/postgres.log" >&2; tail -20 "$dir/postgres.log" >&2; exit 1; }
    echo "postgres up on 127.0.0.1:$port (data $dir/cluster)"
    ;;
  stop)
    if [ -f "$dir/cluster/PG_VERSION" ] && is_running; then
      as_owner "$bin/pg_ctl" -D "$dir/cluster" -m fast -w stop >/dev/null
      echo "postgres stopped ($dir)"
    fi
    ;;
  status)
    if [ -f "$dir/cluster/PG_VERSION" ] && is_running; then echo "postgres running ($dir)"; else echo "postgres stopped"; exit 3; fi
    ;;
  *) echo "unknown command $cmd (start|stop|status)" >&2; exit 2 ;;
esac
