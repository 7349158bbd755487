package org.psoascoach.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/**
 * Copies SQLite's write-ahead log into the database file beside the {@link GroupCommit writer}, not inside its commits
 * (issue 19). A copy (a checkpoint) writes every page the log holds into the file and syncs it: done by the writer's own
 * commit, as SQLite does by default, it held every write of that commit and of the next for 8–16 ms.
 * <p>
 * Here a thread of its own, on a connection of its own, copies what the writer committed every {@link #PASS_MILLIS} ms
 * while commits come. That alone never lets the log start over: a log is written from its beginning again only by a
 * writer that finds every page of it copied, and under a steady stream of commits there are always a few new ones. So
 * once the log holds {@link #RESTART_PAGES} pages this thread stops and asks the writer to copy the few pages left
 * itself, between two commits ({@link #catchUp}); its next commit then starts the log over. Without that the log
 * would grow without end.
 */
final class Checkpointer implements AutoCloseable {
    /** How long the thread waits between two copies while commits come: a few commits' pages at a time. */
    static final long PASS_MILLIS = 50;
    /** Pages in the log (4 KiB each) after which the writer copies what is left and starts it over: 16 MiB. */
    static final int RESTART_PAGES = 4000;

    /** What {@code PRAGMA wal_checkpoint} answered: the pages in the log, and how many of them are in the file now. */
    record Pass(boolean busy, int logPages, int copiedPages) {
        boolean allCopied() { return !busy && copiedPages >= logPages; }
    }

    private final Connection connection;
    private final LongSupplier commits;
    /** One copy at a time: the thread's and the writer's would otherwise find each other busy. */
    private final ReentrantLock copying = new ReentrantLock();
    private final Thread thread;
    private final AtomicLong passes = new AtomicLong();
    private final AtomicLong catchUps = new AtomicLong();
    private volatile boolean restartWanted;
    private volatile boolean closing;

    /** {@code connection}: the thread's own; {@code commits}: the writer's count of commits, read to see whether there is anything new. */
    Checkpointer(Connection connection, LongSupplier commits, String name) {
        this.connection = connection;
        this.commits = commits;
        this.thread = new Thread(this::serve, name);
        thread.setDaemon(true);
        thread.start();
    }

    private void serve() {
        long seen = commits.getAsLong();
        while (!closing) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(PASS_MILLIS));
            long now = commits.getAsLong();
            if (now == seen || restartWanted) continue;
            seen = now;
            copying.lock();
            try {
                if (closing) break;
                Pass pass = copy(connection);
                passes.incrementAndGet();
                if (pass.logPages() >= RESTART_PAGES) restartWanted = true;
            } catch (SQLException e) {
                // a copy that failed leaves the log as it was, whole; the next pass, or SQLite's on closing, copies it
            } finally {
                copying.unlock();
            }
        }
    }

    /**
     * Called by the writer between two commits, on its own connection: when the log is long, copies the pages the thread
     * has not yet copied, so that the writer's next commit starts the log over. Skipped while the thread is copying, and
     * asked again after the next commit if a reader still reading an older state kept some pages from being copied.
     */
    void catchUp(Connection writer) {
        if (!restartWanted || !copying.tryLock()) return;
        try {
            if (copy(writer).allCopied()) restartWanted = false;
            catchUps.incrementAndGet();
        } catch (SQLException e) {
            // as in serve(): the log stays whole and is asked to be copied again after the next commit
        } finally {
            copying.unlock();
        }
    }

    static Pass copy(Connection on) throws SQLException {
        try (Statement s = on.createStatement(); ResultSet r = s.executeQuery("PRAGMA wal_checkpoint(PASSIVE)")) {
            r.next();
            return new Pass(r.getInt(1) != 0, r.getInt(2), r.getInt(3));
        }
    }

    /** Copies made by the thread, and by the writer to start the log over; for tests and the benchmark. */
    long passes() { return passes.get(); }

    long catchUps() { return catchUps.get(); }

    @Override
    public void close() {
        closing = true;
        LockSupport.unpark(thread);
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing: the last connection to close copies the log into the file
        }
    }
}
