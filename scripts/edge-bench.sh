#!/usr/bin/env bash
# Footprint of the edge agent: runs it for N minutes against a private Mosquitto, sampling the
# simulated purifier (13 channels, seven of them features of a 1024-point vibration window at 2048 Hz) at 10 Hz, and
# reports peak resident memory, mean CPU share of one core and the size of the deployable folder.
# Usage: edge-bench.sh [--minutes N] [--app PATH]   Last line: edge minutes=<m> rss_mb=<x> cpu_pct=<y> package_mb=<z>
# --app: a published agent instead of the build output (an executable, e.g. a trimmed self-contained
# or NativeAOT publish, or a .dll run with dotnet); package_mb is then the size of its folder.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
minutes=10
while [ $# -gt 0 ]; do
  case "$1" in
    --minutes) minutes=$2; shift 2 ;;
    --app) app=$2; shift 2 ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done
app=${app:-$ROOT/edge/PredictMaint.Edge/bin/${PM_CONFIGURATION:-Release}/net10.0/PredictMaint.Edge.dll}
bin=$(cd "$(dirname "$app")" && pwd)
case "$app" in *.dll) run=(dotnet "$app") ;; *) run=("$app") ;; esac
work=$(mktemp -d /tmp/pm-edge-bench-XXXXXX)
port=$(( 20000 + RANDOM % 20000 ))
"$ROOT/scripts/services/mosquitto.sh" start "$work/mosquitto" "$port" >&2
cleanup() {
  [ -n "${agent:-}" ] && kill "$agent" 2>/dev/null && wait "$agent" 2>/dev/null || true
  "$ROOT/scripts/services/mosquitto.sh" stop "$work/mosquitto" >&2 || true
  rm -rf "$work"
}
trap cleanup EXIT
"${run[@]}" --Mqtt:Port="$port" --Queue:Directory="$work/queue" \
  --Sampling:SampleInterval=00:00:00.100 --Uplink:MaxBatchAge=00:00:05 --Logging:LogLevel:Default=Warning > "$work/agent.log" 2>&1 &
agent=$!
ticks=$(getconf CLK_TCK)
cpu() { awk '{print $14 + $15}' "/proc/$agent/stat"; }
sleep 5 # start-up (JIT) is not the steady state being measured
start_cpu=$(cpu); start_ns=$(date +%s%N); peak_kb=0
end=$(( $(date +%s) + minutes * 60 ))
while [ "$(date +%s)" -lt "$end" ]; do
  kill -0 "$agent" 2>/dev/null || { echo "the agent exited; see its log:" >&2; cat "$work/agent.log" >&2; exit 1; }
  rss=$(awk '/VmRSS/ {print $2}' "/proc/$agent/status")
  [ "$rss" -gt "$peak_kb" ] && peak_kb=$rss
  sleep 1
done
cpu_pct=$(awk -v c0="$start_cpu" -v c1="$(cpu)" -v t0="$start_ns" -v t1="$(date +%s%N)" -v hz="$ticks" \
  'BEGIN { printf "%.2f", 100 * ((c1 - c0) / hz) / ((t1 - t0) / 1e9) }')
package_kb=$(du -sk --exclude='*.pdb' "$bin" | cut -f1)
echo "published $(grep -c . "$work/agent.log" || true) log lines; queue at end: $(ls "$work/queue")" >&2
awk -v m="$minutes" -v r="$peak_kb" -v c="$cpu_pct" -v p="$package_kb" \
  'BEGIN { printf "edge minutes=%s rss_mb=%.1f cpu_pct=%s package_mb=%.1f\n", m, r / 1024, c, p / 1024 }'
