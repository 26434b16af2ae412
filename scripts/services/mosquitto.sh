#!/usr/bin/env bash
# Start or stop a Mosquitto broker on 127.0.0.1 with its config, persistence and log in DIR.
# Usage: mosquitto.sh start DIR PORT [EXTRA_CONF_FILE | --secure PKI_DIR] | stop DIR | status DIR
# Without options the listener is plain and anonymous (test fixtures, benches). --secure: TLS 1.2+
# with PKI_DIR's broker certificate, no anonymous clients, PKI_DIR's password file and ACL (made by
# scripts/pki.sh and scripts/mqtt-accounts.sh, i.e. ./pm setup); the broker's PID file is recorded
# in PKI_DIR/brokers so provisioning can make it reload its accounts.
# Used by `./pm services` and by the test fixtures, so both run the broker the same way.
set -euo pipefail

cmd=${1:?start|stop|status}
dir=${2:?data folder}
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
pidfile="$dir/mosquitto.pid"

name=mosquitto
# shellcheck source=scripts/services/pidfile.sh
. "$(dirname "${BASH_SOURCE[0]}")/pidfile.sh"

case "$cmd" in
  start)
    port=${3:?port}
    extra=${4:-}
    secure=
    if [ "$extra" = --secure ]; then
      secure=$(cd "${5:?--secure needs the PKI folder}" && pwd)
      for f in ca.crt server.crt server.key passwd acl; do
        [ -f "$secure/$f" ] || { echo "$secure/$f is missing; run ./pm setup first (it creates the PKI and the broker accounts)." >&2; exit 1; }
      done
    fi
    if is_running; then echo "mosquitto already running (pid $(cat "$pidfile"))"; exit 0; fi
    # max_queued_messages 0 and a large in-flight window: the defaults (1000 queued, 20 in flight)
    # silently drop QoS 1 bursts to a slow subscriber and cap how many unacknowledged messages a
    # batching consumer (ingest acknowledges after the InfluxDB write) can hold.
    {
      echo "persistence true"
      echo "persistence_location $dir/"
      echo "autosave_interval 1"
      echo "log_dest file $dir/mosquitto.log"
      echo "log_type error"
      echo "log_type warning"
      echo "log_type notice"
      echo "max_queued_messages 0"
      echo "max_inflight_messages 1000"
      echo "max_packet_size 1048576"
      echo "per_listener_settings false"
      echo "listener $port 127.0.0.1"
      if [ -n "$secure" ]; then
        echo "allow_anonymous false"
        echo "password_file $secure/passwd"
        echo "acl_file $secure/acl"
        echo "cafile $secure/ca.crt"
        echo "certfile $secure/server.crt"
        echo "keyfile $secure/server.key"
        echo "tls_version tlsv1.2"
      elif [ -n "$extra" ]; then cat "$extra"; else echo "allow_anonymous true"; fi
    } > "$dir/mosquitto.conf"
    # Started as root, mosquitto drops to user "mosquitto" before it opens its log and
    # persistence file; without this it silently runs with neither (no sessions survive a restart).
    if [ "$(id -u)" = 0 ] && id mosquitto >/dev/null 2>&1; then chown mosquitto: "$dir"; fi
    mosquitto -c "$dir/mosquitto.conf" > "$dir/mosquitto.stdout" 2>&1 &
    echo $! > "$pidfile"
    port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; }
    wait_until_ready 10 "$dir/mosquitto.stdout" port_open || exit 1
    if [ -n "$secure" ]; then
      { [ -f "$secure/brokers" ] && cat "$secure/brokers"; echo "$pidfile"; } | sort -u > "$secure/brokers.tmp"
      mv "$secure/brokers.tmp" "$secure/brokers"
    fi
    ;;
  stop) stop_by_pid 10 ;;
  status) status_by_pid ;;
  *) echo "unknown command $cmd (start|stop|status)" >&2; exit 2 ;;
esac
