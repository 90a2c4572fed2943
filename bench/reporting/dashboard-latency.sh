#!/usr/bin/env bash
# Reporting benchmark 2: the dashboard read model with 5,000,000 accepted export lines (50 QUADs x 10 years x
# monthly, 100,000 lines each), seeded through the real upload and review API, then 16 concurrent clients on
# GET /api/v1/dashboard and GET /api/v1/quads/{id}/performance.
# Needs: target/quadhub.jar, Debian PostgreSQL 15, root. Seeding takes a while on a loaded machine.
set -euo pipefail
cd "$(dirname "$0")/../.."
QUADS=${QUADS:-50}
PER_QUAD=${PER_QUAD:-100000}
REQUESTS=${REQUESTS:-4000}
PORT=${PORT:-18086}
DB=quadhub_bench_dashboard
WORK=$(mktemp -d /tmp/quadhub-bench-XXXX)
chmod 755 "$WORK"
trap 'kill ${APP:-0} 2>/dev/null || true; rm -rf "$WORK"' EXIT

pg_ctlcluster 15 main start 2>/dev/null || true
runuser -u postgres -- psql -q -c "do \$\$ begin if not exists (select from pg_roles where rolname = 'quadhub_bench') then create role quadhub_bench login password 'bench'; end if; end \$\$;"
if [ "${KEEP_DB:-false}" != "true" ]; then
  runuser -u postgres -- psql -q -c "drop database if exists $DB" -c "create database $DB owner quadhub_bench"
fi
QUADHUB_DB_URL=jdbc:postgresql://localhost:5432/$DB QUADHUB_DB_USER=quadhub_bench QUADHUB_DB_PASSWORD=bench \
  java -Xmx1g -jar "${JAR:-target/quadhub.jar}" --server.port=$PORT --quadhub.demo=true > "$WORK/app.log" 2>&1 &
APP=$!
for _ in $(seq 1 "${START_WAIT:-600}"); do curl -sf localhost:$PORT/actuator/health >/dev/null && break; sleep 1; done
AUTH=authority:authority-demo-2026
API=localhost:$PORT/api/v1

SEEDED=$(curl -sf -u $AUTH "$API/quads" | python3 -c "import json,sys; print(sum(1 for q in json.load(sys.stdin) if q['name'].startswith('Bench QUAD')))")
if [ "$SEEDED" -lt "$QUADS" ]; then
  PARTNERS=$(curl -sf -u $AUTH "$API/quads" | python3 -c "
import json,sys
q=[q for q in json.load(sys.stdin) if q['name'].startswith('EV QUAD')][0]['id']
print(q)")
  SEATS=$(curl -sf -u $AUTH "$API/quads/$PARTNERS" | python3 -c "
import json,sys; d=json.load(sys.stdin); print(json.dumps({r: p['id'] for r, p in d['partners'].items()}))")
  FIRST=$(python3 -c "import datetime; t=datetime.date.today(); print(f'{t.year-10}-{t.month:02d}')")
  java bench/reporting/GenerateExports.java "$WORK/quad.csv" "$PER_QUAD" "$FIRST" 120
  for i in $(seq $((SEEDED + 1)) "$QUADS"); do
    ID=$(curl -sf -u $AUTH -H 'Content-Type: application/json' "$API/quads" -d "{\"name\":\"Bench QUAD $i\",\"productCategory\":\"ELECTRONICS\",\"productDescription\":\"bench\",\"hsCodes\":[\"851713\"],\"partners\":$SEATS}" | python3 -c "import json,sys; print(json.load(sys.stdin)['id'])")
    curl -sf -u $AUTH -H 'Content-Type: application/json' "$API/quads/$ID/transitions" -d '{"to":"UNDER_REVIEW"}' >/dev/null
    python3 bench/reporting/approve_case.py "$API" "$ID"   # APPROVED needs an approved establishment case
    for s in APPROVED AGREEMENT_SIGNED ESTABLISHED; do
      curl -sf -u $AUTH -H 'Content-Type: application/json' "$API/quads/$ID/transitions" -d "{\"to\":\"$s\",\"establishedOn\":\"$FIRST-01\"}" >/dev/null
    done
    # vary the level per QUAD so the lights differ: scale the file's values
    python3 - "$WORK/quad.csv" "$WORK/q$i.csv" "$i" <<'PY'
import sys
src, dst, i = sys.argv[1], sys.argv[2], int(sys.argv[3])
f = [0.2, 0.7, 1.3, 3.0][i % 4]
with open(src) as a, open(dst, 'w') as b:
    b.write(a.readline())
    for line in a:
        p = line.rstrip('\n').split(',')
        p[3] = f'{float(p[3]) * f * 2:.2f}'
        b.write(','.join(p) + '\n')
PY
    curl -sf -u $AUTH -F "file=@$WORK/q$i.csv;type=text/csv" "$API/quads/$ID/reports/upload" | python3 -c "
import json,sys; r=json.load(sys.stdin); print('QUAD', $ID, 'lines', r['lines'])
open('$WORK/ids$i','w').write('\n'.join(str(x['id']) for x in r['reports']))"
    xargs -P 4 -I{} curl -sf -o /dev/null -u $AUTH -H 'Content-Type: application/json' "$API/reports/{}/review" \
      -d '{"decision":"ACCEPT"}' < "$WORK/ids$i"
    rm -f "$WORK/q$i.csv"
  done
fi
# a seeding run cut short leaves revisions waiting for review: accept them (the oldest first, as the queue lists them)
curl -sf -u $AUTH "$API/reports" | python3 -c "
import json,sys; print('\n'.join(str(r['id']) for r in json.load(sys.stdin) if r.get('status') == 'SUBMITTED'))" > "$WORK/pending"
xargs -r -P 4 -I{} curl -sf -o /dev/null -u $AUTH -H 'Content-Type: application/json' "$API/reports/{}/review" \
  -d '{"decision":"ACCEPT"}' < "$WORK/pending" || true
runuser -u postgres -- psql -qtA $DB -c "select 'accepted export lines: ' || count(*) from reporting_effective e join report r on r.id = e.report_id join report_export_line l on l.submission_id = r.submission_id and l.period >= r.period_start and l.period < r.period_end"
# the dashboard's read queries, as the read model builds them, with their plans at this size
FIRST_ID=$(runuser -u postgres -- psql -qtA $DB -c "select min(quad_id) from reporting_month")
explain() { echo "== EXPLAIN: $1"; runuser -u postgres -- psql -qtA $DB -c "explain (analyze, buffers, costs off) $1" | grep -E 'Scan|Execution Time|Planning Time|rows='; }
explain "select quad_id, extract(year from month)::int, sum(exports_usd) from reporting_month where month < date_trunc('month', now())::date group by 1, 2"
explain "select quad_id, sum(exports_usd) from reporting_month where month >= (date_trunc('month', now()) - interval '12 months')::date and month < date_trunc('month', now())::date group by 1"
explain "select destination, sum(exports_usd) from reporting_destination_year where year = extract(year from now())::int - 1 group by 1 order by 2 desc, 1"
explain "select m.category, sum(m.jobs), sum(m.women) from (select distinct on (e.quad_id) r.id from reporting_effective e join report r on r.id = e.report_id where r.period_start < now()::date and exists (select 1 from report_employment x where x.report_id = r.id) order by e.quad_id, r.period_start desc) latest join report_employment m on m.report_id = latest.id group by m.category"
explain "select count(*) from report where status = 'SUBMITTED'"
explain "select month, exports_usd from reporting_month where quad_id = $FIRST_ID order by month"
ONE=$(curl -sf -u $AUTH "$API/quads" | python3 -c "import json,sys; print([q['id'] for q in json.load(sys.stdin) if q['name'].startswith('Bench QUAD')][0])")
echo "== load: $(uptime)"
java bench/reporting/LoadClient.java "http://localhost:$PORT/api/v1/dashboard" authority authority-demo-2026 16 "$REQUESTS" 200
echo "== load: $(uptime)"
java bench/reporting/LoadClient.java "http://localhost:$PORT/api/v1/quads/$ONE/performance" authority authority-demo-2026 16 "$REQUESTS" 200
echo "== load: $(uptime)"
# the uncached path: a fresh build of the dashboard from the rollups, one client, every request after a change
curl -sf -u $AUTH -H 'Content-Type: application/json' -X PUT "$API/quads/$ONE/trajectory" -d '{"steepness":1.7,"midpointFraction":0.5}' >/dev/null || true
T0=$(date +%s%N); curl -sf -u $AUTH "$API/dashboard" -o /dev/null; T1=$(date +%s%N)
echo "dashboard rebuilt from the rollups after a change: $(( (T1 - T0) / 1000000 )) ms"
