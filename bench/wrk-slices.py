#!/usr/bin/env python3
"""Sums the slices of bench/web-benchmark.sh: per route, requests over time, and the p99 of all its slices together
(each slice's latency at every tenth of a percent, from bench/quantiles.lua, stands for a thousandth of its requests).
Usage: wrk-slices.py FOLDER SLICES (FOLDER holds health-N.txt and program-N.txt: wrk --latency -s quantiles.lua)."""
import re
import sys

folder, slices = sys.argv[1], int(sys.argv[2])


def millis(text):
    value, unit = re.fullmatch(r"([\d.]+)(us|ms|s)", text).groups()
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]


def slice_of(route, i):
    out = open(f"{folder}/{route}-{i}.txt").read()
    done = re.search(r"(\d+) requests in ([\d.]+)(ms|s)", out)
    seconds = float(done.group(2)) / (1000 if done.group(3) == "ms" else 1)
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)|Socket errors: .*", out)
    read = re.search(r"([\d.]+)(B|KB|MB|GB) read", out)
    per_request = float(read.group(1)) * {"B": 1, "KB": 2**10, "MB": 2**20, "GB": 2**30}[read.group(2)] / int(done.group(1))
    if route == "program" and per_request < 5000:  # a redirect to sign in (3xx is not an error to wrk) would look fast
        errors = f"{per_request:.0f} bytes a response: not the program page"
    elif errors:
        errors = errors.group(0)
    quantiles = [int(q) / 1000 for q in re.findall(r"^quantile \S+ (\d+)$", out, re.M)]
    if len(quantiles) != 1000:
        errors = errors or "no latency quantiles (run wrk with -s bench/quantiles.lua)"
    return int(done.group(1)), seconds, millis(re.search(r"\s99%\s+(\S+)", out).group(1)), errors, quantiles


def merged_p99(slices):
    """The latency under which 99 % of all the slices' requests were answered."""
    points = sorted((q, n / 1000) for n, quantiles in slices for q in quantiles)
    total, seen = sum(n for n, _ in slices), 0.0
    for q, weight in points:
        seen += weight
        if seen >= 0.99 * total:
            return q
    return points[-1][0]


runs = {"health": [], "program": []}  # per route, each slice's (requests, seconds, p99 ms, quantiles)
print(f"{'slice':>5} {'/health req/s':>14} {'p99 ms':>7} {'/program req/s':>15} {'p99 ms':>7} {'ratio':>6}")
for i in range(1, slices + 1):
    for route in runs:
        n, s, p99, errors, quantiles = slice_of(route, i)
        if errors:
            sys.exit(f"/{route} slice {i}: {errors}")
        runs[route].append((n, s, p99, quantiles))
    (hn, hs, hp99, _), (pn, ps, pp99, _) = runs["health"][-1], runs["program"][-1]
    print(f"{i:>5} {hn / hs:>14,.0f} {hp99:>7.2f} {pn / ps:>15,.0f} {pp99:>7.2f} {100 * (pn / ps) / (hn / hs):>5.1f}%")
rate = {}
for route, parts in runs.items():
    n, s, p99s = sum(r[0] for r in parts), sum(r[1] for r in parts), [r[2] for r in parts]
    rate[route] = n / s
    print(f"/{route}: {n} requests in {s:.1f} s = {rate[route]:,.0f} req/s; p99 {merged_p99([(r[0], r[3]) for r in parts]):.2f} ms"
          f" (slices: best {min(p99s):.2f}, worst {max(p99s):.2f} ms)")
print(f"/program / /health: {100 * rate['program'] / rate['health']:.1f} % (target: at least 50 %); /program p99 target: at most 10 ms")
