#!/usr/bin/env bash
# The product demo: a simulated fleet publishes over MQTT (most devices straight, a few through
# real edge agents reading a Modbus simulator), ingest writes InfluxDB, the predictor raises
# predictions, ticketing turns them into tickets that a planner approves in the browser, and the
# customer's offer mail lands in a local SMTP sink. The tickets are compared with the simulator's
# ground truth. Called by `./pm demo` after setup.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

usage() {
  cat <<'USAGE'
Usage: ./pm demo [--devices N] [--edge-devices N] [--days N] [--minutes N] [--seed N] [--no-wait]

Starts Mosquitto (TLS, per-device accounts, ACL), InfluxDB, an SMTP sink, ingest, predictor and
ticketing on 127.0.0.1 (data and logs in $PM_DATA/demo), then plays a fleet in accelerated time:

  --devices N       simulated purifiers publishing straight to MQTT with the simulator's
                    gateway account (50); their tickets are judged against the ground truth
  --edge-devices N  purifiers served over Modbus TCP by the simulator (one port each, from
                    PM_MODBUS_PORT, 18502), each read by a real edge agent with its own
                    provisioned account, TLS and disk queue (3; 0 = none). Edge agents stamp
                    samples with their own clock, so these are counted, not judged.
  --days N          simulated days (30)
  --minutes N       real minutes the simulated days take, for both fleets (2)
  --seed N          random seed of both fleets (42)
  --no-wait         end after the comparison instead of keeping the services up until Ctrl+C

While it runs, one progress line every 5 s: devices and samples stored (ingest), predictions
(predictor), tickets (ticketing), queue depth of each edge agent and offer mails received.
At the end: tickets versus ground truth, the edge devices' samples, the planner page (/login)
with a fresh demo password, and the folder where the customers' offer mails land once a planner
approves a ticket; until Ctrl+C a line when tickets or mails change and each offer mail's booking
link. Ctrl+C stops everything the demo started (by PID).
Ports: PM_MQTT_PORT, PM_INFLUX_PORT (+1), PM_TICKETING_PORT, PM_INGEST_PORT, PM_PREDICTOR_PORT,
PM_SMTP_PORT (18025), PM_MODBUS_PORT (18502, one per edge device).
USAGE
}

devices=50 edge_devices=3 days=30 minutes=2 seed=42 wait_for_ctrl_c=1
while [ $# -gt 0 ]; do
  case "$1" in
    --devices) devices=$2; shift 2 ;;
    --edge-devices) edge_devices=$2; shift 2 ;;
    --days) days=$2; shift 2 ;;
    --minutes) minutes=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --no-wait) wait_for_ctrl_c=0; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "unknown option $1 (see ./pm demo --help)" >&2; exit 2 ;;
  esac
done
[[ $edge_devices =~ ^[0-9]+$ ]] && [ "$edge_devices" -le 10 ] || { echo "--edge-devices takes 0-10" >&2; exit 2; }

conf=${PM_CONFIGURATION:-Release}
PM_SMTP_PORT=${PM_SMTP_PORT:-18025}
PM_MODBUS_PORT=${PM_MODBUS_PORT:-18502}
run="$PM_DATA/demo"
logs="$run/logs"
pids=()
progress_pid="" foreground_pid=""
edge_ids=()

log() { printf '\033[1m[demo]\033[0m %s\n' "$*" >&2; }

cleanup() {
  trap - INT TERM EXIT
  [ -n "$progress_pid" ] && kill "$progress_pid" 2>/dev/null || true
  [ -n "$foreground_pid" ] && kill "$foreground_pid" 2>/dev/null || true
  log "stopping everything the demo started"
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  scripts/services/smtp-sink.sh stop "$run/smtp" >/dev/null 2>&1 || true
  scripts/services/mosquitto.sh stop "$run/mosquitto" >/dev/null || true
  scripts/services/influxdb.sh stop "$run/influxdb" >/dev/null || true
}
trap cleanup EXIT
trap 'cleanup; exit 130' INT
trap 'cleanup; exit 143' TERM

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
ports=("$PM_MQTT_PORT" "$PM_INFLUX_PORT" "$((PM_INFLUX_PORT + 1))" "$PM_TICKETING_PORT" "$PM_INGEST_PORT" "$PM_PREDICTOR_PORT" "$PM_SMTP_PORT")
for ((k = 0; k < edge_devices; k++)); do ports+=("$((PM_MODBUS_PORT + k))"); done
for p in "${ports[@]}"; do
  port_free "$p" || { echo "port $p is in use (is './pm services up' or another demo running? try './pm services down')" >&2; exit 1; }
done

# A fresh run every time: data from an earlier demo would confuse the comparison.
for d in mosquitto influxdb; do scripts/services/"$d".sh stop "$run/$d" >/dev/null 2>&1 || true; done
scripts/services/smtp-sink.sh stop "$run/smtp" >/dev/null 2>&1 || true
rm -rf "$run"; mkdir -p "$logs"

log "starting Mosquitto (TLS, accounts and ACL of $PM_DATA/pki), InfluxDB and the SMTP sink"
pki="$PM_DATA/pki"
scripts/services/mosquitto.sh start "$run/mosquitto" "$PM_MQTT_PORT" --secure "$pki" >&2
INFLUX_RPC_PORT=$((PM_INFLUX_PORT + 1)) scripts/services/influxdb.sh start "$run/influxdb" "$PM_INFLUX_PORT" >&2
scripts/services/smtp-sink.sh start "$run/smtp" "$PM_SMTP_PORT" >&2

random_secret() { head -c "$1" /dev/urandom | base64 | tr -d '/+=\n'; }
predictor_key=$(random_secret 24)
planner_key=$(random_secret 24)
link_key=$(random_secret 48)
planner_password=$(random_secret 12)
export PM_PLANNER_KEY=$planner_key
influx_url="http://127.0.0.1:$PM_INFLUX_PORT/"
ticketing_url="http://127.0.0.1:$PM_TICKETING_PORT"
ingest_url="http://127.0.0.1:$PM_INGEST_PORT"
predictor_url="http://127.0.0.1:$PM_PREDICTOR_PORT"
ticketing_dll="ticketing/PredictMaint.Ticketing/bin/$conf/net10.0/PredictMaint.Ticketing.dll"
sim="firmware-sim/PredictMaint.FirmwareSim/bin/$conf/net10.0/pm-firmware-sim.dll"
edge_dll="edge/PredictMaint.Edge/bin/$conf/net10.0/PredictMaint.Edge.dll"

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

log "starting ticketing (planner pages, offer mails to the SMTP sink), ingest and predictor"
# The planner signs in with a password made for this run; ticketing keeps only its PBKDF2 hash.
planner_hash=$(printf '%s' "$planner_password" | dotnet "$ticketing_dll" hash-password)
Ticketing__DatabasePath="$run/tickets.db" \
Ticketing__ApiKeys__0__Name=predictor Ticketing__ApiKeys__0__Role=predictor Ticketing__ApiKeys__0__Key="$predictor_key" \
Ticketing__ApiKeys__1__Name=planner Ticketing__ApiKeys__1__Role=planner Ticketing__ApiKeys__1__Key="$planner_key" \
Ticketing__Web__Users__0__Name=planner Ticketing__Web__Users__0__Role=planner Ticketing__Web__Users__0__PasswordHash="$planner_hash" \
Ticketing__Offers__LinkSigningKey="$link_key" Ticketing__Offers__PublicBaseUrl="$ticketing_url/" \
Ticketing__Offers__SmtpHost=127.0.0.1 Ticketing__Offers__SmtpPort="$PM_SMTP_PORT" Ticketing__Offers__PollInterval=00:00:01 \
  start_service ticketing "$ticketing_dll" --urls "$ticketing_url" \
  --Ticketing:DirectoryFile="$ROOT/ticketing/demo-directory.json"
  # The demo fleet's sites (site-001…site-010), technicians and stocked depots, so its tickets can be booked.
# Each service connects over TLS with its own broker account; passwords go by environment, not argv.
Mqtt__Password=$(cat "$pki/secrets/ingest.password") \
  start_service ingest "ingest/PredictMaint.Ingest/bin/$conf/net10.0/pm-ingest.dll" --urls "$ingest_url" \
  --Mqtt:Port="$PM_MQTT_PORT" --Mqtt:ClientId=pm-ingest-1 --Mqtt:Username=ingest --Mqtt:CaCertificateFile="$pki/ca.crt" --Influx:Url="$influx_url" --Influx:Database=predictmaint \
  --Ingest:Validation:MaxSampleAge=3650.00:00:00 --Ingest:Rollups:JournalFile="$run/ingest-rollups.journal" \
  --Ingest:Rollups:Interval=00:00:01 --Ingest:Rollups:MinimumAge=00:00:01
  # The simulator plays past dates, and past end of life its outlet pressure falls below vacuum;
  # real devices keep the defaults (30 days, -101.3 kPa). Rollups every second: their default lag
  # (up to 35 s) is over a week of device time at the demo's speed, too stale for pumps and bearings.
Predictor__TicketingApiKey="$predictor_key" Mqtt__Password=$(cat "$pki/secrets/predictor.password") \
  start_service predictor "predictor/PredictMaint.Predictor/bin/$conf/net10.0/pm-predictor.dll" --urls "$predictor_url" \
  --Influx:Url="$influx_url" --Influx:Database=predictmaint --Predictor:TicketingUrl="$ticketing_url/" --Predictor:Interval=00:00:02 \
  --Mqtt:Port="$PM_MQTT_PORT" --Mqtt:ClientId=pm-predictor-0 --Mqtt:Username=predictor --Mqtt:CaCertificateFile="$pki/ca.crt"
wait_healthy ticketing "$ticketing_url"
wait_healthy ingest "$ingest_url"
wait_healthy predictor "$predictor_url"

# Both fleets run the same simulated days in the same real minutes.
speed=$(awk -v d="$days" -v m="$minutes" 'BEGIN { printf "%.0f", d * 86400 / (m * 60) }')
if [ "$edge_devices" -gt 0 ]; then
  log "serving $edge_devices purifiers over Modbus TCP on 127.0.0.1:$PM_MODBUS_PORT.. ($speed simulated s per s)"
  start_service modbus-sim "$sim" modbus --port-per-device --port "$PM_MODBUS_PORT" --devices "$edge_devices" \
    --days "$days" --speed "$speed" --seed "$seed" --hold
  for ((k = 1; k <= edge_devices; k++)); do
    port=$((PM_MODBUS_PORT + k - 1))
    for _ in $(seq 1 300); do port_free "$port" || break; sleep 0.1; done
    port_free "$port" && { echo "the Modbus simulator did not open port $port; see $logs/modbus-sim.log" >&2; exit 1; }
  done
  for ((k = 1; k <= edge_devices; k++)); do
    device=$(printf 'edge-%05d' "$k") site=$(printf 'site-%03d' "$k")
    bundle="$run/edge/$device"
    # The same path as a real installation: a device account on the running broker and its bundle.
    scripts/provision.sh device --site "$site" --device "$device" --out "$bundle" > "$logs/provision-$device.log" 2>&1
    start_service "edge-$device" "$edge_dll" --config "$bundle/edge.json" --Edge:Model=aqua-400 \
      --Sampling:Source=modbus --Sampling:SampleInterval=00:00:00.500 \
      --Modbus:Transport=tcp --Modbus:Host=127.0.0.1 --Modbus:Port="$((PM_MODBUS_PORT + k - 1))" --Modbus:UnitId=1 --Modbus:PollInterval=00:00:00.500 \
      --Queue:Directory="$bundle/queue" --Uplink:StatusInterval=00:00:05 --Uplink:MaxBatchAge=00:00:02
    edge_ids+=("$device")
  done
  for device in "${edge_ids[@]}"; do
    health="$run/edge/$device/queue/health.json"
    for _ in $(seq 1 300); do grep -q '"state":"online"' "$health" 2>/dev/null && break; sleep 0.1; done
    grep -q '"state":"online"' "$health" 2>/dev/null || { echo "edge agent $device did not come online; see $logs/edge-$device.log" >&2; tail -20 "$logs/edge-$device.log" >&2; exit 1; }
  done
  log "edge agents online over TLS with their own accounts: ${edge_ids[*]} (bundles in $run/edge)"
fi

json_number() { grep -o "\"$1\":[0-9]*" | head -1 | cut -d: -f2 || true; }
progress_line() {
  local ingest devices samples predictions tickets queues="" mails device depth
  ingest=$(curl -sf --max-time 2 "$ingest_url/status" || true)
  devices=$(json_number devices <<<"$ingest")
  samples=$(json_number points_written <<<"$ingest")
  predictions=$(curl -sf --max-time 2 "$predictor_url/status" | json_number predictions_sent || true)
  tickets=$(curl -sf --max-time 2 -o /dev/null -D - -H "Authorization: Bearer $planner_key" "$ticketing_url/api/tickets?page=1&page_size=1" \
    | tr -d '\r' | awk -F': ' 'tolower($1) == "x-total-count" { print $2 }' || true)
  for device in "${edge_ids[@]}"; do
    depth=$(json_number queue_depth 2>/dev/null < "$run/edge/$device/queue/health.json" || true)
    queues+="${queues:+/}${depth:-?}"
  done
  mails=$(find "$run/smtp/mail/new" -type f 2>/dev/null | wc -l || true)
  printf 'devices %s  samples stored %s  predictions %s  tickets %s%s  offer mails %s' \
    "${devices:-?}" "${samples:-?}" "${predictions:-?}" "${tickets:-?}" "${queues:+  edge queues $queues}" "$mails"
}
# The recipient and booking link of an offer mail in the sink (quoted-printable, so decoded here).
offer_mail_line() {
  /usr/bin/python3 - "$1" <<'PY' 2>/dev/null || echo "(unreadable mail $1)"
import email, re, sys
message = email.message_from_binary_file(open(sys.argv[1], "rb"))
text = "".join(part.get_payload(decode=True).decode(part.get_content_charset() or "utf-8", "replace")
               for part in message.walk() if part.get_content_type() == "text/plain")
links = re.findall(r"https?://\S+", text)
print(f"offer mail to {message['To']}: {links[0] if links else '(no link)'}")
PY
}
# While the fleet runs: a line every 5 s. With "after" (waiting for Ctrl+C): a line when tickets or
# mails change, else once a minute, and the booking link of every new offer mail.
progress_loop() {
  local mode=${1:-} previous="" line key start=$SECONDS printed=$SECONDS sleeper="" mail seen=" "
  trap '[ -n "$sleeper" ] && kill "$sleeper" 2>/dev/null; exit 0' TERM
  while true; do
    line=$(progress_line)
    key=$(sed -E 's/(samples stored|predictions|edge queues) [^ ]+//g' <<<"$line")
    if [ "$mode" != after ] || [ "$key" != "$previous" ] || [ $((SECONDS - printed)) -ge 60 ]; then
      printf '\033[2m[%3ds]\033[0m %s\n' "$((SECONDS - start))" "$line" >&2
      previous=$key printed=$SECONDS
    fi
    if [ "$mode" = after ]; then
      for mail in "$run/smtp/mail/new"/*; do
        [ -f "$mail" ] && [[ $seen != *" $mail "* ]] || continue
        seen+="$mail "
        printf '       %s\n' "$(offer_mail_line "$mail")" >&2
      done
    fi
    sleep 5 & sleeper=$!
    wait "$sleeper" || true
  done
}

log "simulating $devices purifiers straight to MQTT over $days days in about $minutes minutes (simulator log: $logs/firmware-sim.log)"
progress_loop & progress_pid=$!
PM_MQTT_PASSWORD=$(cat "$pki/secrets/firmware-sim.password") \
  dotnet "$sim" run --devices "$devices" --days "$days" --minutes "$minutes" --seed "$seed" \
  --mqtt-port "$PM_MQTT_PORT" --mqtt-username firmware-sim --mqtt-ca-file "$pki/ca.crt" --truth "$run/ground-truth.json" \
  > "$logs/firmware-sim.log" 2>&1 &
# In the background and awaited, so Ctrl+C is handled at once; forgotten once reaped (no stale PID).
foreground_pid=$!
wait "$foreground_pid" || { echo "the simulator failed; see $logs/firmware-sim.log" >&2; tail -20 "$logs/firmware-sim.log" >&2; exit 1; }
foreground_pid=""

log "fleet done: $(tail -n 1 "$logs/firmware-sim.log")"
log "waiting for the pipeline to drain, then comparing tickets with the ground truth"
dotnet "$sim" compare --truth "$run/ground-truth.json" --influx-url "$influx_url" --influx-db predictmaint \
  --ingest-url "$ingest_url/" --predictor-url "$predictor_url/" --ticketing-url "$ticketing_url/" > "$run/comparison.txt" 2> "$logs/compare.log" &
foreground_pid=$!
wait "$foreground_pid" || { echo "the comparison failed; see $logs/compare.log" >&2; tail -20 "$logs/compare.log" >&2; exit 1; }
foreground_pid=""
kill "$progress_pid" 2>/dev/null || true; wait "$progress_pid" 2>/dev/null || true; progress_pid=""
printf '\033[2m[ end]\033[0m %s\n' "$(progress_line)" >&2

cat "$run/comparison.txt"
if [ "${#edge_ids[@]}" -gt 0 ]; then
  echo
  echo "The ${#edge_ids[@]} edge devices (${edge_ids[*]}) publish through real edge agents reading Modbus; they are"
  echo "listed under 'Not judged' with their stored samples: the agents stamp samples with their own clock, so"
  echo "their series are not on the simulated calendar of the ground truth."
fi
echo
echo "Planner pages:  $ticketing_url/login   user: planner   password: $planner_password"
echo "  Approve a ticket there: the customer's offer mail lands in $run/smtp/mail/new, and its booking link is printed here."
echo "Ticket API:     curl -H 'Authorization: Bearer $planner_key' $ticketing_url/api/tickets"
echo "Status:         $ingest_url/status   $predictor_url/status"
echo "Logs:           $logs"
if [ "$wait_for_ctrl_c" = 0 ]; then
  echo "(--no-wait: stopping now; without it the services stay up for the planner pages until Ctrl+C)"
else
  echo "Press Ctrl+C to stop everything the demo started."
  progress_loop after & progress_pid=$!
  wait "$progress_pid"
fi
