#!/usr/bin/env bash
# The soak and kill -9 under load (issue 19, points 4 and 5); see org.psoascoach.bench.Soak.
#   bench/soak.sh sqlite|postgresql [PEOPLE] [SECONDS] [KILLS]     e.g. bench/soak.sh postgresql 200 300 0
set -euo pipefail
cd "$(dirname "$0")/.."
./psoas --version >/dev/null # builds the jar the servers run from, when it is missing or old
./mvnw -q -B -DskipTests test-compile
cp_file=target/bench-classpath.txt
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file" >/dev/null
# a Java 19 or newer when there is one: each simulated person then comes from a loopback address of their own
java_bin=java
for home in /usr/lib/jvm/*; do
  v="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$home/release" 2>/dev/null || true)"
  if [ -x "$home/bin/java" ] && [ "${v:-0}" -ge 19 ]; then java_bin="$home/bin/java"; fi
done
exec "$java_bin" -Xmx1g ${JAVA_OPTS:-} -cp "target/test-classes:target/classes:$(cat "$cp_file")" org.psoascoach.bench.Soak \
  "${1:-sqlite}" "${2:-200}" "${3:-300}" "${4:-0}" 2>/dev/null
