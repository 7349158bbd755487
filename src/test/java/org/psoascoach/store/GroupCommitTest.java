package org.psoascoach.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** SQLite's one writer: writes wait in the app, are committed together, and each is all there or not at all. */
class GroupCommitTest {
    @TempDir
    Path folder;

    private Database open() {
        Database db = Database.open(DatabaseLocation.sqlite(folder.resolve("psoas.db")));
        db.useWrite(h -> h.execute("CREATE TABLE written (writer INTEGER NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (writer, n))"));
        return db;
    }

    private static int count(Database db, String where) {
        return db.read(h -> h.createQuery("SELECT COUNT(*) FROM written WHERE " + where).mapTo(Integer.class).one());
    }

    @Test
    void manyWritersAtOnceAreEachCommittedAndShareCommits() throws Exception {
        try (Database db = open()) {
            long[] before = db.commitsAndWrites();
            ExecutorService pool = Executors.newFixedThreadPool(16);
            List<Future<Integer>> writers = new ArrayList<>();
            for (int w = 0; w < 16; w++) {
                int writer = w;
                writers.add(pool.submit(() -> {
                    for (int n = 0; n < 50; n++) {
                        int at = n;
                        db.useWrite(h -> h.createUpdate("INSERT INTO written (writer, n) VALUES (:w, :n)").bind("w", writer).bind("n", at).execute());
                        // acknowledged: another connection sees it at once
                        assertThat(count(db, "writer = " + writer + " AND n = " + at)).isEqualTo(1);
                    }
                    return 50;
                }));
            }
            int acknowledged = 0;
            for (Future<Integer> f : writers) acknowledged += f.get(60, TimeUnit.SECONDS);
            pool.shutdown();
            long[] after = db.commitsAndWrites();
            assertThat(count(db, "1 = 1")).isEqualTo(acknowledged).isEqualTo(800);
            assertThat(after[1] - before[1]).isEqualTo(800);
            assertThat(after[0] - before[0]).as("commits for 800 writes from 16 writers").isLessThan(800);
        }
    }

    @Test
    void aWriteThatFailsIsUndoneAloneAndTheOthersOfItsCommitStay() throws Exception {
        try (Database db = open()) {
            CountDownLatch holding = new CountDownLatch(1), release = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            Future<?> first = pool.submit(() -> db.useWrite(h -> {
                holding.countDown();
                await(release); // the writer is busy: the next three wait together
                h.execute("INSERT INTO written (writer, n) VALUES (0, 0)");
            }));
            holding.await();
            Future<?> good = pool.submit(() -> db.useWrite(h -> h.execute("INSERT INTO written (writer, n) VALUES (1, 1)")));
            Future<?> failing = pool.submit(() -> db.useWrite(h -> {
                h.execute("INSERT INTO written (writer, n) VALUES (2, 1)");
                h.execute("INSERT INTO written (writer, n) VALUES (2, 2)");
                throw new IllegalArgumentException("refused halfway");
            }));
            Future<?> alsoGood = pool.submit(() -> db.useWrite(h -> h.execute("INSERT INTO written (writer, n) VALUES (3, 1)")));
            while (waiting(db) < 3) Thread.sleep(5);
            long[] before = db.commitsAndWrites();
            release.countDown();
            first.get(10, TimeUnit.SECONDS);
            good.get(10, TimeUnit.SECONDS);
            alsoGood.get(10, TimeUnit.SECONDS);
            assertThatThrownBy(() -> failing.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("refused halfway");
            long[] after = db.commitsAndWrites();
            assertThat(after[0] - before[0]).as("the held write's commit, then one for the three").isEqualTo(2);
            assertThat(count(db, "writer = 2")).isZero();
            assertThat(count(db, "writer IN (0, 1, 3)")).isEqualTo(3);
            pool.shutdown();
        }
    }

    @Test
    void aWriteAskedForInsideAWriteIsPartOfItAndDoesNotWaitForItself() {
        try (Database db = open()) {
            assertThatThrownBy(() -> db.useWrite(h -> {
                h.execute("INSERT INTO written (writer, n) VALUES (5, 1)");
                db.useWrite(inner -> inner.execute("INSERT INTO written (writer, n) VALUES (5, 2)"));
                throw new IllegalStateException("the outer write fails after the inner one");
            })).isInstanceOf(IllegalStateException.class);
            assertThat(count(db, "writer = 5")).isZero(); // one transaction: both undone
            db.useWrite(h -> db.useWrite(inner -> inner.execute("INSERT INTO written (writer, n) VALUES (6, 1)")));
            assertThat(count(db, "writer = 6")).isEqualTo(1);
        }
    }

    @Test
    void theWritersKeptStatementsGiveTheSameAnswersReusedNestedAndAfterAFailure() {
        try (Database db = open()) {
            for (int n = 0; n < 20; n++) {
                int at = n;
                db.useWrite(h -> h.createUpdate("INSERT INTO written (writer, n) VALUES (:w, :n)").bind("w", 8).bind("n", at).execute());
            }
            // the same insert refused (a duplicate), then used again: the kept statement is whole after a failure
            assertThatThrownBy(() -> db.useWrite(h -> h.createUpdate("INSERT INTO written (writer, n) VALUES (:w, :n)").bind("w", 8).bind("n", 0).execute()))
                    .isInstanceOf(RuntimeException.class);
            db.useWrite(h -> h.createUpdate("INSERT INTO written (writer, n) VALUES (:w, :n)").bind("w", 8).bind("n", 20).execute());
            // a query read row by row while the same query runs inside it: each gets its own statement
            List<Integer> pairs = db.write(h -> {
                List<Integer> out = new ArrayList<>();
                try (var rows = h.createQuery("SELECT n FROM written WHERE writer = :w ORDER BY n").bind("w", 8).mapTo(Integer.class).stream()) {
                    rows.limit(3).forEach(n -> out.add(n + h.createQuery("SELECT n FROM written WHERE writer = :w ORDER BY n").bind("w", 8)
                            .mapTo(Integer.class).list().size()));
                }
                return out;
            });
            assertThat(pairs).containsExactly(21, 22, 23);
            assertThat(count(db, "writer = 8")).isEqualTo(21);
        }
    }

    @Test
    void theWriterKeepsItsPagesInALargerCacheAndCheckpointsLessOftenAndEveryConnectionKeepsStatementJournalsInMemory() {
        try (Database db = open()) {
            assertThat(onWriter(db, "cache_size")).isEqualTo(-GroupCommit.CACHE_KIB);
            assertThat(onWriter(db, "wal_autocheckpoint")).isEqualTo(GroupCommit.CHECKPOINT_PAGES);
            assertThat(onReader(db, "cache_size")).as("a pooled reader keeps SQLite's default").isEqualTo(-2000);
            int memory = 2; // SQLite's number for temp_store = MEMORY
            assertThat(onWriter(db, "temp_store")).isEqualTo(memory);
            assertThat(onReader(db, "temp_store")).isEqualTo(memory);
        }
    }

    private static int onWriter(Database db, String pragma) {
        Integer value = db.write(h -> h.createQuery("PRAGMA " + pragma).mapTo(Integer.class).one());
        return value;
    }

    private static int onReader(Database db, String pragma) {
        Integer value = db.read(h -> h.createQuery("PRAGMA " + pragma).mapTo(Integer.class).one());
        return value;
    }

    @Test
    void aWriteAfterTheDatabaseClosedIsRefusedNotLeftWaiting() {
        Database db = open();
        db.close();
        assertThatThrownBy(() -> db.useWrite(h -> h.execute("INSERT INTO written (writer, n) VALUES (7, 1)")))
                .isInstanceOf(DatabaseUnavailableException.class);
    }

    private static int waiting(Database db) { return db.writesWaiting(); }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
