#!/usr/bin/env bash
# The local PKI of the secured broker, made with openssl: a CA and the broker's server certificate.
# Usage: pki.sh init DIR            CA + server certificate for 127.0.0.1/localhost (only what is absent)
#        pki.sh client DIR NAME     a client certificate NAME.crt/NAME.key signed by the CA (mutual TLS)
# PM_MQTT_SAN adds names to the server certificate on first creation, e.g. "DNS:broker.example,IP:10.0.0.5".
# Keys are mode 600; when run as root, the broker's key is group "mosquitto" and mode 640, because
# Mosquitto started as root reads it after dropping to user mosquitto.
set -euo pipefail

cmd=${1:?init|client}
dir=${2:?PKI folder}
command -v openssl >/dev/null || { echo "openssl is missing; run ./pm setup (it installs Debian's openssl)." >&2; exit 1; }

# The broker's group when it exists and we may hand files to it; empty otherwise.
broker_group() { if [ "$(id -u)" = 0 ] && getent group mosquitto >/dev/null; then echo mosquitto; fi; }

# readable_by_broker FILE...: 640 root:mosquitto as root, else 600 (the broker runs as us).
readable_by_broker() {
  local group; group=$(broker_group)
  if [ -n "$group" ]; then chgrp "$group" "$@"; chmod 640 "$@"; else chmod 600 "$@"; fi
}

new_key() { (umask 077 && openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$1" 2>/dev/null); }

init() {
  mkdir -p "$dir"
  local group; group=$(broker_group)
  if [ -n "$group" ]; then chgrp "$group" "$dir"; chmod 750 "$dir"; else chmod 700 "$dir"; fi
  if [ ! -f "$dir/ca.crt" ]; then
    new_key "$dir/ca.key"
    openssl req -x509 -new -key "$dir/ca.key" -sha256 -days 3650 -subj "/CN=PredictMaint local CA" \
      -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" \
      -out "$dir/ca.crt"
    chmod 644 "$dir/ca.crt"
    echo "CA created: $dir/ca.crt"
  fi
  if [ ! -f "$dir/server.crt" ]; then
    new_key "$dir/server.key"
    readable_by_broker "$dir/server.key"
    sign "$dir/server" "/CN=127.0.0.1" "serverAuth" "subjectAltName=IP:127.0.0.1,DNS:localhost${PM_MQTT_SAN:+,$PM_MQTT_SAN}"
    echo "broker certificate created: $dir/server.crt (127.0.0.1, localhost${PM_MQTT_SAN:+, $PM_MQTT_SAN})"
  fi
}

# sign BASE SUBJECT USAGE [EXTRA_EXTENSION]: BASE.key -> BASE.crt signed by the CA.
sign() {
  local base=$1 subject=$2 usage=$3 extra=${4:-}
  local ext; ext=$(mktemp)
  {
    echo "basicConstraints=critical,CA:FALSE"
    echo "keyUsage=critical,digitalSignature"
    echo "extendedKeyUsage=$usage"
    [ -n "$extra" ] && echo "$extra"
  } > "$ext"
  openssl req -new -key "$base.key" -subj "$subject" -out "$base.csr"
  openssl x509 -req -in "$base.csr" -CA "$dir/ca.crt" -CAkey "$dir/ca.key" -CAcreateserial -sha256 -days 825 \
    -extfile "$ext" -out "$base.crt" 2>/dev/null
  rm -f "$ext" "$base.csr"
  chmod 644 "$base.crt"
}

case "$cmd" in
  init) init ;;
  client)
    name=${3:?client name}
    [ -f "$dir/ca.key" ] || { echo "no CA in $dir; run ./pm setup (or scripts/pki.sh init $dir) first." >&2; exit 1; }
    new_key "$dir/$name.key"
    sign "$dir/$name" "/CN=$name" "clientAuth"
    echo "client certificate created: $dir/$name.crt"
    ;;
  *) echo "unknown command $cmd (init|client)" >&2; exit 2 ;;
esac
