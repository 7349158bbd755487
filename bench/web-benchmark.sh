#!/usr/bin/env bash
# Web speed and memory, measured from outside the server as a person's browser meets it:
#   1. cold start of `psoas serve` (the launcher, default JVM settings) to the first 200 response, ten runs
#      with a fresh database each (the first start on a new machine; the worst case) and ten reopening one;
#   2. wrk from a second process on loopback, 32 connections: a trivial health route and the program page of a
#      signed-in person, in the same run of the same server, after a warm-up of each;
#   3. resident memory (RSS) of the server after the load.
# Usage: bench/web-benchmark.sh [seconds per wrk run, default 20]. Needs wrk (apt-get install wrk) and python3.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
duration="${1:-20}"
port="${PSOAS_BENCH_PORT:-18080}"
work="$(mktemp -d)"
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT
command -v wrk >/dev/null || { echo "needs wrk: apt-get install wrk" >&2; exit 1; }
"$here/psoas" --version >/dev/null   # builds the jar and the class-data archive first if needed, outside the timing

echo "== cold start to first 200, fresh database each run"
python3 "$here/bench/cold-start.py" 10 "$port"
echo "== cold start to first 200, reopening one database"
python3 "$here/bench/cold-start.py" 10 "$port" --keep-db

echo "== load: 32 connections, ${duration}s each, after a warm-up of each route"
"$here/psoas" serve --port "$port" --db "$work/load.db" >/dev/null 2>&1 &
pid=$!
until curl -s -o /dev/null "http://127.0.0.1:$port/health"; do sleep 0.05; done
session=$("$here/bench/web-signed-in.sh" "$port")
wrk -t2 -c32 -d10s "http://127.0.0.1:$port/health" >/dev/null
wrk -t2 -c32 -d10s -H "Cookie: psoas_session=$session" "http://127.0.0.1:$port/program" >/dev/null
echo "-- /health"
wrk -t2 -c32 -d"${duration}s" --latency "http://127.0.0.1:$port/health"
echo "-- /program (signed in)"
wrk -t2 -c32 -d"${duration}s" --latency -H "Cookie: psoas_session=$session" "http://127.0.0.1:$port/program"
echo "== resident memory after the load"
grep -E 'VmRSS|VmHWM' "/proc/$pid/status"
