#!/usr/bin/env bash
# A throwaway, real PostgreSQL server for tests and CI on a Debian machine where you are root.
# Source it:   source scripts/postgres-throwaway.sh   -> exports DATABASE_URL, stops the server on exit.
# Or run it:   scripts/postgres-throwaway.sh start|stop   (start prints the DATABASE_URL).
# Measured on a 2-core machine: ~1 s from nothing to accepting connections when the server package is
# present; ~16 s more when it must be installed from Debian's packages first.
# Notes: initdb refuses to run as root, so the server runs as the 'postgres' user (runuser); the port sits
# below the ephemeral range (32768+), where a bind can clash; fsync is off because the data is thrown away.
PGRUN=${PGRUN:-${TMPDIR:-/tmp}/herald-pg}
PGPORT=${PGPORT:-15432}
_pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }
_pg_start() {
  if [ -z "$(_pg_bin)" ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >/dev/null
  fi
  local bin; bin=$(_pg_bin)
  # A server left by an earlier run is stopped first (as its owner: the data folder is not root's).
  [ -d "$PGRUN/data" ] && (cd / && runuser -u postgres -- "$bin/pg_ctl" -D "$PGRUN/data" -m immediate stop >/dev/null 2>&1)
  rm -rf "$PGRUN"; mkdir -p "$PGRUN"; chown postgres: "$PGRUN"
  # Another program on the port (a developer's own server): take the next free one.
  while (exec 3<>"/dev/tcp/127.0.0.1/$PGPORT") 2>/dev/null; do PGPORT=$((PGPORT + 1)); done
  (cd / && runuser -u postgres -- "$bin/initdb" -D "$PGRUN/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync >/dev/null) || return 1
  (cd / && runuser -u postgres -- "$bin/pg_ctl" -D "$PGRUN/data" -l "$PGRUN/log" -w -t 30 \
    -o "-c listen_addresses=127.0.0.1 -p $PGPORT -k $PGRUN -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null) || { cat "$PGRUN/log"; return 1; }
  export DATABASE_URL="postgres://postgres@127.0.0.1:$PGPORT/postgres"
}
_pg_stop() {
  local bin; bin=$(_pg_bin)
  [ -n "$bin" ] && [ -d "$PGRUN/data" ] && (cd / && runuser -u postgres -- "$bin/pg_ctl" -D "$PGRUN/data" -m immediate stop >/dev/null 2>&1)
  rm -rf "$PGRUN"
}
if [ "${BASH_SOURCE[0]}" != "$0" ]; then
  _pg_start && trap _pg_stop EXIT
else
  case "${1:-start}" in
    start) _pg_start && echo "$DATABASE_URL" ;;
    stop) _pg_stop ;;
    *) echo "usage: $0 start|stop" >&2; exit 2 ;;
  esac
fi
