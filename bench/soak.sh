#!/usr/bin/env bash
# The soak and kill -9 under load (issue 19, points 4 and 5); see org.psoascoach.bench.Soak.
#   bench/soak.sh sqlite|postgresql [PEOPLE] [SECONDS] [KILLS]     e.g. bench/soak.sh postgresql 200 300 0
set -euo pipefail
cd "$(dirname "$0")/.."
./psoas --version >/dev/null # builds the jar the servers run from, when it is missing or old
./mvnw -q -B -DskipTests test-compile
cp_file=target/bench-classpath.txt
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file" >/dev/null
exec java -Xmx1g ${JAVA_OPTS:-} -cp "target/test-classes:target/classes:$(cat "$cp_file")" org.psoascoach.bench.Soak \
  "${1:-sqlite}" "${2:-200}" "${3:-300}" "${4:-0}" 2>/dev/null
