package org.psoascoach.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.concurrent.locks.LockSupport;

/**
 * The disk's own synced writes, 4 KiB written and forced to disk in the database's folder: their rate back to back
 * ({@link #perSecond}), and their times while a benchmark runs, one every PERIOD on a thread of its own
 * ({@link #start}). Every commit that answers a log waits for such a sync, so a slow one here is a stall every write
 * of its moment shares: the machine's limit on the tail. Sparse enough (20 a second at 50 ms) to add little to the
 * disk's load, dense enough to see any stall longer than the period.
 */
final class SyncProbe implements AutoCloseable {
    private final Path file;
    private final long periodNanos;
    private final Thread thread;
    private final long[] nanos = new long[100_000];
    private int count;
    private volatile boolean stopping;
    private IOException failed;

    private SyncProbe(Path folder, long periodMillis) {
        this.file = folder.resolve("sync-probe-during.bin");
        this.periodNanos = periodMillis * 1_000_000;
        this.thread = new Thread(this::probe, "sync-probe");
        thread.setDaemon(true);
    }

    /** The disk's rate of synced writes: one after another, for {@code seconds}. */
    static double perSecond(Path folder, int seconds) throws IOException {
        Path file = folder.resolve("sync-probe.bin");
        ByteBuffer block = ByteBuffer.allocate(4096);
        long n = 0;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            long start = System.nanoTime(), end = start + seconds * 1_000_000_000L;
            while (System.nanoTime() < end) syncOne(channel, block, n++);
            return n / ((System.nanoTime() - start) / 1e9);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Writes the 4 KiB block at one of a few places in the file and forces it to disk. */
    private static void syncOne(FileChannel channel, ByteBuffer block, long n) throws IOException {
        block.clear();
        channel.write(block, (n % 16) * 4096L);
        channel.force(false);
    }

    static SyncProbe start(Path folder, long periodMillis) {
        SyncProbe probe = new SyncProbe(folder, periodMillis);
        probe.thread.start();
        return probe;
    }

    private void probe() {
        ByteBuffer block = ByteBuffer.allocate(4096);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            long next = System.nanoTime();
            while (!stopping && count < nanos.length) {
                long start = System.nanoTime();
                syncOne(channel, block, count);
                nanos[count++] = System.nanoTime() - start;
                next += periodNanos;
                LockSupport.parkNanos(next - System.nanoTime());
            }
        } catch (IOException e) {
            failed = e;
        }
    }

    /** Stops probing and says what the syncs took: "N syncs (one every P ms): p50, p99, max, how many over 20 ms". */
    String report() {
        close();
        if (failed != null) throw new UncheckedIOException(failed);
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        if (sorted.length == 0) return "no sync made";
        long over = Arrays.stream(sorted).filter(n -> n > 20_000_000L).count();
        return String.format(java.util.Locale.ROOT, "%,d synced 4 KiB writes (one every %d ms): p50 %.2f ms, p99 %.2f, max %.1f; %d over 20 ms",
                sorted.length, periodNanos / 1_000_000, at(sorted, 0.50), at(sorted, 0.99), sorted[sorted.length - 1] / 1e6, over);
    }

    private static double at(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }

    @Override
    public void close() {
        stopping = true;
        try {
            thread.join(10_000);
            Files.deleteIfExists(file);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
