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
export PM_POSTGRES_PORT=${PM_POSTGRES_PORT:-15432}
# PostgreSQL runs as user postgres, which must reach its folder: /tmp rather than the checkout.
export PM_POSTGRES_DATA=${PM_POSTGRES_DATA:-/tmp/pm-postgres-$PM_POSTGRES_PORT}
export PM_CONFIGURATION=${PM_CONFIGURATION:-Release}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# Debian packages the project needs (servers, native libraries, tools the tests drive).
APT_PACKAGES=(mosquitto mosquitto-clients influxdb influxdb-client curl libgpiod2 postgresql libmodbus5 mbpoll chromium python3-aiosmtpd clang zlib1g-dev openssl)

usage() {
  cat <<'USAGE'
Usage: ./pm COMMAND [ARGS]

Commands:
  setup                 Install missing Debian packages (apt-get, as root), create the broker's PKI
                        and service accounts in $PM_DATA/pki (only what is absent), restore and build.
  services up|down|status
                        Start/stop Mosquitto (secured: TLS, passwords, ACL), InfluxDB (data in
                        .data/) and PostgreSQL (data in $PM_POSTGRES_DATA) on 127.0.0.1.
  provision device --site S --device D [--out DIR]
                        A device account on the secured broker and its edge agent bundle (edge.json
                        with host, port, CA, user, password; ca.crt); ./pm provision --help.
  provision service NAME
                        (Re)create a service account (ingest, predictor, operator, firmware-sim).
  demo [--devices N] [--edge-devices N] [--days N] [--minutes N] [--seed N] [--no-wait]
                        The main job: simulated fleet (a few through real edge agents over
                        Modbus) -> MQTT -> ingest -> InfluxDB -> predictor -> tickets; live
                        progress, tickets versus ground truth, then the planner pages and offer
                        mails until Ctrl+C (./pm demo --help).
  test [FILTER]         setup, then the whole test suite (optionally a dotnet test --filter);
                        ends with 'N passed, N failed[, N skipped]'.
  bench mqtt [ARGS]     MQTT QoS 1 throughput of our client versus mosquitto_pub/sub.
  eval nab|cmapss|filter|multivariate|fleet [ARGS]
                        Score the models on public benchmarks (./pm eval --help); data sets by
                        path, e.g. ./pm eval nab --data ../shared/datasets/nab.
  bench edge [--minutes N] [--aot]
                        Edge agent footprint (RSS, CPU, package size) over N minutes (10); --aot
                        benches a NativeAOT publish; last line
                        'edge minutes=<m> rss_mb=<x> cpu_pct=<y> package_mb=<z>'.
  bench edge-replay [--samples N]
                        Edge queue drain after an outage: N queued samples (100000) replayed to a
                        private Mosquitto; last line
                        'edge-replay samples=<n> drained_per_s=<x> drained_per_cpu_s=<y> peak_rss_mb=<m>'.
  drill --short | --devices N --days D [--minutes M] [--seed S]
                        The whole pipeline as processes on private servers (free ports, temp folder)
                        while broker restarts, InfluxDB outages and kill -9 of ingest and edge agents
                        are injected; checks lost samples and tickets versus ground truth; last line
                        'drill devices=<n> samples=<s> lost=<k> failures=<f> ticketed=<t> false_tickets=<k>
                        max_rss_mb=<m> errors=<k>' (--short: ~3 minutes; ./pm drill --help).
  drill edge-powercut [--kills N]
                        SIGKILL the edge queue writer N times (20) during heavy writes; last line
                        'edge-powercut kills=<n> lost=<k> corrupt=<k>'.
  bench sim [--devices N] [--days D]
                        100,000 simulated devices straight to a private Mosquitto; last line
                        'sim devices=<n> simulated_days=<d> msgs_per_s=<x> peak_rss_mb=<m>'.
  sim SUBCOMMAND [ARGS] The firmware simulator (run, export, compare); ./pm sim --help.
                        e.g. ./pm sim export --devices 100 --days 60 --seed 1 --out data/
  bench ingest [ARGS]   InfluxDB's raw write limit versus MQTT -> ingest -> InfluxDB (same points);
                        last line 'ingest points=.. raw_pps=.. e2e_pps=.. ratio=.. peak_rss_mb=.. lost=..'
                        then two instances, CPU per point and more; --peers adds Node-RED (npm).
  bench ticketing [--clients C] [--seconds S]
                        Clients creating and walking tickets over HTTP on a private PostgreSQL; last
                        line 'ticketing db=postgres clients=<c> ops_per_s=<x> p50_ms=<a> p99_ms=<b> errors=<k>'.
  bench predictor [--devices N] [--days D] [--seed S] [--read-devices M] [--evaluations K] [--workers W]
                        The predictor's real bearing + pump scoring over N generated devices (100000)
                        x D days of hourly rollups, timed on all cores, and its rollup reader on a
                        private InfluxDB for M devices (1000), extrapolated to N; last line
                        'predictor devices=<n> compute_s=<x> read_s=<y>' (--help for the options).
  audit verify (--db FILE | --connection STR | --file EXPORT.jsonl [--full])
                        Check the ticket audit hash chains in a database or an export file;
                        exit 1 when tampered.

Environment: PM_MQTT_PORT (18830), PM_INFLUX_PORT (18086), PM_TICKETING_PORT (18080),
PM_INGEST_PORT (18081), PM_PREDICTOR_PORT (18082), PM_POSTGRES_PORT (15432), PM_POSTGRES_DATA (/tmp/pm-postgres-PORT),
PM_DATA (.data), PM_CONFIGURATION (Release).
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
  broker_pki
  command -v dotnet >/dev/null || { echo "dotnet (the .NET 10 SDK) is not on PATH; install it first." >&2; exit 1; }
  log "restoring and building ($PM_CONFIGURATION)"
  dotnet build PredictMaint.sln -c "$PM_CONFIGURATION" -nologo -clp:ErrorsOnly -v:quiet
}

# The secured broker's CA, certificate and service accounts (scripts/pki.sh, scripts/mqtt-accounts.sh).
broker_pki() {
  scripts/pki.sh init "$PM_DATA/pki" >&2
  scripts/mqtt-accounts.sh init "$PM_DATA/pki" >&2
}

cmd_services() {
  local action=${1:-status}
  case "$action" in
    up)
      broker_pki
      scripts/services/mosquitto.sh start "$PM_DATA/mosquitto" "$PM_MQTT_PORT" --secure "$PM_DATA/pki"
      INFLUX_RPC_PORT=$((PM_INFLUX_PORT + 1)) scripts/services/influxdb.sh start "$PM_DATA/influxdb" "$PM_INFLUX_PORT"
      scripts/services/postgres.sh start "$PM_POSTGRES_DATA" "$PM_POSTGRES_PORT"
      ;;
    down)
      scripts/services/mosquitto.sh stop "$PM_DATA/mosquitto" || true
      scripts/services/influxdb.sh stop "$PM_DATA/influxdb" || true
      scripts/services/postgres.sh stop "$PM_POSTGRES_DATA" || true
      ;;
    status)
      local rc=0
      scripts/services/mosquitto.sh status "$PM_DATA/mosquitto" || rc=1
      scripts/services/influxdb.sh status "$PM_DATA/influxdb" || rc=1
      scripts/services/postgres.sh status "$PM_POSTGRES_DATA" || rc=1
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

# Direct-MQTT fleet on a private Mosquitto in a temp folder (stopped by its PID on exit).
bench_sim() {
  local devices=100000 days=1 connections=64
  while [ $# -gt 0 ]; do
    case "$1" in
      --devices) devices=$2; shift 2 ;;
      --days) days=$2; shift 2 ;;
      --connections) connections=$2; shift 2 ;;
      *) echo "unknown option $1 (--devices N --days D --connections C)" >&2; exit 2 ;;
    esac
  done
  local dir port
  dir=$(mktemp -d "${TMPDIR:-/tmp}/pm-bench-sim.XXXXXX")
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  trap 'scripts/services/mosquitto.sh stop "'"$dir"'/mosquitto" >&2 || true; rm -rf "'"$dir"'"' EXIT
  scripts/services/mosquitto.sh start "$dir/mosquitto" "$port" >&2
  log "bench sim: $devices devices, $days simulated day(s), $connections MQTT connections, broker 127.0.0.1:$port"
  dotnet "firmware-sim/PredictMaint.FirmwareSim/bin/$PM_CONFIGURATION/net10.0/pm-firmware-sim.dll" run \
    --devices "$devices" --days "$days" --connections "$connections" --mqtt-port "$port" \
    --truth "$dir/ground-truth.json" --bench 2>"$dir/sim.log" | tail -n 1 > "$dir/result"
  tail -n 1 "$dir/sim.log" >&2
  cat "$dir/result"
}

cmd_bench() {
  local what=${1:-}
  case "$what" in
    mqtt) shift; cmd_setup >&2; dotnet run --project tests/PredictMaint.Benchmarks -c "$PM_CONFIGURATION" --no-build -- mqtt "$@" ;;
    edge) shift; cmd_setup >&2; scripts/edge-bench.sh "$@" ;;
    edge-replay) shift; cmd_setup >&2; scripts/edge-replay-bench.sh "$@" ;;
    sim) shift; cmd_setup >&2; bench_sim "$@" ;;
    ingest) shift; cmd_setup >&2; dotnet run --project tests/PredictMaint.Benchmarks -c "$PM_CONFIGURATION" --no-build -- ingest "$@" ;;
    ticketing) shift; cmd_setup >&2; dotnet run --project tests/PredictMaint.Benchmarks -c "$PM_CONFIGURATION" --no-build -- ticketing "$@" ;;
    predictor)
      shift
      case " $* " in *" --help "*|*" -h "*) ;; *) cmd_setup >&2 ;; esac
      dotnet run --project tests/PredictMaint.Benchmarks -c "$PM_CONFIGURATION" --no-build -- predictor "$@" ;;
    ""|-h|--help) printf '%s\n' "Usage: ./pm bench mqtt [--messages N] [--payload-bytes N]" \
      "       ./pm bench edge [--minutes N] [--aot]" \
      "       ./pm bench edge-replay [--samples N]" \
      "       ./pm bench sim [--devices N] [--days D] [--connections C]" \
      "       ./pm bench ingest [--points N] [--samples-per-message N] [--batch N] [--devices N] [--peers]" \
      "       ./pm bench ticketing [--clients C] [--seconds S]" \
      "       ./pm bench predictor [--devices N] [--days D] [--seed S] [--read-devices M] [--evaluations K] [--workers W]" \
      "                            (./pm bench predictor --help explains each option)" ;;
    *) echo "unknown benchmark '$what' (try: ./pm bench mqtt|edge|edge-replay|sim|ingest|ticketing|predictor)" >&2; exit 2 ;;
  esac
}

cmd_sim() {
  cmd_setup >&2
  exec dotnet "firmware-sim/PredictMaint.FirmwareSim/bin/$PM_CONFIGURATION/net10.0/pm-firmware-sim.dll" "$@"
}

cmd_eval() {
  cmd_setup >&2
  exec dotnet "predictor/PredictMaint.Predictor.Evaluation/bin/$PM_CONFIGURATION/net10.0/pm-eval.dll" "$@"
}

cmd_drill() {
  local what=${1:-}
  local drill="tests/PredictMaint.Benchmarks/bin/$PM_CONFIGURATION/net10.0/PredictMaint.Benchmarks.dll"
  case "$what" in
    edge-powercut) shift; cmd_setup >&2
      dotnet "edge/PredictMaint.Edge/bin/$PM_CONFIGURATION/net10.0/PredictMaint.Edge.dll" drill-powercut "$@" ;;
    ""|-h|--help) [ -f "$drill" ] && dotnet "$drill" drill --help || echo "Usage: ./pm drill --short | --devices N --days D [--minutes M] [--seed S] | edge-powercut [--kills N] (./pm setup first for the details)" ;;
    --*) cmd_setup >&2; dotnet "$drill" drill "$@" ;;
    *) echo "unknown drill '$what' (try: ./pm drill --short, ./pm drill --devices N --days D, ./pm drill edge-powercut)" >&2; exit 2 ;;
  esac
}

case "${1:-}" in
  sim) shift; cmd_sim "$@" ;;
  setup) shift; cmd_setup "$@" ;;
  services) shift; cmd_services "$@" ;;
  demo) shift; case " $* " in *" --help "*|*" -h "*) ;; *) cmd_setup ;; esac; exec scripts/demo.sh "$@" ;;
  test) shift; cmd_test "$@" ;;
  bench) shift; cmd_bench "$@" ;;
  eval) shift; cmd_eval "$@" ;;
  drill) shift; cmd_drill "$@" ;;
  provision) shift; exec scripts/provision.sh "$@" ;;
  audit) shift; cmd_setup >&2; exec dotnet "ticketing/PredictMaint.Ticketing/bin/$PM_CONFIGURATION/net10.0/PredictMaint.Ticketing.dll" audit "$@" ;;
  -h|--help|help|"") usage ;;
  *) echo "unknown command '$1'" >&2; usage >&2; exit 2 ;;
esac
