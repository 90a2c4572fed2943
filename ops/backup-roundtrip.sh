#!/usr/bin/env bash
# Backup round trip for QuadHub (docs/operations/backup.md): dump a database with pg_dump (custom format), restore it
# into a fresh database with pg_restore, start the application on the restored copy (Flyway validates the schema
# history at start-up), and check that every table has the same number of rows and the audit chain verifies.
#
#   ops/backup-roundtrip.sh
#
# Environment (all optional):
#   PGHOST, PGPORT, PGUSER, PGPASSWORD  a PostgreSQL server and a role that may create databases
#                                       (default localhost:5432, postgres)
#   PG_BIN          directory holding pg_dump, pg_restore and psql (default: from PATH); pg_dump must be at least
#                   the server's major version
#   JAR             the application (default target/quadhub.jar)
#   SOURCE_DB       back up this existing database instead of creating one with demo data; the application must not
#                   write to it meanwhile, or the counts will differ
#   APP_USER, APP_PASSWORD       role the application connects with (default: PGUSER, PGPASSWORD)
#   FLYWAY_USER, FLYWAY_PASSWORD role Flyway migrates with (two-role setup of docs/deploy.md; default: none)
#   VERIFY_USER, VERIFY_PASSWORD an AUTHORITY account for GET /api/v1/audit/verify (default: the demo account)
#   KEEP=1          keep the work databases and files
# Exits non-zero on any difference. Prints its figures.
set -euo pipefail
cd "$(dirname "$0")/.."

export PGHOST=${PGHOST:-localhost} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
BIN=${PG_BIN:+$PG_BIN/}
JAR=${JAR:-target/quadhub.jar}
APP_USER=${APP_USER:-$PGUSER}
APP_PASSWORD=${APP_PASSWORD:-${PGPASSWORD:-}}
VERIFY_USER=${VERIFY_USER:-authority}
VERIFY_PASSWORD=${VERIFY_PASSWORD:-authority-demo-2026}
STAMP=$(date +%s)
SRC=${SOURCE_DB:-quadhub_backup_src_$STAMP}
DST=quadhub_backup_restored_$STAMP
WORK=$(mktemp -d /tmp/quadhub-backup-XXXX)
chmod 755 "$WORK"
APP=0

log() { echo "[backup-roundtrip] $*"; }
now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }
psql_() { "${BIN}psql" -X -v ON_ERROR_STOP=1 -q "$@"; }

cleanup() {
  if [ "$APP" != 0 ]; then kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true; fi
  if [ "${KEEP:-0}" != 1 ]; then
    psql_ -d postgres -c "drop database if exists $DST" >/dev/null 2>&1 || true
    [ -z "${SOURCE_DB:-}" ] && psql_ -d postgres -c "drop database if exists $SRC" >/dev/null 2>&1 || true
    rm -rf "$WORK"
  else
    log "kept databases $SRC, $DST and $WORK"
  fi
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()' 2>/dev/null \
  || echo $((20000 + RANDOM % 20000)); }

# start_app DB DEMO LOG: runs the jar on database DB and waits until it is ready and healthy
start_app() {
  local db=$1 demo=$2 out=$3 t0
  local flyway=()
  PORT=$(free_port)
  t0=$(now)
  if [ -n "${FLYWAY_USER:-}" ]; then
    flyway=(SPRING_FLYWAY_URL="jdbc:postgresql://$PGHOST:$PGPORT/$db" SPRING_FLYWAY_USER="$FLYWAY_USER"
      SPRING_FLYWAY_PASSWORD="${FLYWAY_PASSWORD:-}")
  fi
  env QUADHUB_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$db" QUADHUB_DB_USER="$APP_USER" QUADHUB_DB_PASSWORD="$APP_PASSWORD" \
    "${flyway[@]}" QUADHUB_ADMIN_PASSWORD=backup-roundtrip-admin-1 \
    java -Xmx512m -XX:TieredStopAtLevel=1 -jar "$JAR" --server.port="$PORT" --quadhub.demo="$demo" \
      --spring.flyway.validate-on-migrate=true --management.endpoint.health.probes.enabled=true > "$out" 2>&1 &
  APP=$!
  for _ in $(seq 1 600); do
    if ! kill -0 "$APP" 2>/dev/null; then log "the application exited during start-up:"; tail -40 "$out"; exit 1; fi
    if curl -sf "localhost:$PORT/actuator/health/readiness" >/dev/null && curl -sf "localhost:$PORT/actuator/health" >/dev/null; then
      log "application ready on $db in $(secs "$t0") s"
      return 0
    fi
    sleep 0.5
  done
  log "the application did not become ready on $db"; tail -40 "$out"; exit 1
}

stop_app() {
  kill "$APP"; wait "$APP" 2>/dev/null || true; APP=0
}

# every base table of the public schema with its row count, one "table|count" line each, sorted
counts() {
  psql_ -At -d "$1" -c "select table_name || '|' || (xpath('/row/c/text()', query_to_xml(format('select count(*) as c from %I.%I', table_schema, table_name), false, true, '')))[1]::text
    from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name"
}

log "server $PGHOST:$PGPORT, $("${BIN}pg_dump" --version), load: $(cut -d' ' -f1-3 /proc/loadavg)"
if [ -z "${SOURCE_DB:-}" ]; then
  psql_ -d postgres -c "create database $SRC${FLYWAY_USER:+ owner $FLYWAY_USER}"
  if [ -n "${FLYWAY_USER:-}" ]; then
    # the two-role setup of docs/deploy.md: Flyway as the owner, the application without UPDATE/DELETE on the audit
    psql_ -d "$SRC" -c "grant all on schema public to $FLYWAY_USER" -c "revoke create on schema public from public" \
      -c "grant usage on schema public to $APP_USER" \
      -c "alter default privileges for role $FLYWAY_USER in schema public grant select, insert, update, delete on tables to $APP_USER" \
      -c "alter default privileges for role $FLYWAY_USER in schema public grant usage, select on sequences to $APP_USER"
  fi
  start_app "$SRC" true "$WORK/source.log"
  stop_app
  if [ -n "${FLYWAY_USER:-}" ]; then
    psql_ -d "$SRC" -c "revoke update, delete, truncate on audit_entry, audit_head from $APP_USER" \
      -c "grant select, insert on audit_entry, audit_head to $APP_USER"
  fi
fi

T0=$(now)
"${BIN}pg_dump" --format=custom --file="$WORK/quadhub.dump" --dbname="$SRC"
log "pg_dump -Fc: $(du -h "$WORK/quadhub.dump" | cut -f1) in $(secs "$T0") s"
counts "$SRC" > "$WORK/source.counts"

T0=$(now)
psql_ -d postgres -c "create database $DST${FLYWAY_USER:+ owner $FLYWAY_USER}"
"${BIN}pg_restore" --exit-on-error --dbname="$DST" "$WORK/quadhub.dump"
log "pg_restore into the fresh database $DST in $(secs "$T0") s"
counts "$DST" > "$WORK/restored.counts"

if ! diff -u "$WORK/source.counts" "$WORK/restored.counts"; then
  log "FAILED: row counts differ (above)"; exit 1
fi
TABLES=$(wc -l < "$WORK/source.counts")
ROWS=$(awk -F'|' '{ s += $2 } END { print s }' "$WORK/source.counts")
log "row counts match: $TABLES tables, $ROWS rows"

TRIGGERS=$(psql_ -At -d "$DST" -c "select count(*) from pg_trigger where not tgisinternal and tgname like 'audit_%'")
if [ "$TRIGGERS" -lt 6 ]; then log "FAILED: the audit append-only triggers were not restored ($TRIGGERS)"; exit 1; fi
if psql_ -d "$DST" -c "begin" -c "truncate audit_entry" -c "rollback" >/dev/null 2>&1; then
  log "FAILED: audit_entry accepted TRUNCATE after the restore"; exit 1
fi
log "audit append-only triggers present ($TRIGGERS) and refusing TRUNCATE"
if [ "$APP_USER" != "$PGUSER" ]; then
  GRANTS=$(psql_ -At -d "$DST" -c "select string_agg(privilege_type, ',' order by privilege_type) from information_schema.role_table_grants where grantee = '$APP_USER' and table_name = 'audit_entry'")
  [ "$GRANTS" = "INSERT,SELECT" ] || { log "FAILED: $APP_USER has '$GRANTS' on audit_entry after the restore"; exit 1; }
  log "$APP_USER keeps only INSERT and SELECT on audit_entry after the restore"
fi

start_app "$DST" false "$WORK/restored.log"
grep -qE "Successfully validated [0-9]+ migrations" "$WORK/restored.log" || { log "FAILED: no Flyway validation in the log"; exit 1; }
grep -qE "Schema .* is up to date" "$WORK/restored.log" || { log "FAILED: Flyway migrated the restored schema"; exit 1; }
VERIFY=$(curl -sf -u "$VERIFY_USER:$VERIFY_PASSWORD" "localhost:$PORT/api/v1/audit/verify")
echo "$VERIFY" | grep -q '"valid":true' || { log "FAILED: audit verify says $VERIFY"; exit 1; }
ENTRIES=$(grep '^audit_entry|' "$WORK/source.counts" | cut -d'|' -f2)
echo "$VERIFY" | grep -q "\"entries\":$ENTRIES" || { log "FAILED: audit verify $VERIFY, expected $ENTRIES entries"; exit 1; }
stop_app
log "Flyway validated the restored schema; audit chain valid over $ENTRIES entries"
log "round trip OK (load: $(cut -d' ' -f1-3 /proc/loadavg))"
