#!/usr/bin/env bash
# The walking-skeleton demo: a simulated fleet publishes over MQTT, ingest writes InfluxDB, the
# predictor raises filter predictions, ticketing turns them into tickets; then the tickets are
# compared with the simulator's ground truth. Called by `./pm demo` after setup.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

devices=50 days=30 minutes=2 seed=42 wait_for_ctrl_c=1
while [ $# -gt 0 ]; do
  case "$1" in
    --devices) devices=$2; shift 2 ;;
    --days) days=$2; shift 2 ;;
    --minutes) minutes=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --no-wait) wait_for_ctrl_c=0; shift ;;
    -h|--help)
      echo "Usage: ./pm demo [--devices N (50)] [--days N (30)] [--minutes N (2, real time)] [--seed N (42)] [--no-wait]"
      exit 0 ;;
    *) echo "unknown option $1 (see ./pm demo --help)" >&2; exit 2 ;;
  esac
done

conf=${PM_CONFIGURATION:-Release}
run="$PM_DATA/demo"
logs="$run/logs"
pids=()

log() { printf '\033[1m[demo]\033[0m %s\n' "$*" >&2; }

cleanup() {
  trap - INT TERM EXIT
  log "stopping everything the demo started"
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  scripts/services/mosquitto.sh stop "$run/mosquitto" >/dev/null || true
  scripts/services/influxdb.sh stop "$run/influxdb" >/dev/null || true
}
trap cleanup INT TERM EXIT

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for p in "$PM_MQTT_PORT" "$PM_INFLUX_PORT" "$PM_TICKETING_PORT" "$PM_INGEST_PORT" "$PM_PREDICTOR_PORT"; do
  port_free "$p" || { echo "port $p is in use (is './pm services up' or another demo running? try './pm services down')" >&2; exit 1; }
done

# A fresh run every time: data from an earlier demo would confuse the comparison.
for d in mosquitto influxdb; do scripts/services/"$d".sh stop "$run/$d" >/dev/null 2>&1 || true; done
rm -rf "$run"; mkdir -p "$logs"

log "starting Mosquitto (TLS, accounts and ACL of $PM_DATA/pki) and InfluxDB"
pki="$PM_DATA/pki"
scripts/services/mosquitto.sh start "$run/mosquitto" "$PM_MQTT_PORT" --secure "$pki" >&2
INFLUX_RPC_PORT=$((PM_INFLUX_PORT + 1)) scripts/services/influxdb.sh start "$run/influxdb" "$PM_INFLUX_PORT" >&2

predictor_key=$(head -c 24 /dev/urandom | base64 | tr -d '/+=')
planner_key=$(head -c 24 /dev/urandom | base64 | tr -d '/+=')
export PM_PLANNER_KEY=$planner_key
influx_url="http://127.0.0.1:$PM_INFLUX_PORT/"

start_service() { # name dll args...
  local name=$1 dll=$2; shift 2
  dotnet "$dll" "$@" > "$logs/$name.log" 2>&1 &
  pids+=($!)
}
wait_healthy() { # name url
  for _ in $(seq 1 300); do
    curl -sf "$2/healthz" >/dev/null 2>&1 && { log "$1 is up at $2"; return 0; }
    sleep 0.1
  done
  echo "$1 did not become healthy; see $logs/$1.log" >&2; tail -20 "$logs/$1.log" >&2; exit 1
}

log "starting ticketing, ingest and predictor"
Ticketing__DatabasePath="$run/tickets.db" \
Ticketing__ApiKeys__0__Name=predictor Ticketing__ApiKeys__0__Role=predictor Ticketing__ApiKeys__0__Key="$predictor_key" \
Ticketing__ApiKeys__1__Name=planner Ticketing__ApiKeys__1__Role=planner Ticketing__ApiKeys__1__Key="$planner_key" \
  start_service ticketing "ticketing/PredictMaint.Ticketing/bin/$conf/net10.0/PredictMaint.Ticketing.dll" --urls "http://127.0.0.1:$PM_TICKETING_PORT" \
  --Ticketing:DirectoryFile="$ROOT/ticketing/demo-directory.json"
  # The demo fleet's sites (site-001…site-010), technicians and stocked depots, so its tickets can be booked.
# Each service connects over TLS with its own broker account; passwords go by environment, not argv.
Mqtt__Password=$(cat "$pki/secrets/ingest.password") \
  start_service ingest "ingest/PredictMaint.Ingest/bin/$conf/net10.0/pm-ingest.dll" --urls "http://127.0.0.1:$PM_INGEST_PORT" \
  --Mqtt:Port="$PM_MQTT_PORT" --Mqtt:ClientId=pm-ingest-1 --Mqtt:Username=ingest --Mqtt:CaCertificateFile="$pki/ca.crt" --Influx:Url="$influx_url" --Influx:Database=predictmaint \
  --Ingest:Validation:MaxSampleAge=3650.00:00:00 --Ingest:Rollups:JournalFile="$run/ingest-rollups.journal"
  # The simulator plays past dates, and past end of life its outlet pressure falls below vacuum;
  # real devices keep the defaults (30 days, -101.3 kPa).
Predictor__TicketingApiKey="$predictor_key" Mqtt__Password=$(cat "$pki/secrets/predictor.password") \
  start_service predictor "predictor/PredictMaint.Predictor/bin/$conf/net10.0/pm-predictor.dll" --urls "http://127.0.0.1:$PM_PREDICTOR_PORT" \
  --Influx:Url="$influx_url" --Influx:Database=predictmaint --Predictor:TicketingUrl="http://127.0.0.1:$PM_TICKETING_PORT/" --Predictor:Interval=00:00:02 \
  --Mqtt:Port="$PM_MQTT_PORT" --Mqtt:ClientId=pm-predictor-0 --Mqtt:Username=predictor --Mqtt:CaCertificateFile="$pki/ca.crt"
wait_healthy ticketing "http://127.0.0.1:$PM_TICKETING_PORT"
wait_healthy ingest "http://127.0.0.1:$PM_INGEST_PORT"
wait_healthy predictor "http://127.0.0.1:$PM_PREDICTOR_PORT"

sim="firmware-sim/PredictMaint.FirmwareSim/bin/$conf/net10.0/pm-firmware-sim.dll"
log "simulating $devices purifiers over $days days in about $minutes minutes"
PM_MQTT_PASSWORD=$(cat "$pki/secrets/firmware-sim.password") \
  dotnet "$sim" run --devices "$devices" --days "$days" --minutes "$minutes" --seed "$seed" \
  --mqtt-port "$PM_MQTT_PORT" --mqtt-username firmware-sim --mqtt-ca-file "$pki/ca.crt" --truth "$run/ground-truth.json"

log "waiting for the pipeline to drain, then comparing tickets with the ground truth"
dotnet "$sim" compare --truth "$run/ground-truth.json" --influx-url "$influx_url" --influx-db predictmaint \
  --predictor-url "http://127.0.0.1:$PM_PREDICTOR_PORT/" --ticketing-url "http://127.0.0.1:$PM_TICKETING_PORT/"

echo
echo "Ticket API:  http://127.0.0.1:$PM_TICKETING_PORT/api/tickets"
echo "  curl -H 'Authorization: Bearer $planner_key' http://127.0.0.1:$PM_TICKETING_PORT/api/tickets"
echo "Ingest status: http://127.0.0.1:$PM_INGEST_PORT/status   Predictor status: http://127.0.0.1:$PM_PREDICTOR_PORT/status"
echo "Logs: $logs"
if [ "$wait_for_ctrl_c" = 1 ]; then
  echo "Press Ctrl+C to stop."
  while true; do sleep 3600 & wait $!; done
fi
