#!/bin/sh
# Starts nats-server for docker-compose.yml (arguments are passed on).
# - Every service's password set (the NATS_*_PASSWORD variables that
#   nats-server.conf names): one user per service with its permissions, and
#   no anonymous connection.
# - None set: an open server, for `npm start` on loopback only (the apps of
#   docker-compose.yml refuse to start without their password).
# - Some set: refuses to start.
set -eu
config="$(dirname "$0")/nats-server.conf"
missing=''
found=0
for name in $(grep -o '\$NATS_[A-Z_]*_PASSWORD' "$config" | tr -d '$' | sort -u); do
  eval "value=\${$name:-}"
  if [ -z "$value" ]; then
    missing="$missing $name"
    continue
  fi
  case "$value" in
    *'"'* | *'\'*)
      echo "start-nats: $name may not hold a quote or a backslash" >&2
      exit 1
      ;;
  esac
  found=$((found + 1))
  # Quoted, so that nats-server reads the password as text: bare, 12e4... would be a number.
  export "$name=\"$value\""
done
if [ "$found" -eq 0 ]; then
  echo "start-nats: no NATS_*_PASSWORD set: the server is OPEN to anyone who reaches it (development only)" >&2
  exec nats-server "$@"
fi
if [ -n "$missing" ]; then
  echo "start-nats: set every service's password or none; missing:$missing" >&2
  exit 1
fi
exec nats-server -c "$config" "$@"
