#!/usr/bin/env bash
# CI stage "load" (issue 9, reliability): after ./mvnw verify has built target/quadhub.jar, start QuadHub on a
# fresh embedded PostgreSQL, seed a programme of realistic size (2,000 organisations, 50 QUADs, ten years of
# accepted monthly reports), and run 200 requests/s of mixed reads and writes for 60 s on loopback. Fails on any
# error or a P99 at or above 250 ms. No sweep here (bench/load/run.sh does it). About 3.5-4 minutes on a quiet
# 2-core machine: start-up and seeding about 60-90 s, warm-up 30 s at 100/s and 30 s at 200/s, measured run 60 s. The application
# runs C1-only (run.sh's default JAVA_OPTS, ADR 0027).
set -euo pipefail
cd "$(dirname "$0")/.."
echo "=== Load test: 200 requests/s for 60 s (bench/load/run.sh) ==="
SWEEP= RATE=200 DURATION=60 WARMUP=60 P99_MS=250 START_WAIT=${START_WAIT:-240} bench/load/run.sh
