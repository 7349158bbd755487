#!/usr/bin/env python3
"""A burst of sign-ins against a running `psoas serve`, to check that password hashing (Argon2id, 19 MiB each)
stays within the server's heap: CLIENTS threads each open the sign-in form and post a wrong password, again and
again, for SECONDS. Prints how many answered and how many failed (an error or a 5xx is a failure).
Usage: bench/signin-burst.py PORT SECONDS CLIENTS"""
import http.cookiejar, re, sys, threading, time, urllib.error, urllib.parse, urllib.request

port, seconds, clients = int(sys.argv[1]), float(sys.argv[2]), int(sys.argv[3])
base = "http://127.0.0.1:%d" % port
counts = {"answered": 0, "failed": 0}
lock = threading.Lock()

def client(number):
    end = time.time() + seconds
    while time.time() < end:
        try:
            opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
            form = opener.open(base + "/signin", timeout=60).read().decode()
            csrf = re.search(r'name="csrf" value="([^"]*)"', form).group(1)
            data = urllib.parse.urlencode({"csrf": csrf, "email": "burst-%d@example.org" % number,
                                           "password": "not the password"}).encode()
            try:
                opener.open(base + "/signin", data=data, timeout=60).read()
            except urllib.error.HTTPError as e:
                if e.code >= 500:
                    raise
            with lock:
                counts["answered"] += 1
        except Exception as e:  # any failure is counted and shown: that is what the burst looks for
            with lock:
                counts["failed"] += 1
            print("failed:", e, file=sys.stderr)

threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counts)
sys.exit(1 if counts["failed"] else 0)
