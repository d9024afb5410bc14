#!/usr/bin/env bash
# Brings up a local PostgreSQL for development and tests, without Docker.
#
#   deploy/postgres.sh            install (Debian/Ubuntu) if missing, start, create role and database
#
# Idempotent: run it as often as you like. Data lives in the OS cluster
# (/var/lib/postgresql/<version>/main) and survives restarts of the service and the machine.
#
# Settings (environment): JIUZHU_DB_USER, JIUZHU_DB_PASSWORD, JIUZHU_DB_NAME, JIUZHU_DB_PORT.
# If a server already answers on JIUZHU_DB_HOST:JIUZHU_DB_PORT with those credentials, nothing is installed.
set -euo pipefail

DB_HOST="${JIUZHU_DB_HOST:-localhost}"
DB_PORT="${JIUZHU_DB_PORT:-5432}"
DB_USER="${JIUZHU_DB_USER:-jiuzhu}"
DB_PASSWORD="${JIUZHU_DB_PASSWORD:-jiuzhu}"
DB_NAME="${JIUZHU_DB_NAME:-jiuzhu}"

log() { printf '[postgres] %s\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    log "need root to run: $*"
    log "run this script as root or install sudo, or point JIUZHU_DB_* at an existing PostgreSQL"
    exit 1
  fi
}

as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi
}

app_can_connect() {
  command -v psql >/dev/null 2>&1 &&
    PGPASSWORD="$DB_PASSWORD" psql -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -d "$DB_NAME" \
      -tAc 'select 1' >/dev/null 2>&1
}

if app_can_connect; then
  log "database $DB_NAME on $DB_HOST:$DB_PORT is ready"
  exit 0
fi

if ! command -v pg_lsclusters >/dev/null 2>&1; then
  if ! command -v apt-get >/dev/null 2>&1; then
    log "PostgreSQL is not installed and this is not a Debian/Ubuntu system."
    log "Install PostgreSQL 13+ yourself, then set JIUZHU_DB_HOST/PORT/USER/PASSWORD/NAME."
    exit 1
  fi
  log "installing PostgreSQL from the OS packages"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql postgresql-contrib >/dev/null
fi

# Pick the newest installed server version; create its "main" cluster if the package did not.
version="$(ls /usr/lib/postgresql | sort -V | tail -n 1)"
if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -qx "$version main"; then
  log "creating cluster $version/main on port $DB_PORT"
  as_root pg_createcluster "$version" main --port "$DB_PORT" >/dev/null
fi
if ! pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main" {print $4}' | grep -q online; then
  log "starting cluster $version/main"
  as_root pg_ctlcluster "$version" main start
fi

for _ in $(seq 1 30); do
  as_postgres pg_isready -q -p "$DB_PORT" && break
  sleep 1
done

# CREATEDB lets the test suite create (and drop) a fresh database for every run.
as_postgres psql -q -p "$DB_PORT" -v ON_ERROR_STOP=1 \
  -v user="$DB_USER" -v password="$DB_PASSWORD" -v db="$DB_NAME" <<'SQL'
SELECT format('CREATE ROLE %I LOGIN CREATEDB PASSWORD %L', :'user', :'password')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'user') \gexec
SELECT format('ALTER ROLE %I LOGIN CREATEDB PASSWORD %L', :'user', :'password') \gexec
SELECT format('CREATE DATABASE %I OWNER %I ENCODING ''UTF8'' TEMPLATE template0', :'db', :'user')
 WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'db') \gexec
SQL

if app_can_connect; then
  log "database $DB_NAME on $DB_HOST:$DB_PORT is ready (user $DB_USER)"
else
  log "PostgreSQL is running but $DB_USER cannot log in to $DB_NAME over TCP; check pg_hba.conf"
  exit 1
fi
