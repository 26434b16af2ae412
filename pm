#!/usr/bin/env bash
# PredictMaint entry point. Run `./pm --help`.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cd "$ROOT"

export PM_DATA=${PM_DATA:-$ROOT/.data}
export PM_MQTT_PORT=${PM_MQTT_PORT:-18830}
export PM_INFLUX_PORT=${PM_INFLUX_PORT:-18086}
export PM_TICKETING_PORT=${PM_TICKETING_PORT:-18080}
export PM_INGEST_PORT=${PM_INGEST_PORT:-18081}
export PM_PREDICTOR_PORT=${PM_PREDICTOR_PORT:-18082}
export PM_CONFIGURATION=${PM_CONFIGURATION:-Release}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# Debian packages the project needs (servers, native libraries, tools the tests drive).
APT_PACKAGES=(mosquitto mosquitto-clients influxdb influxdb-client curl)

usage() {
  cat <<'USAGE'
Usage: ./pm COMMAND [ARGS]

Commands:
  setup                 Install missing Debian packages (apt-get, as root), restore and build.
  services up|down|status
                        Start/stop Mosquitto and InfluxDB on 127.0.0.1 with data in .data/.
  demo [--devices N] [--days N] [--minutes N] [--seed N]
                        The main job: simulated fleet -> MQTT -> ingest -> InfluxDB ->
                        predictor -> tickets; prints tickets versus ground truth and keeps
                        the ticket API running until Ctrl+C.
  test [FILTER]         setup, then the whole test suite (optionally a dotnet test --filter);
                        ends with 'N passed, N failed[, N skipped]'.
  bench mqtt [ARGS]     MQTT QoS 1 throughput of our client versus mosquitto_pub/sub.
  bench ingest [ARGS]   InfluxDB's raw write limit versus MQTT -> ingest -> InfluxDB (same points);
                        last line 'ingest points=.. raw_pps=.. e2e_pps=.. ratio=.. peak_rss_mb=.. lost=..'.

Environment: PM_MQTT_PORT (18830), PM_INFLUX_PORT (18086), PM_TICKETING_PORT (18080),
PM_INGEST_PORT (18081), PM_PREDICTOR_PORT (18082), PM_DATA (.data), PM_CONFIGURATION (Release).
USAGE
}

log() { printf '\033[1m[pm]\033[0m %s\n' "$*" >&2; }

missing_packages() {
  local missing=()
  for p in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  echo "${missing[@]:-}"
}

cmd_setup() {
  local missing
  missing=$(missing_packages)
  if [ -n "$missing" ]; then
    if [ "$(id -u)" = 0 ]; then
      log "installing Debian packages: $missing"
      DEBIAN_FRONTEND=noninteractive apt-get update -qq
      # shellcheck disable=SC2086
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
    else
      echo "Missing Debian packages: $missing" >&2
      echo "Run as root: apt-get update && apt-get install -y $missing" >&2
      exit 1
    fi
  fi
  # Debian starts the packaged daemons; ours run on their own ports, so the system ones are left alone.
  command -v dotnet >/dev/null || { echo "dotnet (the .NET 10 SDK) is not on PATH; install it first." >&2; exit 1; }
  log "restoring and building ($PM_CONFIGURATION)"
  dotnet build PredictMaint.sln -c "$PM_CONFIGURATION" -nologo -clp:ErrorsOnly -v:quiet
}

cmd_services() {
  local action=${1:-status}
  case "$action" in
    up)
      scripts/services/mosquitto.sh start "$PM_DATA/mosquitto" "$PM_MQTT_PORT"
      INFLUX_RPC_PORT=$((PM_INFLUX_PORT + 1)) scripts/services/influxdb.sh start "$PM_DATA/influxdb" "$PM_INFLUX_PORT"
      ;;
    down)
      scripts/services/mosquitto.sh stop "$PM_DATA/mosquitto" || true
      scripts/services/influxdb.sh stop "$PM_DATA/influxdb" || true
      ;;
    status)
      local rc=0
      scripts/services/mosquitto.sh status "$PM_DATA/mosquitto" || rc=1
      scripts/services/influxdb.sh status "$PM_DATA/influxdb" || rc=1
      return $rc
      ;;
    *) echo "unknown: services $action (up|down|status)" >&2; exit 2 ;;
  esac
}

cmd_test() {
  cmd_setup
  local results="$PM_DATA/test-results"
  rm -rf "$results"; mkdir -p "$results"
  local filter=()
  [ $# -gt 0 ] && filter=(--filter "$1")
  log "running tests"
  set +e
  dotnet test PredictMaint.sln -c "$PM_CONFIGURATION" --no-build -nologo \
    --logger "trx" --results-directory "$results" "${filter[@]}" 2>&1 | tee "$results/console.log"
  local rc=${PIPESTATUS[0]}
  set -e
  scripts/test-summary.sh "$results"
  local summary_rc=$?
  [ $rc -ne 0 ] && exit $rc
  exit $summary_rc
}

cmd_bench() {
  local what=${1:-}
  case "$what" in
    mqtt) shift; cmd_setup >&2; dotnet run --project tests/PredictMaint.Benchmarks -c "$PM_CONFIGURATION" --no-build -- mqtt "$@" ;;
    ingest) shift; cmd_setup >&2; dotnet run --project tests/PredictMaint.Benchmarks -c "$PM_CONFIGURATION" --no-build -- ingest "$@" ;;
    ""|-h|--help) echo "Usage: ./pm bench mqtt [--messages N] [--payload-bytes N] | ./pm bench ingest [--points N] [--samples-per-message N] [--batch N] [--devices N]" ;;
    *) echo "unknown benchmark '$what' (try: ./pm bench mqtt, ./pm bench ingest)" >&2; exit 2 ;;
  esac
}

case "${1:-}" in
  setup) shift; cmd_setup "$@" ;;
  services) shift; cmd_services "$@" ;;
  demo) shift; cmd_setup; exec scripts/demo.sh "$@" ;;
  test) shift; cmd_test "$@" ;;
  bench) shift; cmd_bench "$@" ;;
  -h|--help|help|"") usage ;;
  *) echo "unknown command '$1'" >&2; usage >&2; exit 2 ;;
esac
