#!/usr/bin/env bash
# Replay throughput of the edge agent after an outage: its queue holds N samples of the simulated
# purifier (what an outage of N/10 s leaves at 10 Hz); the agent starts against a private Mosquitto
# while sampling at 10 Hz goes on, and the backlog's drain rate (acknowledged by the broker) is timed.
# Usage: edge-replay-bench.sh [--samples N] [--app PATH] [--Section:Key=value ...] (agent settings, e.g. --Uplink:MaxSamplesPerMessage=200)
# Last line: edge-replay samples=<n> drained_per_s=<x> drained_per_cpu_s=<y> peak_rss_mb=<m>
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
samples=100000
extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    --samples) samples=$2; shift 2 ;;
    --app) app=$2; shift 2 ;;
    --*:*) extra+=("$1"); shift ;;
    -h|--help) sed -n '2,6p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown argument $1 (try --help)" >&2; exit 2 ;;
  esac
done
app=${app:-$ROOT/edge/PredictMaint.Edge/bin/${PM_CONFIGURATION:-Release}/net10.0/PredictMaint.Edge.dll}
case "$app" in *.dll) run=(dotnet "$app") ;; *) run=("$app") ;; esac
work=$(mktemp -d /tmp/pm-edge-replay-XXXXXX)
port=$(( 20000 + RANDOM % 20000 ))
cleanup() {
  "$ROOT/scripts/services/mosquitto.sh" stop "$work/mosquitto" >&2 || true
  rm -rf "$work"
}
trap cleanup EXIT
"$ROOT/scripts/services/mosquitto.sh" start "$work/mosquitto" "$port" >&2
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
"${run[@]}" replay-bench --samples "$samples" --Mqtt:Port="$port" --Sampling:SampleInterval=00:00:00.100 \
  --Logging:LogLevel:Default=Warning "${extra[@]}"
