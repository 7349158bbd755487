#!/usr/bin/env bash
# Logging at scale (issue 19, points 1 and 2); see org.psoascoach.bench.LogBenchmark.
#   bench/log-benchmark.sh history [DAYS]                         a log and the program page: fresh against ten years
#   bench/log-benchmark.sh writers sqlite|postgresql [WRITERS] [SECONDS] [RATE]   many people logging at once: as fast
#                                                  as they are answered (wrk, closed loop), then RATE logs/s (open loop)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = writers ]; then
  command -v wrk >/dev/null || { echo "needs wrk (Debian: apt-get install wrk)" >&2; exit 2; }
  [ -x /usr/bin/time ] || { echo "needs /usr/bin/time, for wrk's own CPU (Debian: apt-get install time)" >&2; exit 2; }
  ./psoas --version >/dev/null # builds the jar the server runs from, when it is missing or old
fi
./mvnw -q -B -DskipTests test-compile
cp_file=target/bench-classpath.txt
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file" >/dev/null
# the embedded PostgreSQL's and the libraries' logging goes to a file, kept: a run that stops early says why there
err=target/log-benchmark.err
if ! java -Xmx1g ${JAVA_OPTS:-} -cp "target/test-classes:target/classes:$(cat "$cp_file")" org.psoascoach.bench.LogBenchmark "$@" 2>"$err"; then
  echo "log-benchmark stopped; the end of its errors ($err):" >&2
  tail -n 30 "$err" >&2
  exit 1
fi
