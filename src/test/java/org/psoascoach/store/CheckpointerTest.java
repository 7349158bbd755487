package org.psoascoach.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** The write-ahead log is copied into the database beside the writer, and still started over while writes never stop. */
class CheckpointerTest {
    private static final int PAGE = 4096;

    @TempDir
    Path folder;

    private Connection connect() throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("copied.db"));
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode = WAL");
            s.execute("PRAGMA synchronous = FULL");
            s.execute("PRAGMA wal_autocheckpoint = 0"); // as the writer's: only the checkpointer copies
        }
        return c;
    }

    private static void writePages(Connection c, int pages) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO page (body) VALUES (?)")) {
            for (int i = 0; i < pages; i++) {
                insert.setBytes(1, new byte[PAGE - 100]); // about a page each
                insert.executeUpdate();
            }
        }
    }

    private static void awaitPasses(Checkpointer checkpointer, long passes) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (checkpointer.passes() < passes && System.nanoTime() < until) Thread.sleep(5);
        assertThat(checkpointer.passes()).as("passes of the checkpointer's thread").isGreaterThanOrEqualTo(passes);
    }

    @Test
    void theThreadCopiesWhatWasCommittedAndALongLogIsLeftToTheWriterToFinishSoThatItsNextCommitStartsItOver() throws Exception {
        try (Connection writer = connect()) {
            try (Statement s = writer.createStatement()) {
                s.execute("CREATE TABLE page (id INTEGER PRIMARY KEY, body BLOB NOT NULL)");
            }
            AtomicLong commits = new AtomicLong();
            try (Checkpointer checkpointer = new Checkpointer(connect(), commits::get, "test-checkpoints")) {
                writePages(writer, 100);
                commits.incrementAndGet();
                awaitPasses(checkpointer, 1);

                // a log as long as RESTART_PAGES, and a commit after it that the thread cannot copy: a reader still reads
                // the state before it (under writes that never stop there is always such a last commit)
                writer.setAutoCommit(false);
                writePages(writer, Checkpointer.RESTART_PAGES);
                writer.commit();
                writer.setAutoCommit(true);
                try (Connection reader = connect()) {
                    reader.setAutoCommit(false);
                    assertThat(count(reader)).isEqualTo(100 + Checkpointer.RESTART_PAGES);
                    writePages(writer, 1);
                    commits.incrementAndGet();
                    awaitPasses(checkpointer, 2);
                    reader.commit();
                }
                writePages(writer, 1); // not all copied: this commit goes on at the log's end
                commits.incrementAndGet();
                Thread.sleep(3 * Checkpointer.PASS_MILLIS);
                assertThat(checkpointer.passes()).as("the thread stops copying and leaves the rest to the writer").isEqualTo(2);

                checkpointer.catchUp(writer);
                assertThat(checkpointer.catchUps()).isEqualTo(1);
                writePages(writer, 1); // the writer's next commit writes from the log's beginning
                Checkpointer.Pass after = Checkpointer.copy(writer);
                assertThat(after.logPages()).as("pages in the log after it started over").isLessThan(10);
                commits.incrementAndGet();
                awaitPasses(checkpointer, 3); // and the thread copies again
            }
            assertThat(count(writer)).isEqualTo(100 + Checkpointer.RESTART_PAGES + 3);
        }
    }

    private static int count(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM page")) {
            r.next();
            return r.getInt(1);
        }
    }

    @Test
    void underWritesThatNeverStopTheLogStaysShortAndEveryWriteIsKept() throws Exception {
        Path file = folder.resolve("psoas.db");
        try (Database db = Database.open(DatabaseLocation.sqlite(file))) {
            db.useWrite(h -> h.execute("CREATE TABLE page (id INTEGER PRIMARY KEY, writes INTEGER NOT NULL, body BLOB NOT NULL)"));
            for (int id = 0; id < 64; id++) {
                int row = id;
                db.useWrite(h -> h.createUpdate("INSERT INTO page (id, writes, body) VALUES (:id, 0, zeroblob(16384))").bind("id", row).execute());
            }
            // 8 writers rewrite 64 rows of 16 KiB, five pages a write, without a pause: 60,000 pages of log in all,
            // fifteen times RESTART_PAGES; a log never started over would reach ~240 MiB
            int writers = 8, each = 1500;
            ExecutorService pool = Executors.newFixedThreadPool(writers);
            AtomicBoolean done = new AtomicBoolean();
            List<Future<?>> running = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                running.add(pool.submit(() -> {
                    for (int n = 0; n < each; n++) {
                        int row = (writer * each + n) % 64;
                        db.useWrite(h -> h.createUpdate("UPDATE page SET writes = writes + 1, body = randomblob(16384) WHERE id = :id").bind("id", row).execute());
                    }
                    return null;
                }));
            }
            Path wal = folder.resolve("psoas.db-wal");
            long longest = 0;
            while (running.stream().anyMatch(f -> !f.isDone())) {
                if (Files.exists(wal)) longest = Math.max(longest, Files.size(wal));
                Thread.sleep(2);
            }
            for (Future<?> f : running) f.get(120, TimeUnit.SECONDS);
            pool.shutdown();

            assertThat(longest).as("the log's file, bytes, at its longest").isLessThan(3L * Checkpointer.RESTART_PAGES * PAGE);
            assertThat(db.checkpointer().passes()).as("copies by the checkpointer's thread").isPositive();
            Integer written = db.read(h -> h.createQuery("SELECT SUM(writes) FROM page").mapTo(Integer.class).one());
            assertThat(written).isEqualTo(writers * each);
            String check = db.read(h -> h.createQuery("PRAGMA integrity_check").mapTo(String.class).one());
            assertThat(check).isEqualTo("ok");
        }
    }
}
