#!/usr/bin/env bash
# Web speed and memory, measured from outside the server as a person's browser meets it:
#   1. cold start of `psoas serve` (the launcher, default JVM settings) to the first 200 response;
#   2. wrk from a second process on loopback, 32 connections: a trivial health route and the program
#      page of a signed-in person, in the same run of the same server;
#   3. resident memory (RSS) of the server after the load.
# Usage: bench/web-benchmark.sh [seconds per wrk run, default 20]. Needs wrk (apt-get install wrk).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
duration="${1:-20}"
port="${PSOAS_BENCH_PORT:-18080}"
work="$(mktemp -d)"
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
command -v wrk >/dev/null || { echo "needs wrk: apt-get install wrk" >&2; exit 1; }
"$here/psoas" --version >/dev/null   # builds the jar first if needed, outside the timing

echo "== cold start to first 200 (5 runs, fresh database each)"
for run in 1 2 3 4 5; do
  rm -f "$work"/cold*.db*
  start=$(date +%s%N)
  "$here/psoas" serve --port "$port" --db "$work/cold.db" >/dev/null 2>&1 &
  pid=$!
  until curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/" 2>/dev/null | grep -q 200; do sleep 0.01; done
  end=$(date +%s%N)
  echo "run $run: $(( (end - start) / 1000000 )) ms"
  kill "$pid"; wait "$pid" 2>/dev/null || true
done

echo "== load: 32 connections, ${duration}s each, after a 10 s warm-up"
"$here/psoas" serve --port "$port" --db "$work/load.db" >/dev/null 2>&1 &
pid=$!
until curl -s -o /dev/null "http://127.0.0.1:$port/health"; do sleep 0.05; done
jar="$work/cookies"
curl -s -c "$jar" -b "$jar" -o "$work/signup.html" "http://127.0.0.1:$port/signup"
csrf=$(grep -o 'name="csrf" value="[^"]*"' "$work/signup.html" | head -1 | sed 's/.*value="//; s/"$//')
curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "csrf=$csrf" --data-urlencode "email=bench@example.org" \
  --data-urlencode "password=benchmark password" --data-urlencode "role=person" --data-urlencode "timeZone=Europe/Berlin" \
  "http://127.0.0.1:$port/signup"
csrf=$(curl -s -c "$jar" -b "$jar" "http://127.0.0.1:$port/assessment" | grep -o 'name="csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
post() { curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "csrf=$csrf" "$@"; }
post "http://127.0.0.1:$port/assessment/restart"
post "http://127.0.0.1:$port/assessment/safety"
post -d pain.now=3 -d pain.chronic=on -d person.age=41 -d person.sittingHoursPerDay=9 -d person.activities=desk-work \
  -d person.activities=running -d symptoms=front-hip-pain -d symptoms=low-back-pain "http://127.0.0.1:$port/assessment/about"
post -d equipment=mat -d equipment=chair -d equipment=resistance-band -d equipment=table -d minutesPerSession=15 \
  "http://127.0.0.1:$port/assessment/setup"
post -d done=yes -d tests.standingHipFlexionHold.left.seconds=22 -d tests.standingHipFlexionHold.left.pelvisStable=yes \
  -d tests.standingHipFlexionHold.right.seconds=9 -d tests.standingHipFlexionHold.right.pelvisStable=no \
  "http://127.0.0.1:$port/assessment/hold"
post -d done=yes -d tests.modifiedThomas.left.thighRestsOnTable=no -d tests.modifiedThomas.left.lowBackArched=yes \
  -d tests.modifiedThomas.left.hipAngleDeg=8 -d tests.modifiedThomas.right.thighRestsOnTable=yes \
  -d tests.modifiedThomas.right.lowBackArched=no "http://127.0.0.1:$port/assessment/thomas"
session=$(awk '$6 == "psoas_session" {print $7}' "$jar")
status=$(curl -s -o "$work/program.html" -w '%{http_code}' -H "Cookie: psoas_session=$session" "http://127.0.0.1:$port/program")
[ "$status" = 200 ] || { echo "program page answered $status, not 200" >&2; exit 1; }
echo "program page: $(wc -c < "$work/program.html") bytes, $(grep -c 'class="item"' "$work/program.html") items"

wrk -t2 -c32 -d10s "http://127.0.0.1:$port/health" >/dev/null
wrk -t2 -c32 -d10s -H "Cookie: psoas_session=$session" "http://127.0.0.1:$port/program" >/dev/null
echo "-- /health"
wrk -t2 -c32 -d"${duration}s" --latency "http://127.0.0.1:$port/health"
echo "-- /program (signed in)"
wrk -t2 -c32 -d"${duration}s" --latency -H "Cookie: psoas_session=$session" "http://127.0.0.1:$port/program"
echo "== resident memory after the load"
grep -E 'VmRSS|VmHWM' "/proc/$(pgrep -f "psoas.jar serve --port $port" | head -1)/status"
