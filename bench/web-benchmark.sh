#!/usr/bin/env bash
# Web speed and memory, measured from outside the server as a person's browser meets it:
#   1. cold start of `psoas serve` (the launcher, default JVM settings) to the first 200 response, ten runs
#      with a fresh database each (the first start on a new machine; the worst case) and ten reopening one;
#   2. wrk from a second process on loopback, 32 connections: a trivial health route and the program page of a
#      signed-in person, in the same run of the same server, after a warm-up of each. The two routes take turns
#      in five slices each, so that both meet the same machine: on a shared VM the speed drifts by half within
#      minutes, and one long run of each compared moments as much as routes. Requests per second are each
#      route's requests over its own time; the p99 is that of all of a route's slices together (merged from
#      wrk's latency at every tenth of a percent, bench/quantiles.lua), with each slice's own beside it;
#   3. resident memory (RSS) of the server after the load.
# Usage: bench/web-benchmark.sh [seconds of load per route, default 20]. Needs wrk (apt-get install wrk) and python3.
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

slices=5
slice=$(( duration / slices > 1 ? duration / slices : 2 ))
echo "== load: 32 connections, ${slices} slices of ${slice}s per route taking turns, after a warm-up of each route"
"$here/psoas" serve --port "$port" --db "$work/load.db" >/dev/null 2>&1 &
pid=$!
until curl -s -o /dev/null "http://127.0.0.1:$port/health"; do sleep 0.05; done
session=$("$here/bench/web-signed-in.sh" "$port")
wrk -t2 -c32 -d10s "http://127.0.0.1:$port/health" >/dev/null
wrk -t2 -c32 -d10s -H "Cookie: psoas_session=$session" "http://127.0.0.1:$port/program" >/dev/null
for i in $(seq 1 "$slices"); do
  wrk -t2 -c32 -d"${slice}s" --latency -s "$here/bench/quantiles.lua" "http://127.0.0.1:$port/health" >"$work/health-$i.txt"
  wrk -t2 -c32 -d"${slice}s" --latency -s "$here/bench/quantiles.lua" -H "Cookie: psoas_session=$session" \
    "http://127.0.0.1:$port/program" >"$work/program-$i.txt"
done
echo "-- the last slice of each, as wrk reports it"
echo "/health:"; grep -v '^quantile' "$work/health-$slices.txt"
echo "/program (signed in):"; grep -v '^quantile' "$work/program-$slices.txt"
python3 "$here/bench/wrk-slices.py" "$work" "$slices"
echo "== resident memory after the load"
grep -E 'VmRSS|VmHWM' "/proc/$pid/status"
