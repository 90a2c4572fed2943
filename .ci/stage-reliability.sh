#!/usr/bin/env bash
# CI stage "reliability" (issue 9): the backup round trip of docs/operations/backup.md against Debian's PostgreSQL
# server, in the two-role setup of docs/deploy.md (Flyway as the owner role, the application as a role without
# UPDATE/DELETE on the audit trail). Runs as root from the repository root after ./mvnw verify built
# target/quadhub.jar. The kill -9 and database-outage tests need no stage: they run in ./mvnw verify (CrashRecoveryIT).
# Runtime: about 1 minute on a quiet 2-core machine (two application starts, one with demo data).
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v pg_dump >/dev/null 2>&1 || ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q postgresql postgresql-client
fi
version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
if ! pg_lsclusters -h 2>/dev/null | grep -q "^${version} main"; then
  pg_createcluster "$version" main
fi
pg_ctlcluster "$version" main start 2>/dev/null || pg_ctlcluster "$version" main status >/dev/null
port=$(pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" {print $3}')

owner="quadhub_bk_owner_$$"
app="quadhub_bk_app_$$"
owner_pw=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 20)
app_pw=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 20)
runuser -u postgres -- psql -q -p "$port" -v ON_ERROR_STOP=1 \
  -c "create role $owner login password '$owner_pw'" -c "create role $app login password '$app_pw'"
superuser_pw=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 20)
backup="quadhub_bk_admin_$$"
runuser -u postgres -- psql -q -p "$port" -v ON_ERROR_STOP=1 -c "create role $backup login superuser password '$superuser_pw'"
cleanup() {
  for r in "$app" "$owner" "$backup"; do
    runuser -u postgres -- psql -q -p "$port" -c "drop owned by $r" >/dev/null 2>&1 || true
  done
  runuser -u postgres -- psql -q -p "$port" -c "drop role if exists $app" -c "drop role if exists $owner" \
    -c "drop role if exists $backup" >/dev/null 2>&1 || true
}
trap cleanup EXIT

start=$(date +%s)
PGHOST=localhost PGPORT="$port" PGUSER="$backup" PGPASSWORD="$superuser_pw" \
  FLYWAY_USER="$owner" FLYWAY_PASSWORD="$owner_pw" APP_USER="$app" APP_PASSWORD="$app_pw" \
  PG_BIN="/usr/lib/postgresql/$version/bin" JAR=target/quadhub.jar \
  ops/backup-roundtrip.sh
echo "stage reliability: backup round trip in $(( $(date +%s) - start )) s (load: $(cut -d' ' -f1-3 /proc/loadavg))"
