#!/usr/bin/env bash
# Start or stop InfluxDB 1.x on 127.0.0.1 with every data path in DIR.
# Usage: influxdb.sh start DIR PORT | stop DIR | status DIR
# Used by `./pm services` and by the test fixtures, so both run the database the same way.
set -euo pipefail

cmd=${1:?start|stop|status}
dir=${2:?data folder}
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
pidfile="$dir/influxd.pid"

name=influxd
# shellcheck source=scripts/services/pidfile.sh
. "$(dirname "${BASH_SOURCE[0]}")/pidfile.sh"

case "$cmd" in
  start)
    port=${3:?port}
    if is_running; then echo "influxd already running (pid $(cat "$pidfile"))"; exit 0; fi
    rpc_port=${INFLUX_RPC_PORT:-$((port + 1))}
    # Every /var/lib/influxdb path goes into DIR; HTTP and RPC bind to loopback only
    # (the defaults listen on all interfaces). Reporting is off: there is no network.
    influxd config 2>/dev/null \
      | sed -e "s#/var/lib/influxdb#$dir#g" \
            -e "s#^bind-address = .*#bind-address = \"127.0.0.1:$rpc_port\"#" \
            -e "s#^  bind-address = \":8086\"#  bind-address = \"127.0.0.1:$port\"#" \
            -e "s#^reporting-disabled = false#reporting-disabled = true#" \
            -e "s#^  log-enabled = true#  log-enabled = false#" \
            -e "s#^  query-log-enabled = true#  query-log-enabled = false#" \
            -e "s#^  max-body-size = .*#  max-body-size = 0#" \
      > "$dir/influxdb.conf"
    grep -q "127.0.0.1:$port" "$dir/influxdb.conf" || { echo "could not set the HTTP bind address in $dir/influxdb.conf" >&2; exit 1; }
    influxd -config "$dir/influxdb.conf" > "$dir/influxd.log" 2>&1 &
    echo $! > "$pidfile"
    ping() { [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/ping" || true)" = 204 ]; }
    wait_until_ready 30 "$dir/influxd.log" ping || exit 1
    ;;
  stop) stop_by_pid 15 ;;
  status) status_by_pid ;;
  *) echo "unknown command $cmd (start|stop|status)" >&2; exit 2 ;;
esac
