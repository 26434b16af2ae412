#!/usr/bin/env bash
# Footprint of the edge agent: runs it for N minutes against a private Mosquitto, sampling the
# simulated purifier at 10 Hz (ten scalar channels, and six features of a 1 kHz vibration capture of
# 1000 samples, computed once per capture), and reports peak resident memory, mean CPU share of one
# core (own CPU time over wall time) and the size of the deployable folder.
# Usage: edge-bench.sh [--minutes N] [--app PATH | --aot]   Last line: edge minutes=<m> rss_mb=<x> cpu_pct=<y> package_mb=<z>
# --app: a published agent instead of the build output (an executable, e.g. a trimmed self-contained
# or NativeAOT publish, or a .dll run with dotnet); package_mb is then the size of its folder.
# --aot: publish the agent with NativeAOT for linux-x64 into a temporary folder first (needs clang,
# zlib1g-dev and the NativeAOT packs in the feed) and bench that.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
minutes=10
while [ $# -gt 0 ]; do
  case "$1" in
    --minutes) minutes=$2; shift 2 ;;
    --app) app=$2; shift 2 ;;
    --aot) aot=1; shift ;;
    -h|--help) sed -n '2,10p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done
work=$(mktemp -d /tmp/pm-edge-bench-XXXXXX)
if [ -n "${aot:-}" ]; then
  # The platform library has trim warnings (IL2026, data-annotation validation); see edge/README.md.
  echo "publishing NativeAOT (linux-x64) into $work/aot" >&2
  dotnet publish "$ROOT/edge/PredictMaint.Edge" -c Release -r linux-x64 -p:PublishAot=true -p:TreatWarningsAsErrors=false \
    -o "$work/aot" -nologo -clp:ErrorsOnly -v:quiet >&2 || { echo "NativeAOT publish failed (clang, zlib1g-dev and the NativeAOT packs are needed)" >&2; exit 1; }
  app=$work/aot/PredictMaint.Edge
fi
app=${app:-$ROOT/edge/PredictMaint.Edge/bin/${PM_CONFIGURATION:-Release}/net10.0/PredictMaint.Edge.dll}
bin=$(cd "$(dirname "$app")" && pwd)
case "$app" in *.dll) run=(dotnet "$app") ;; *) run=("$app") ;; esac
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
user_sys() { awk '{print $14, $15}' "/proc/$agent/stat"; }
sleep 5 # start-up (JIT) is not the steady state being measured
start_cpu=$(cpu); start_split=$(user_sys); start_ns=$(date +%s%N); peak_kb=0
end=$(( $(date +%s) + minutes * 60 ))
while [ "$(date +%s)" -lt "$end" ]; do
  kill -0 "$agent" 2>/dev/null || { echo "the agent exited; see its log:" >&2; cat "$work/agent.log" >&2; exit 1; }
  rss=$(awk '/VmRSS/ {print $2}' "/proc/$agent/status")
  [ "$rss" -gt "$peak_kb" ] && peak_kb=$rss
  sleep 1
done
cpu_pct=$(awk -v c0="$start_cpu" -v c1="$(cpu)" -v t0="$start_ns" -v t1="$(date +%s%N)" -v hz="$ticks" \
  'BEGIN { printf "%.2f", 100 * ((c1 - c0) / hz) / ((t1 - t0) / 1e9) }')
package_kb=$(du -sk --exclude='*.pdb' --exclude='*.dbg' --exclude='linux-*' "$bin" | cut -f1) # symbols are not deployed; linux-*: a publish's intermediate output
# The machine is shared: the load average says how noisy the CPU figure is (own CPU time / wall time).
read -r u0 s0 <<< "$start_split"; read -r u1 s1 <<< "$(user_sys)"
awk -v u="$((u1 - u0))" -v s="$((s1 - s0))" -v hz="$ticks" -v load="$(cut -d' ' -f1-3 /proc/loadavg)" \
  'BEGIN { printf "cpu user_s=%.2f sys_s=%.2f load_average=%s\n", u / hz, s / hz, load }' >&2
echo "published $(grep -c . "$work/agent.log" || true) log lines; queue at end: $(ls "$work/queue")" >&2
awk -v m="$minutes" -v r="$peak_kb" -v c="$cpu_pct" -v p="$package_kb" \
  'BEGIN { printf "edge minutes=%s rss_mb=%.1f cpu_pct=%s package_mb=%.1f\n", m, r / 1024, c, p / 1024 }'
