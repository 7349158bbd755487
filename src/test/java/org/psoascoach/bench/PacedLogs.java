package org.psoascoach.bench;

import org.psoascoach.web.api.Api;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Logs sent at a fixed rate, whatever the answers' speed (an open loop, as wrk2 does; wrk has none): each writer has
 * its own connection and its own timetable, one log every {@code writers / rate} seconds, the writers' timetables
 * spread evenly. A log's latency runs from the moment the timetable said to send it, so an answer that came late
 * counts against every log that waited behind it on that connection (no "coordinated omission"). Plain HTTP/1.1 on a
 * socket: the load costs little CPU on the cores it shares with the server.
 * <p>
 * The first seconds are a warm-up, sent on the same timetable and connections but not counted, as wrk2 leaves out its
 * calibration: this process's own first requests (its classes loaded, its code not yet compiled, the connections
 * opened) were late by tens of milliseconds on the server's two cores, whatever the server did.
 */
final class PacedLogs {
    record Writer(String cookie, String csrf) {}

    record Result(int writers, double rate, int warmUpSeconds, int seconds, long warmUp, long sent, long created, long other, long lateStarts,
                  long[] latencyNanos) {
        double quantileMs(double percent) {
            long[] sorted = latencyNanos.clone();
            Arrays.sort(sorted);
            return sorted[Math.max(0, Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1))] / 1e6;
        }

        String report() {
            return String.format(Locale.ROOT, """
                    %,.0f logs/s offered for %d s by %d writers after %d s of warm-up (%,d logs, not counted): %,d sent, %,d answered 201, %,d other; %,d sent late (the writer's previous log still unanswered at its time)
                    latency from each log's appointed time: p50 %.2f ms, p90 %.2f, p99 %.2f, p99.9 %.2f, max %.2f""",
                    rate, seconds, writers, warmUpSeconds, warmUp, sent, created, other, lateStarts, quantileMs(50), quantileMs(90), quantileMs(99),
                    quantileMs(99.9), quantileMs(100));
        }
    }

    private PacedLogs() {}

    static Result run(int port, List<Writer> writers, double rate, int warmUpSeconds, int seconds, String day, String keyPrefix)
            throws InterruptedException {
        long periodNanos = Math.round(writers.size() / rate * 1e9);
        long start = System.nanoTime() + 200_000_000L, counted = start + warmUpSeconds * 1_000_000_000L,
                end = counted + seconds * 1_000_000_000L;
        AtomicLong created = new AtomicLong(), other = new AtomicLong(), late = new AtomicLong(), warmUp = new AtomicLong();
        List<long[]> latencies = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < writers.size(); i++) {
            Writer w = writers.get(i);
            long first = start + periodNanos * i / writers.size();
            long[] mine = new long[(int) (seconds * 1e9 / periodNanos) + 2];
            latencies.add(mine);
            int index = i;
            Thread t = new Thread(() -> {
                try (Socket socket = new Socket("127.0.0.1", port)) {
                    socket.setTcpNoDelay(true);
                    InputStream in = new BufferedInputStream(socket.getInputStream());
                    OutputStream out = socket.getOutputStream();
                    int n = 0, sentHere = 0;
                    for (long due = first; due < end; due += periodNanos) {
                        boolean counts = due >= counted;
                        long now = System.nanoTime();
                        if (now < due) LockSupport.parkNanos(due - now);
                        else if (counts && n > 0) late.incrementAndGet();
                        String body = "{\"idempotencyKey\":\"" + keyPrefix + "-" + index + "-" + sentHere++ + "\",\"date\":\"" + day
                                + "\",\"painBefore\":2,\"painAfter\":2}";
                        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                        out.write(("POST /api/v1/sessions HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nCookie: " + w.cookie() + "\r\n"
                                + Api.CSRF_HEADER + ": " + w.csrf() + "\r\nContent-Type: application/json\r\nContent-Length: " + bytes.length
                                + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                        out.write(bytes);
                        out.flush();
                        int status = readResponse(in);
                        if (counts) {
                            mine[n++] = System.nanoTime() - due;
                            (status == 201 ? created : other).incrementAndGet();
                        } else {
                            warmUp.incrementAndGet();
                            if (status != 201) other.incrementAndGet(); // an error in the warm-up is an error too
                        }
                    }
                    if (n < mine.length) mine[n] = -1; // where this writer's latencies end
                } catch (Throwable e) {
                    failures.add(e);
                }
            }, "paced-writer-" + i);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) t.join();
        if (!failures.isEmpty()) throw new IllegalStateException("a paced writer failed", failures.get(0));
        long[] all = latencies.stream().flatMapToLong(a -> Arrays.stream(a).takeWhile(x -> x >= 0)).filter(x -> x > 0).toArray();
        return new Result(writers.size(), rate, warmUpSeconds, seconds, warmUp.get(), all.length, created.get(), other.get(), late.get(), all);
    }

    /** Reads one HTTP/1.1 response off the connection (length-delimited or chunked) and returns its status. */
    private static int readResponse(InputStream in) throws IOException {
        String statusLine = line(in);
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        long length = -1;
        boolean chunked = false;
        for (String header = line(in); !header.isEmpty(); header = line(in)) {
            String lower = header.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) length = Long.parseLong(lower.substring(15).trim());
            if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) chunked = true;
        }
        if (chunked) {
            for (long size = Long.parseLong(line(in).trim(), 16); size > 0; size = Long.parseLong(line(in).trim(), 16)) {
                skip(in, size);
                line(in);
            }
            line(in); // the empty line after the last chunk
        } else if (length > 0) {
            skip(in, length);
        }
        return status;
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64);
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) throw new IOException("the server closed the connection");
            if (b != '\r') out.write(b);
        }
        return out.toString(StandardCharsets.US_ASCII);
    }

    private static void skip(InputStream in, long n) throws IOException {
        while (n > 0) {
            long skipped = in.skip(n);
            if (skipped <= 0) {
                if (in.read() < 0) throw new IOException("the server closed the connection");
                skipped = 1;
            }
            n -= skipped;
        }
    }
}
