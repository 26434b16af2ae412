#!/usr/bin/env bash
# Broker accounts for devices and services on the secured broker. Called by `./pm provision`.
# Accounts, passwords and the ACL live with the PKI in $PM_DATA/pki (scripts/mqtt-accounts.sh).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
pki="$PM_DATA/pki"

usage() {
  cat <<USAGE
Usage: ./pm provision device --site SITE --device DEVICE [--out DIR] [--host HOST] [--port PORT]
       ./pm provision service NAME     (NAME: ingest, predictor, operator, firmware-sim)

device   Creates (or replaces) the device's broker account: user name = DEVICE, a new random
         password, publish only to pm/v1/SITE/DEVICE/telemetry|status|events, read only its own
         .../config. A running secured broker reloads its accounts (SIGHUP by its PID file).
         Writes a bundle to DIR (default \$PM_DATA/devices/DEVICE): edge.json, the edge agent's
         configuration (Edge site/device, Mqtt host/port/TLS CA/user/password; mode 600), and
         ca.crt. Run the agent with: dotnet PredictMaint.Edge.dll --config DIR/edge.json
         --host/--port: how the device reaches the broker (127.0.0.1, \$PM_MQTT_PORT); a host other
         than 127.0.0.1/localhost must be in the broker certificate (PM_MQTT_SAN at first ./pm setup).
service  Creates (or replaces) a service account's password in \$PM_DATA/pki/secrets/NAME.password.
Needs the PKI of ./pm setup (\$PM_DATA/pki).
USAGE
}

json_string() { local s=${1//\\/\\\\}; printf '"%s"' "${s//\"/\\\"}"; }

device() {
  local site="" device="" out="" host=127.0.0.1 port=$PM_MQTT_PORT
  while [ $# -gt 0 ]; do
    case "$1" in
      --site) site=${2:?--site needs a value}; shift 2 ;;
      --device) device=${2:?--device needs a value}; shift 2 ;;
      --out) out=${2:?--out needs a folder}; shift 2 ;;
      --host) host=${2:?--host needs a value}; shift 2 ;;
      --port) port=${2:?--port needs a value}; shift 2 ;;
      -h|--help) usage; exit 0 ;;
      *) echo "unknown option $1 (see ./pm provision --help)" >&2; exit 2 ;;
    esac
  done
  [ -n "$site" ] && [ -n "$device" ] || { echo "--site and --device are required (see ./pm provision --help)" >&2; exit 2; }
  out=${out:-$PM_DATA/devices/$device}

  local password
  password=$("$ROOT/scripts/mqtt-accounts.sh" device "$pki" "$site" "$device")
  (umask 077 && mkdir -p "$out")
  out=$(cd "$out" && pwd)
  cp "$pki/ca.crt" "$out/ca.crt"
  (umask 077 && cat > "$out/edge.json.tmp" <<JSON
{
  "Edge": { "Site": $(json_string "$site"), "Device": $(json_string "$device") },
  "Mqtt": {
    "Host": $(json_string "$host"),
    "Port": $port,
    "ClientId": $(json_string "$device"),
    "Username": $(json_string "$device"),
    "Password": $(json_string "$password"),
    "CaCertificateFile": $(json_string "$out/ca.crt")
  }
}
JSON
  )
  mv "$out/edge.json.tmp" "$out/edge.json"
  echo "device $device at site $site provisioned; bundle in $out (edge.json, ca.crt)"
  echo "run the agent: dotnet edge/PredictMaint.Edge/bin/Release/net10.0/PredictMaint.Edge.dll --config $out/edge.json"
}

case "${1:-}" in
  device) shift; device "$@" ;;
  service)
    case "${2:-}" in ""|-h|--help) usage; exit 0 ;; esac
    "$ROOT/scripts/mqtt-accounts.sh" service "$pki" "$2" ;;
  ""|-h|--help) usage ;;
  *) echo "unknown: provision $1 (device|service; see ./pm provision --help)" >&2; exit 2 ;;
esac
