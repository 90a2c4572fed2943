#!/usr/bin/env bash
# Reporting benchmark 1: upload of a 1,000,000-line export CSV through QuadHub's upload API against PostgreSQL COPY
# of the same file into a bare table, on the same server, side by side. The app runs with -Xmx512m and a GC log;
# the largest heap after any collection is printed.
# Needs: target/quadhub.jar (./mvnw -B -ntp -DskipTests package), Debian PostgreSQL 15 (pg_ctlcluster), run as root.
set -euo pipefail
cd "$(dirname "$0")/../.."
LINES=${LINES:-1000000}
PORT=${PORT:-18085}
DB=quadhub_bench_reporting
WORK=$(mktemp -d /tmp/quadhub-bench-XXXX)
chmod 755 "$WORK"
trap 'kill ${APP:-0} 2>/dev/null || true; rm -rf "$WORK"' EXIT

pg_ctlcluster 15 main start 2>/dev/null || true
runuser -u postgres -- psql -q -c "do \$\$ begin if not exists (select from pg_roles where rolname = 'quadhub_bench') then create role quadhub_bench login password 'bench'; end if; end \$\$;"
runuser -u postgres -- psql -q -c "drop database if exists $DB" -c "create database $DB owner quadhub_bench"

QUADHUB_DB_URL=jdbc:postgresql://localhost:5432/$DB QUADHUB_DB_USER=quadhub_bench QUADHUB_DB_PASSWORD=bench \
  java -Xmx512m -Xlog:gc:file="$WORK/gc.log" ${JAVA_EXTRA:-} -jar "${JAR:-target/quadhub.jar}" --server.port=$PORT --quadhub.demo=true \
  > "$WORK/app.log" 2>&1 &
APP=$!
for _ in $(seq 1 180); do curl -sf localhost:$PORT/actuator/health >/dev/null && break; sleep 1; done
AUTH=authority:authority-demo-2026
QUAD=$(curl -sf -u $AUTH "localhost:$PORT/api/v1/quads?status=EXPORTING" | python3 -c \
  "import json,sys; print([q['id'] for q in json.load(sys.stdin) if q['name'].startswith('EV QUAD')][0])")
FIRST=$(curl -sf -u $AUTH localhost:$PORT/api/v1/quads/$QUAD | python3 -c "import json,sys; print(json.load(sys.stdin)['establishedOn'][:7])")
MONTHS=$(python3 -c "
import datetime; f=datetime.date.fromisoformat('$FIRST-01'); t=datetime.date.today()
print((t.year-f.year)*12+t.month-f.month)")
java bench/reporting/GenerateExports.java "$WORK/exports.csv" "$LINES" "$FIRST" "$MONTHS"
chmod 644 "$WORK/exports.csv"
ls -l "$WORK/exports.csv"

# warm the upload path once (JIT, pools) with a smaller file of the same shape, as a running server would be
java bench/reporting/GenerateExports.java "$WORK/warm.csv" 100000 "$FIRST" "$MONTHS" 7
curl -sf -u $AUTH -F "file=@$WORK/warm.csv;type=text/csv" localhost:$PORT/api/v1/quads/$QUAD/reports/upload -o /dev/null
echo "== load: $(uptime)"
runuser -u postgres -- psql -q $DB -c "create table bare_export (period text, hs_code text, destination text, value_usd numeric, quantity numeric, unit text)"
T0=$(date +%s.%N)
runuser -u postgres -- psql -q $DB -c "copy bare_export from '$WORK/exports.csv' with (format csv, header true)"
T1=$(date +%s.%N)
COPY_S=$(python3 -c "print(round($T1-$T0, 2))")
echo "COPY into a bare table: $LINES lines in $COPY_S s ($(python3 -c "print(int($LINES/($T1-$T0)))") lines/s)"

echo "== load: $(uptime)"
T0=$(date +%s.%N)
curl -sf -u $AUTH -F "file=@$WORK/exports.csv;type=text/csv" localhost:$PORT/api/v1/quads/$QUAD/reports/upload \
  -o "$WORK/result.json"
T1=$(date +%s.%N)
UP_S=$(python3 -c "print(round($T1-$T0, 2))")
python3 -c "import json; r=json.load(open('$WORK/result.json')); print('stored', r['lines'], 'lines in', len(r['reports']), 'revisions')"
echo "QuadHub upload (HTTP multipart + validation + COPY): $LINES lines in $UP_S s ($(python3 -c "print(int($LINES/($T1-$T0)))") lines/s)"
echo "upload / COPY throughput: $(python3 -c "print(round($COPY_S/$UP_S, 2))")"
echo "largest heap after GC (MB): $(grep -oE '[0-9]+M->[0-9]+M' "$WORK/gc.log" | sed -E 's/.*->([0-9]+)M/\1/' | sort -n | tail -1)"
echo "heap before GC peak (MB): $(grep -oE '[0-9]+M->[0-9]+M' "$WORK/gc.log" | sed -E 's/([0-9]+)M->.*/\1/' | sort -n | tail -1) (limit -Xmx512m)"
echo "== load: $(uptime)"
