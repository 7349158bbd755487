#!/usr/bin/env bash
# The practice list at scale (issue 18, point 4): seeds a practice with CLIENTS clients and 8 weeks of daily sessions each,
# then CONNECTIONS clients ask for the first page, the latest-session order and a search for SECONDS each.
# Usage: bench/practice-benchmark.sh sqlite|postgresql [CLIENTS[,CLIENTS…]] [CONNECTIONS] [SECONDS]
set -euo pipefail
command -v wrk >/dev/null || { echo "needs wrk (Debian: apt-get install wrk)" >&2; exit 2; }
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests test-compile
cp_file=target/bench-classpath.txt
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file" >/dev/null
exec java -Xmx1g ${JAVA_OPTS:-} -cp "target/test-classes:target/classes:$(cat "$cp_file")" org.psoascoach.bench.PracticeListBenchmark \
  "${1:-sqlite}" "${2:-1000,10000}" "${3:-8}" "${4:-10}" 2>/dev/null
