package org.psoascoach.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A write returns only once the commit that holds it is synced to disk; the writer does not wait for the sync. */
class LogSyncTest {
    @TempDir
    Path folder;

    private Path database() throws SQLException {
        Path file = folder.resolve("synced.db");
        try (Connection c = connect(file); Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode = WAL");
            s.execute("CREATE TABLE written (n INTEGER PRIMARY KEY)");
        }
        return file;
    }

    private static Connection connect(Path file) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file);
    }

    private static boolean stored(Path file, int n) {
        try (Connection c = connect(file); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT COUNT(*) FROM written WHERE n = " + n)) {
            return r.next() && r.getInt(1) == 1;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void awaitStored(Path file, int n) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!stored(file, n) && System.nanoTime() < until) Thread.sleep(2);
        assertThat(stored(file, n)).as("write " + n + " committed").isTrue();
    }

    @Test
    void aCommittedWriteIsAnsweredOnlyAfterTheSyncAndTheWriterCommitsTheNextMeanwhile() throws Exception {
        Path file = database();
        Semaphore syncs = new Semaphore(0); // each sync of the log waits for a permit
        ExecutorService requests = Executors.newFixedThreadPool(2);
        try (GroupCommit writer = new GroupCommit(connect(file), connect(file), syncs::acquireUninterruptibly, "test-writer")) {
            Future<Integer> first = requests.submit(() -> writer.write(h -> h.execute("INSERT INTO written (n) VALUES (1)")));
            awaitStored(file, 1);
            Thread.sleep(100);
            assertThat(first.isDone()).as("committed but not yet synced: not answered").isFalse();

            Future<Integer> second = requests.submit(() -> writer.write(h -> h.execute("INSERT INTO written (n) VALUES (2)")));
            awaitStored(file, 2); // the writer did not wait for the first's sync
            assertThat(second.isDone()).isFalse();

            syncs.release();
            assertThat(first.get(20, TimeUnit.SECONDS)).isEqualTo(1);
            Thread.sleep(100);
            assertThat(second.isDone()).as("the first sync was asked for before the second commit: it does not cover it").isFalse();
            syncs.release();
            assertThat(second.get(20, TimeUnit.SECONDS)).isEqualTo(1);
        } finally {
            requests.shutdownNow();
        }
    }

    @Test
    void aSyncThatFailsFailsTheWritesItHeldAsTheDatabaseBeingUnavailable() throws Exception {
        Path file = database();
        LogSync.Sync failing = () -> { throw new IOException("no space left on device"); };
        try (GroupCommit writer = new GroupCommit(connect(file), connect(file), failing, "test-writer")) {
            assertThatThrownBy(() -> writer.write(h -> h.execute("INSERT INTO written (n) VALUES (1)")))
                    .isInstanceOf(DatabaseUnavailableException.class)
                    .hasMessageContaining("could not be synced to disk: no space left on device");
        }
    }

    @Test
    void closingAnswersTheCommitsStillWaitingForTheirSync() throws Exception {
        Path file = database();
        Semaphore syncs = new Semaphore(0);
        ExecutorService requests = Executors.newSingleThreadExecutor();
        try {
            GroupCommit writer = new GroupCommit(connect(file), connect(file), syncs::acquireUninterruptibly, "test-writer");
            Future<Integer> written = requests.submit(() -> writer.write(h -> h.execute("INSERT INTO written (n) VALUES (1)")));
            awaitStored(file, 1);
            syncs.release(2);
            writer.close();
            assertThat(written.get(20, TimeUnit.SECONDS)).isEqualTo(1);
        } finally {
            requests.shutdownNow();
        }
    }

    @Test
    void theLogsFileIsSyncedWhereItIsNowAndNoLogIsNothingToSync() throws Exception {
        Path file = folder.resolve("plain.db");
        LogSync.Sync sync = LogSync.of(file);
        sync.sync(); // no log yet
        Path log = folder.resolve("plain.db-wal");
        Files.write(log, new byte[4096]);
        sync.sync();
        Files.delete(log); // SQLite removes the log when its last connection closes, and makes it again
        sync.sync();
        Files.write(log, new byte[8192]);
        sync.sync(); // the new file, not the removed one
        sync.close();
        assertThat(Files.size(log)).isEqualTo(8192);
    }
}
