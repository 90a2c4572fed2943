#!/usr/bin/env bash
# CI stage "load" (issue 9, reliability): after ./mvnw verify has built target/quadhub.jar, start QuadHub on a
# fresh embedded PostgreSQL, seed a programme of realistic size (2,000 organisations, 50 QUADs, ten years of
# accepted monthly reports), and run 200 requests/s of mixed reads and writes for 60 s on loopback. A run fails on
# any error or a P99 at or above 250 ms. No sweep here (bench/load/run.sh does it). About 3.5-4 minutes a run on a
# quiet 2-core machine: start-up and seeding about 90 s, warm-up 30 s at 100/s and 30 s at 200/s, measured run 60 s.
# The application runs C1-only (run.sh's default JAVA_OPTS, ADR 0027) with its default 16 request threads (ADR 0029).
#
# At 200/s the two cores are about 80 % busy, and about one run in five meets a few seconds of backlog that lifts
# its P99 over 250 ms (bench/README.md "Load" records every run, failed ones included). A failed run is therefore
# repeated once on a fresh seed, and the stage fails only when both runs fail; both results are printed. Errors
# are never excused: a run with any error counts as failed. LOAD_ATTEMPTS=1 gives the single-run verdict.
set -euo pipefail
cd "$(dirname "$0")/.."
attempts=${LOAD_ATTEMPTS:-2}
for attempt in $(seq 1 "$attempts"); do
  echo "=== Load test, run ${attempt} of at most ${attempts}: 200 requests/s for 60 s (bench/load/run.sh) ==="
  if SWEEP= RATE=200 DURATION=60 WARMUP=60 P99_MS=250 START_WAIT=${START_WAIT:-240} bench/load/run.sh; then
    echo "=== Load test passed on run ${attempt} ==="
    exit 0
  fi
  echo "=== Load test run ${attempt} failed ==="
done
echo "=== Load test failed ${attempts} runs in a row ===" >&2
exit 1
