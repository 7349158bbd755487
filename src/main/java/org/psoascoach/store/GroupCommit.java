package org.psoascoach.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The one writer of a SQLite database (issue 19). SQLite lets one connection write at a time; with several, the
 * others sleep in its busy handler and wake late. Here every write is queued, in the order it came, to one thread
 * on one connection, which takes all the writes waiting, runs each in a savepoint of one transaction (a write that
 * fails is rolled back alone, as if it had its own transaction), commits them together — one sync of the log to disk
 * for them all, {@code synchronous=FULL} — and only then tells each one how it went. So a write that returned is on
 * disk, and many writers cost about one disk sync between them instead of one each.
 * <p>
 * A write asked for from inside a write (the writer's own thread) runs at once in the same transaction: it would
 * otherwise wait for itself. Writes must not wait on anything but the database: every other write waits behind them.
 */
final class GroupCommit implements AutoCloseable {
    /** Enough to take a burst of every server thread in one commit, and to bound how long the first one waits. */
    static final int MOST_AT_ONCE = 256;
    /** The writer's page cache, KiB: its connection's own, beside the few pooled readers' default 2 MiB each. */
    static final int CACHE_KIB = 16 * 1024;
    /** Pages of the write-ahead log after which the writer's commit copies them into the database (16 MiB of 4 KiB pages). */
    static final int CHECKPOINT_PAGES = 4000;
    /** The attribute that marks the writer's handle (see {@link Database#writesAlone}). */
    static final String ALONE = "psoas.writesAlone";

    private final LinkedBlockingQueue<Write<?>> waiting = new LinkedBlockingQueue<>();
    private final Connection connection;
    private final Handle handle;
    private final Thread thread;
    private final KeptStatements kept;
    private final AtomicLong commits = new AtomicLong();
    private final AtomicLong writes = new AtomicLong();
    private volatile boolean closing;

    private static final class Write<T> {
        final HandleCallback<T, RuntimeException> work;
        final CompletableFuture<T> done = new CompletableFuture<>();
        T result;
        RuntimeException failed;

        Write(HandleCallback<T, RuntimeException> work) { this.work = work; }

        void run(Handle h) { result = work.withHandle(h); }

        void tell() {
            if (failed != null) done.completeExceptionally(failed);
            else done.complete(result);
        }
    }

    GroupCommit(Connection connection, String name) {
        this.connection = connection;
        this.kept = new KeptStatements(connection, true);
        this.handle = Jdbi.open(connection);
        handle.setStatementBuilder(kept);
        handle.define(ALONE, Boolean.TRUE);
        // the pages every log writes to (the ends of the logs' indexes, each account's part of them) stay in memory: with
        // the default 2 MiB the writer read them back from the file again and again
        handle.execute("PRAGMA cache_size = -" + CACHE_KIB);
        // the writer copies the log into the database every CHECKPOINT_PAGES pages it wrote: SQLite's default 1,000 came
        // every dozen commits under load; with more, a page written by many commits (an index's end, an account's row)
        // is copied once for all of them
        handle.execute("PRAGMA wal_autocheckpoint = " + CHECKPOINT_PAGES);
        this.thread = new Thread(this::serve, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Runs {@code work} in a transaction of the writer and returns once that transaction is committed (or rethrows why not). */
    <T> T write(HandleCallback<T, RuntimeException> work) {
        if (Thread.currentThread() == thread) return work.withHandle(handle);
        if (closing) throw new DatabaseUnavailableException("the database is closing; the write was not made", null);
        Write<T> write = new Write<>(work);
        waiting.add(write);
        try {
            return write.done.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) throw cause;
            if (e.getCause() instanceof Error error) throw error;
            throw e;
        }
    }

    /** Commits made and writes they held, since the database was opened: writes / commits is how many shared a sync. */
    long commits() { return commits.get(); }

    long writes() { return writes.get(); }

    int waiting() { return waiting.size(); }

    private void serve() {
        List<Write<?>> batch = new ArrayList<>(MOST_AT_ONCE);
        while (true) {
            try {
                batch.add(waiting.take());
            } catch (InterruptedException e) {
                break; // closing
            }
            waiting.drainTo(batch, MOST_AT_ONCE - 1);
            commit(batch);
            batch.clear();
        }
        failWaiting();
    }

    private void failWaiting() {
        List<Write<?>> left = new ArrayList<>();
        waiting.drainTo(left);
        for (Write<?> w : left) {
            w.failed = new DatabaseUnavailableException("the database closed before this write was made", null);
            w.tell();
        }
    }

    private void commit(List<Write<?>> batch) {
        try {
            // statements, not the connection's auto-commit switch: sqlite-jdbc begins the next transaction at once after a commit
            plain("BEGIN IMMEDIATE");
            for (Write<?> w : batch) {
                if (batch.size() == 1) { // alone in its transaction: no savepoint needed to undo it alone
                    w.run(handle);
                    continue;
                }
                plain("SAVEPOINT one_write");
                try {
                    w.run(handle);
                    plain("RELEASE one_write");
                } catch (RuntimeException e) {
                    plain("ROLLBACK TO one_write"); // this write's rows go; the others' stay
                    plain("RELEASE one_write");
                    w.failed = e;
                }
            }
            plain("COMMIT");
            commits.incrementAndGet();
            writes.addAndGet(batch.size());
        } catch (RuntimeException e) {
            // the transaction itself failed (disk full, I/O error, the file locked too long): none of its writes is kept
            rollBack();
            for (Write<?> w : batch) if (w.failed == null) w.failed = e;
        } catch (Error e) {
            rollBack();
            for (Write<?> w : batch) if (w.failed == null) w.failed = new IllegalStateException("the write could not be made: " + e, e);
        }
        for (Write<?> w : batch) w.tell();
    }

    /** Runs a statement of the writer's own (begin, savepoint, release, commit), kept prepared: several a batch. */
    private void plain(String sql) {
        try {
            java.sql.PreparedStatement statement = kept.create(connection, sql, null);
            try {
                statement.execute();
            } finally {
                kept.close(connection, sql, statement);
            }
        } catch (SQLException e) {
            throw new DatabaseUnavailableException("the database refused " + sql + ": " + e.getMessage(), e);
        }
    }

    private void rollBack() {
        try {
            plain("ROLLBACK");
        } catch (RuntimeException ignored) {
            // no transaction left to roll back (SQLite ended it itself), or the connection is what failed: the next batch
            // begins again or fails the same way, and says so
        }
    }

    @Override
    public void close() {
        closing = true;
        thread.interrupt();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        failWaiting(); // any that came while the thread was stopping
        handle.close(); // closes the kept statements too
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing: nothing more to do with it
        }
    }
}
