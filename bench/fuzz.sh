#!/usr/bin/env bash
# The long fuzzing run (issue 19, point 3): each reader of a JSON body fuzzed by Jazzer for RUNS executions (default
# 1,000,000), from its seeds in src/test/resources; prints libFuzzer's last lines per target. A finding stops that target
# with a stack trace and a crash-* file in the working folder (reproduce it by copying it into the seeds folder: the
# suite then runs it). Usage: bench/fuzz.sh [RUNS] [TARGET-CLASS…]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-1000000}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(org.psoascoach.contract.IntakeReaderFuzzTest org.psoascoach.contract.SessionLogReaderFuzzTest
  org.psoascoach.web.practice.PracticeRequestsFuzzTest)
./mvnw -q -B -DskipTests test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/fuzz-classpath.txt >/dev/null
cp="target/test-classes:target/classes:$(cat target/fuzz-classpath.txt)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for target in "${targets[@]}"; do
  seeds="src/test/resources/$(echo "$target" | tr . /)Inputs"
  corpus="$work/$(basename "$seeds")"
  mkdir -p "$corpus"
  cp "$seeds"/*/* "$corpus"/
  echo "== $target: $runs runs"
  start=$(date +%s)
  status=0
  java -Xmx1g -XX:-OmitStackTraceInFastThrow -cp "$cp" com.code_intelligence.jazzer.Jazzer --target_class="$target" \
    '--instrumentation_includes=org.psoascoach.**:com.fasterxml.**' -runs="$runs" -max_total_time=0 -rss_limit_mb=4096 "$corpus" > "$work/out.txt" 2>&1 \
    || status=$?
  grep -v '^INFO: Instrumented' "$work/out.txt" | grep -E '^(Done|#[0-9]+\s+DONE|== Java Exception|\s+at |crash)' | tail -6 || true
  echo "   in $(( $(date +%s) - start )) s, exit $status (0: no finding)"
done
