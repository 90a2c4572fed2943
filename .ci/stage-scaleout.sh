#!/usr/bin/env bash
# CI stage "scaleout" (issue 9, scale-out): two QuadHub instances behind nginx on the Debian PostgreSQL, driven by
# ops/scale-out-check.py (sessions across instances, round robin, SSE progress through nginx, scheduled jobs once
# per tick). Runs as root from the repository root after ./mvnw verify built target/quadhub.jar. About 2-3 minutes.
set -euo pipefail
started=$(date +%s)
export DEBIAN_FRONTEND=noninteractive
if ! command -v nginx >/dev/null; then
	apt-get install -y -q nginx >/dev/null || { apt-get update -q >/dev/null && apt-get install -y -q nginx >/dev/null; }
fi
# the default site (port 80) of the Debian package is not needed; the topology runs its own nginx master
command -v curl >/dev/null || apt-get install -y -q curl >/dev/null

export PROXY_PORT=${PROXY_PORT:-18080} PORT_A=${PORT_A:-18081} PORT_B=${PORT_B:-18082}
export QUADHUB_SCALE_DIR=${QUADHUB_SCALE_DIR:-$PWD/target/scale-out}
export QUADHUB_SCALE_FRESH=true
export JAVA_OPTS=${JAVA_OPTS:--Xms128m -Xmx400m -XX:+UseSerialGC}
# a scheduled job that fires every 2 s on both instances, and the log lines that show who ran each tick
export SPRING_APPLICATION_JSON='{"quadhub.audit.head-cron":"*/2 * * * * *","logging.level.org.quadhub.cluster.ScheduledRuns":"DEBUG"}'
export SCALE_CHECK_TICK_JOB=audit-head SCALE_CHECK_TICK_SECONDS=2

cleanup() { ops/scale-out.sh stop || true; }
trap cleanup EXIT

# the database URL ops/scale-out.sh chose is needed by the driver's psql: read it back from its log line
ops/scale-out.sh start | tee "$QUADHUB_SCALE_DIR.start.log"
url=$(sed -n 's/^\[scale-out\] PostgreSQL: \(jdbc:[^ ]*\).*/\1/p' "$QUADHUB_SCALE_DIR.start.log" | head -n 1)
export QUADHUB_DB_URL=${QUADHUB_DB_URL:-$url}
export QUADHUB_DB_USER=${QUADHUB_DB_USER:-quadhub} QUADHUB_DB_PASSWORD=${QUADHUB_DB_PASSWORD:-quadhub-scale-out}
python3 ops/scale-out-check.py
echo "stage scaleout: passed in $(( $(date +%s) - started )) s; load: $(uptime)"
