#!/usr/bin/env bash
# Start or stop an SMTP sink on 127.0.0.1 that stores every mail it receives as a file in
# DIR/mail/new (a Maildir), using Debian's python3-aiosmtpd. For tests and local runs: it
# accepts any sender and recipient and delivers nothing onwards.
# Usage: smtp-sink.sh start DIR PORT | stop DIR | status DIR
set -euo pipefail

cmd=${1:?start|stop|status}
dir=${2:?data folder}
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
pidfile="$dir/smtp-sink.pid"

name=smtp-sink
# shellcheck source=scripts/services/pidfile.sh
. "$(dirname "${BASH_SOURCE[0]}")/pidfile.sh"

case "$cmd" in
  start)
    port=${3:?port}
    if is_running; then echo "smtp-sink already running (pid $(cat "$pidfile"))"; exit 0; fi
    # Debian's interpreter on purpose: the first python3 on PATH may not see Debian's packages.
    /usr/bin/python3 -m aiosmtpd -n -l "127.0.0.1:$port" -c aiosmtpd.handlers.Mailbox "$dir/mail" \
      > "$dir/smtp-sink.log" 2>&1 &
    echo $! > "$pidfile"
    port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; }
    wait_until_ready 10 "$dir/smtp-sink.log" port_open || exit 1
    ;;
  stop) stop_by_pid 10 ;;
  status) status_by_pid ;;
  *) echo "unknown command $cmd (start|stop|status)" >&2; exit 2 ;;
esac
