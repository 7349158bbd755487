#!/usr/bin/env python3
"""Cold start of `psoas serve` to its first 200 response, measured from one process: it starts the server
and asks for / over a raw socket every 5 ms, so the measuring costs the two cores next to nothing (a curl
process per attempt took CPU from the server it was timing). Usage: bench/cold-start.py RUNS PORT [--keep-db]
Each run uses a fresh database unless --keep-db (then the first run creates it and later runs reopen it)."""
import os, socket, subprocess, sys, tempfile, time

def first_200(port, deadline):
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=5) as s:
                s.sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                status = s.recv(64).split(b" ", 2)
                if len(status) > 1 and status[1] == b"200":
                    return True
        except OSError:
            pass
        time.sleep(0.005)
    return False

def main():
    runs, port = int(sys.argv[1]), int(sys.argv[2])
    keep = "--keep-db" in sys.argv
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    work = tempfile.mkdtemp()
    times = []
    for run in range(runs):
        db = os.path.join(work, "cold.db" if keep else "cold-%d.db" % run)
        start = time.monotonic()
        server = subprocess.Popen([os.path.join(here, "psoas"), "serve", "--port", str(port), "--db", db],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        ok = first_200(port, start + 30)
        elapsed = (time.monotonic() - start) * 1000
        server.terminate()
        server.wait()
        if not ok:
            sys.exit("no 200 from the server within 30 s")
        times.append(round(elapsed))
        time.sleep(0.3)
    times.sort()
    print("runs (ms, sorted):", " ".join(str(t) for t in times))
    print("median %d ms, worst %d ms" % (times[len(times) // 2], times[-1]))

main()
