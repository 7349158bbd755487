#!/usr/bin/env bash
# Scale of the progress page: a person with 1 year and with 10 years of daily sessions (and a re-test every 14
# days), each in its own database, served by `psoas serve` with the launcher's default JVM settings; wrk asks
# for /progress as that person from another process, with one connection (one person, one browser) and then
# with four (the same person on several devices at once), and reports the latency distributions.
# The page reads a window of the last year, so the two should cost the same. Usage: bench/progress-benchmark.sh [seconds]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
duration="${1:-20}"
port="${PSOAS_BENCH_PORT:-18081}"
work="$(mktemp -d)"
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT
command -v wrk >/dev/null || { echo "needs wrk: apt-get install wrk" >&2; exit 1; }
./psoas --version >/dev/null
./mvnw -q -B -DskipTests test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$work/cp.txt" >/dev/null
for years in 1 10; do
  db="$work/history-$years.db"
  start=$(date +%s)
  java -cp "target/test-classes:target/classes:$(cat "$work/cp.txt")" org.psoascoach.bench.HistorySeed "$db" "$years" \
    "history-$years@example.org" "benchmark lantern orbit" 2>/dev/null
  echo "   seeded in $(( $(date +%s) - start )) s; sessions in the database: $(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('select count(*) from session_log').fetchone()[0])" "$db")"
  ./psoas serve --port "$port" --db "$db" >/dev/null 2>&1 &
  pid=$!
  until curl -s -o /dev/null "http://127.0.0.1:$port/health"; do sleep 0.05; done
  jar="$work/cookies-$years"
  csrf=$(curl -s -c "$jar" -b "$jar" "http://127.0.0.1:$port/signin" | grep -o 'name="csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
  curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "csrf=$csrf" --data-urlencode "email=history-$years@example.org" \
    --data-urlencode "password=benchmark lantern orbit" "http://127.0.0.1:$port/signin"
  session=$(awk '$6 == "psoas_session" {print $7}' "$jar")
  bytes=$(curl -s -H "Cookie: psoas_session=$session" "http://127.0.0.1:$port/progress" | wc -c)
  echo "-- $years year(s): /progress is $bytes bytes"
  wrk -t1 -c4 -d10s -H "Cookie: psoas_session=$session" "http://127.0.0.1:$port/progress" >/dev/null # warm-up
  for connections in 1 4; do
    echo "   $connections connection(s):"
    wrk -t1 -c"$connections" -d"${duration}s" --latency -H "Cookie: psoas_session=$session" "http://127.0.0.1:$port/progress"
  done
  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""
done
