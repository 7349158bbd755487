package org.psoascoach.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Makes the {@link GroupCommit writer}'s commits durable beside it, and only then lets them be answered (issue 19).
 * <p>
 * With {@code synchronous=FULL} SQLite syncs the write-ahead log inside every {@code COMMIT}, and the writer sat idle
 * for each sync instead of running the next writes. Its connection commits with {@code synchronous=NORMAL} instead,
 * which writes the same pages to the log without the sync, and hands the commit here. This thread syncs the log file
 * once for every commit handed over since its last sync — a later sync covers all the pages written before it — and
 * only then lets each of their writes return. So, as before, a write that returned is on disk; the writer meanwhile
 * runs the next commit. SQLite still syncs the log before copying it into the database (a checkpoint), and its header
 * when the log starts over, as it does with {@code FULL}.
 * <p>
 * A sync that fails leaves what it held in doubt (committed, maybe not on disk): those writes fail as the database
 * being unavailable, and the server goes on, as SQLite itself would after a failed sync.
 */
final class LogSync implements AutoCloseable {
    /** What is made durable: the log's file as it is now. {@link #of} for a file; tests give another. */
    interface Sync extends AutoCloseable {
        void sync() throws IOException;

        @Override
        default void close() throws IOException {}
    }

    /** What the writer hands over after a commit: told once its pages are on disk, or that they could not be synced. */
    interface Committed {
        void synced();

        void notSynced(RuntimeException why);
    }

    /** Handed over by {@link #close}: everything before it is synced and told, then the thread stops. */
    private static final Committed STOP = new Committed() {
        @Override
        public void synced() {}

        @Override
        public void notSynced(RuntimeException why) {}
    };

    private final LinkedBlockingQueue<Committed> committed = new LinkedBlockingQueue<>();
    private final Sync sync;
    private final Thread thread;

    LogSync(Sync sync, String name) {
        this.sync = sync;
        this.thread = new Thread(this::serve, name);
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * The log of the database at {@code databaseFile} ({@code -wal} beside it): synced through a channel of its own,
     * opened again whenever the file is another than the one open (SQLite removes the log when its last connection
     * closes; Linux syncs a file's pages whichever descriptor wrote them).
     */
    static Sync of(Path databaseFile) {
        Path log = databaseFile.resolveSibling(databaseFile.getFileName() + "-wal");
        return new Sync() {
            private FileChannel channel;
            private Object key;

            @Override
            public void sync() throws IOException {
                Object now;
                try {
                    now = Files.readAttributes(log, BasicFileAttributes.class).fileKey();
                } catch (NoSuchFileException gone) {
                    return; // no log: every commit is in the database file already, synced by the checkpoint that put it there
                }
                if (channel == null || now == null || !now.equals(key)) {
                    close();
                    channel = FileChannel.open(log, StandardOpenOption.WRITE);
                    key = now;
                }
                channel.force(false);
            }

            @Override
            public void close() throws IOException {
                if (channel != null) channel.close();
                channel = null;
            }
        };
    }

    /** Tells {@code commit} once everything committed before this call is on disk. Called by the writer after each commit. */
    void afterSync(Committed commit) {
        committed.add(commit);
    }

    private void serve() {
        List<Committed> waiting = new ArrayList<>();
        boolean stop = false;
        while (!stop) {
            try {
                waiting.add(committed.take());
            } catch (InterruptedException e) {
                continue; // only STOP stops it: every commit handed over is told
            }
            committed.drainTo(waiting);
            stop = waiting.remove(STOP);
            syncThenTell(waiting);
        }
        try {
            sync.close();
        } catch (IOException ignored) {
            // closing: the log is SQLite's; only this channel to it goes
        }
    }

    private void syncThenTell(List<Committed> waiting) {
        if (waiting.isEmpty()) return;
        IOException failed = null;
        try {
            sync.sync();
        } catch (IOException e) {
            failed = e;
        }
        for (Committed c : waiting) {
            if (failed == null) c.synced();
            else c.notSynced(new DatabaseUnavailableException(
                    "the write was made but could not be synced to disk: " + failed.getMessage(), failed));
        }
        waiting.clear();
    }

    /** Syncs and tells what the writer committed, then stops. Called after the writer has stopped. */
    @Override
    public void close() {
        committed.add(STOP);
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
