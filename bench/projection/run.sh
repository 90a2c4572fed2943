#!/usr/bin/env bash
# Projection benchmark: engine vs hand-written floor, 1 and 2 threads, and 1,000,000 trials.
# Usage: bench/projection/run.sh [TRIALS=100000] [REPEATS=5]   (from the repository root)
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ ! -d target/classes/org/quadhub/projection/engine ]; then
  ./mvnw -B -ntp -q compile
fi
CP_FILE=target/projection-bench.classpath
if [ ! -s "$CP_FILE" ]; then
  ./mvnw -B -ntp -q dependency:build-classpath -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=runtime
fi
exec java -Xms512m -Xmx2g -cp "target/classes:$(cat "$CP_FILE")" bench/projection/ProjectionBench.java "${1:-100000}" "${2:-5}" "${3:-}"
