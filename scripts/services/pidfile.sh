# Shared by the service scripts that track a server by a PID file (sourced, not run).
# The caller sets: name (for messages) and pidfile.

is_running() { [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; }

# stop_by_pid SECONDS: SIGTERM, wait up to SECONDS for a clean exit, then SIGKILL.
stop_by_pid() {
  if is_running; then
    local pid; pid=$(cat "$pidfile")
    kill "$pid"
    for _ in $(seq 1 $(($1 * 10))); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
    echo "$name stopped (pid $pid)"
  fi
  rm -f "$pidfile"
}

# wait_until_ready SECONDS LOG CHECK...: polls CHECK every 0.1 s until it succeeds (exit 0),
# the server exits (prints the tail of LOG, exit 1) or SECONDS pass (exit 1).
wait_until_ready() {
  local seconds=$1 log=$2; shift 2
  for _ in $(seq 1 $((seconds * 10))); do
    if "$@"; then echo "$name up${port:+ on 127.0.0.1:$port} (pid $(cat "$pidfile"))"; return 0; fi
    if ! is_running; then echo "$name exited; see $log" >&2; tail -20 "$log" >&2; return 1; fi
    sleep 0.1
  done
  echo "$name did not become ready within $seconds s; see $log" >&2
  return 1
}

status_by_pid() {
  if is_running; then echo "$name running (pid $(cat "$pidfile"))"; else echo "$name stopped"; return 3; fi
}
