#!/usr/bin/env bash
# CI stage "observability" (ADR 0025, docs/operations/observability.md). Runs as root on Debian from the repository
# root after ./mvnw verify has built target/quadhub.jar. Starts the packaged application on Debian's PostgreSQL with
# QUADHUB_LOG_FORMAT=json and checks, end to end:
#   1. every console line is JSON, and the lines of a request sent with X-Request-Id carry that id as requestId;
#   2. /actuator/prometheus answers the scrape account (and 401 without credentials) with the latency histogram
#      and the approval queue gauges;
#   3. a database outage (PostgreSQL stopped): liveness stays 200, readiness turns 503, and readiness is 200 again
#      by itself once PostgreSQL is back.
# Prints its figures; exits non-zero on any failure. Typical runtime 1-2 minutes (bounded by the timeouts below).
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '\n=== observability: %s ===\n' "$*"; }
fail() { printf 'FAIL: %s\n' "$*" >&2; exit 1; }
now_ms() { date +%s%3N; }

[ -f target/quadhub.jar ] || fail "target/quadhub.jar missing: run ./mvnw verify first"
need=()
command -v curl >/dev/null 2>&1 || need+=(curl)
command -v python3 >/dev/null 2>&1 || need+=(python3)
ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || need+=(postgresql)
if [ ${#need[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q "${need[@]}"
fi

cluster_version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
cluster="obs$$"
work=$(mktemp -d)
app_pid=""
cleanup() {
  if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
    kill "$app_pid" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$app_pid" 2>/dev/null || break; sleep 1; done
    kill -9 "$app_pid" 2>/dev/null || true
  fi
  pg_dropcluster --stop "$cluster_version" "$cluster" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

# A cluster of its own, so stopping PostgreSQL for the outage never disturbs anything else on the machine
pg_createcluster "$cluster_version" "$cluster" >/dev/null
pg_ctlcluster "$cluster_version" "$cluster" start
pg_port=$(pg_lsclusters -h | awk -v v="$cluster_version" -v c="$cluster" '$1 == v && $2 == c {print $3}')
db="quadhub_obs_$$"
db_password=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 20)
admin_password=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 20)
scrape_password=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 20)
runuser -u postgres -- psql -q -p "$pg_port" -v ON_ERROR_STOP=1 <<SQL
DROP DATABASE IF EXISTS ${db};
DROP ROLE IF EXISTS ${db};
CREATE ROLE ${db} LOGIN PASSWORD '${db_password}';
CREATE DATABASE ${db} OWNER ${db};
SQL

app_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
base="http://127.0.0.1:${app_port}"
log "starting target/quadhub.jar on port ${app_port} with QUADHUB_LOG_FORMAT=json"
started=$(now_ms)
PORT="$app_port" \
QUADHUB_DB_URL="jdbc:postgresql://localhost:${pg_port}/${db}" \
QUADHUB_DB_USER="$db" \
QUADHUB_DB_PASSWORD="$db_password" \
QUADHUB_ADMIN_PASSWORD="$admin_password" \
QUADHUB_METRICS_PASSWORD="$scrape_password" \
QUADHUB_LOG_FORMAT=json \
LOGGING_LEVEL_ORG_SPRINGFRAMEWORK_WEB_SERVLET_DISPATCHERSERVLET=DEBUG \
  java -Xmx512m -jar target/quadhub.jar >"$work/out.log" 2>"$work/err.log" &
app_pid=$!

status_of() { curl -s -o /dev/null -w '%{http_code}' --max-time "${2:-5}" "$base$1" || true; }

ready=""
for _ in $(seq 1 180); do
  kill -0 "$app_pid" 2>/dev/null || { tail -50 "$work/out.log" "$work/err.log"; fail "the application stopped"; }
  if [ "$(status_of /actuator/health/readiness)" = "200" ]; then ready=1; break; fi
  sleep 1
done
[ -n "$ready" ] || { tail -50 "$work/out.log"; fail "not ready within 180 s"; }
startup_ms=$(( $(now_ms) - started ))
echo "ready after ${startup_ms} ms"

log "request id in JSON log lines"
request_id="ci-obs-$$-$(date +%s)"
headers=$(curl -s -D - -o /dev/null --max-time 10 -u "admin:${admin_password}" -H "X-Request-Id: ${request_id}" \
  "$base/api/v1/quads?probe=${request_id}")
echo "$headers" | grep -qi "^x-request-id: ${request_id}" || fail "X-Request-Id not echoed: $headers"
sleep 1
python3 - "$work/out.log" "$request_id" <<'PY'
import json, sys
path, request_id = sys.argv[1], sys.argv[2]
lines = [l for l in open(path, encoding="utf-8").read().splitlines() if l.strip()]
bad = []
for l in lines:
    try:
        json.loads(l)
    except ValueError:
        bad.append(l)
if bad:
    sys.exit("FAIL: %d of %d console lines are not JSON, e.g. %r" % (len(bad), len(lines), bad[0][:200]))
entries = [json.loads(l) for l in lines]
# the request's own lines: those naming its query (dispatcher debug) and its access line (RequestLog)
mine = [e for e in entries if "probe=" + request_id in json.dumps(e)
        or (e.get("requestId") == request_id and "GET /api/v1/quads" in str(e.get("message", "")))]
if not mine:
    sys.exit("FAIL: no log line of the request")
wrong = [e for e in mine if e.get("requestId") != request_id]
if wrong:
    sys.exit("FAIL: lines of the request without its requestId: %r" % wrong[:2])
if not any("GET /api/v1/quads" in str(e.get("message", "")) for e in mine):
    sys.exit("FAIL: the request's access line is missing")
print("%d console lines, all JSON; %d lines of the request, all with requestId=%s" % (len(lines), len(mine), request_id))
PY

log "Prometheus scrape"
[ "$(status_of /actuator/prometheus)" = "401" ] || fail "anonymous scrape not refused with 401"
sleep 6   # the approval queue gauges are first read 5 s after the start
scrape_started=$(now_ms)
curl -sf --max-time 10 -u "prometheus:${scrape_password}" "$base/actuator/prometheus" >"$work/metrics.txt" \
  || fail "scrape account could not read /actuator/prometheus"
scrape_ms=$(( $(now_ms) - scrape_started ))
for metric in 'http_server_requests_seconds_bucket{' 'le="0.25"' 'quadhub_approvals_open_cases{agency=' \
  'quadhub_approvals_overdue_steps{agency=' 'quadhub_projection_runs_active' 'hikaricp_connections_active'; do
  grep -qF "$metric" "$work/metrics.txt" || fail "scrape lacks $metric"
done
echo "scrape: $(wc -l <"$work/metrics.txt") lines, $(wc -c <"$work/metrics.txt") bytes in ${scrape_ms} ms"

log "database outage: liveness stays up, readiness goes down and recovers"
pg_ctlcluster "$cluster_version" "$cluster" stop -m fast
t0=$(now_ms)
live=$(status_of /actuator/health/liveness 10)
live_ms=$(( $(now_ms) - t0 ))
[ "$live" = "200" ] || fail "liveness answered $live during the outage"
t0=$(now_ms)
ready_code=$(status_of /actuator/health/readiness 60)
down_ms=$(( $(now_ms) - t0 ))
[ "$ready_code" = "503" ] || fail "readiness answered $ready_code during the outage (expected 503)"
echo "outage: liveness 200 in ${live_ms} ms; readiness 503 in ${down_ms} ms"
pg_ctlcluster "$cluster_version" "$cluster" start
t0=$(now_ms)
back=""
for _ in $(seq 1 90); do
  if [ "$(status_of /actuator/health/readiness 10)" = "200" ]; then back=1; break; fi
  sleep 1
done
[ -n "$back" ] || fail "readiness did not recover within 90 s of PostgreSQL's restart"
recovery_ms=$(( $(now_ms) - t0 ))
echo "recovery: readiness 200 again ${recovery_ms} ms after PostgreSQL started"
[ "$(status_of /actuator/health/liveness)" = "200" ] || fail "liveness not 200 after the outage"

log "passed (load: $(cut -d' ' -f1-3 /proc/loadavg))"
