#!/usr/bin/env bash
# JMH benchmark of plan generation, one thread (one core's worth). Prints JMH's table; pass extra JMH
# options after the script name, e.g. bench/plan-benchmark.sh -wi 1 -i 2 for a quick look.
# BENCH_FILTER=<regexp> runs only the matching benchmarks (default: both).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests test-compile
cp_file=target/bench-classpath.txt
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file" >/dev/null
exec java -cp "target/test-classes:target/classes:$(cat "$cp_file")" org.openjdk.jmh.Main "org.psoascoach.bench.PlanBenchmark.*${BENCH_FILTER:-}" "$@"
