package org.psoascoach.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psoascoach.Fixtures;
import org.psoascoach.account.Account;
import org.psoascoach.account.Accounts;
import org.psoascoach.journal.Journal;
import org.psoascoach.progress.DoneItem;
import org.psoascoach.progress.LoggedSession;
import org.psoascoach.progress.SessionLogRules;
import org.psoascoach.session.SessionScript;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A backup taken while sessions are being logged holds every log acknowledged before it began, whole, and restores clean. */
class BackupsTest {
    @TempDir
    Path folder;

    @Test
    void aBackupDuringWritesHoldsEveryAcknowledgedLogAndRestoresToARecordThatPassesTheIntegrityCheck() throws Exception {
        DatabaseLocation live = DatabaseLocation.sqlite(folder.resolve("live.db"));
        Path copy = folder.resolve("copy.db");
        List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
        List<String> before;
        try (Database db = Database.open(live)) {
            Journal journal = new Journal(db, Fixtures.PLANNER, new SessionLogRules(Fixtures.CATALOG), Clock.systemUTC());
            Account me = new Accounts(db, Clock.systemUTC()).localProfile(ZoneId.of("UTC"));
            journal.assess(me, Fixtures.intake().tightLeft().build());
            LocalDate today = journal.today(me);
            List<DoneItem> planned = SessionScript.asPlanned(journal.today(me, today).orElseThrow().result().plan());
            AtomicBoolean writing = new AtomicBoolean(true);
            AtomicReference<Throwable> failed = new AtomicReference<>();
            Thread writer = new Thread(() -> {
                try {
                    for (int i = 0; writing.get(); i++) {
                        String key = "log-" + i;
                        journal.log(me, new LoggedSession(key, today, null, null, true, 3, 2, "set " + i, planned));
                        acknowledged.add(key); // only once the log is committed
                    }
                } catch (Throwable e) {
                    failed.set(e);
                }
            });
            writer.start();
            while (acknowledged.size() < 30 && failed.get() == null) Thread.sleep(5);
            before = List.copyOf(acknowledged);
            String version = Backups.backup(live, copy);
            int duringBackup = acknowledged.size() - before.size();
            while (acknowledged.size() < before.size() + duringBackup + 20 && failed.get() == null) Thread.sleep(5);
            writing.set(false);
            writer.join();
            assertThat(failed.get()).isNull();
            assertThat(version).isEqualTo(String.valueOf(latestMigration()));
        }

        DatabaseLocation restoredAt = DatabaseLocation.sqlite(folder.resolve("restored.db"));
        Backups.restore(restoredAt, copy);
        try (Database restored = Database.open(restoredAt)) {
            List<String> keys = restored.jdbi().withHandle(h -> h.createQuery("SELECT idempotency_key FROM session_log").mapTo(String.class).list());
            assertThat(keys).containsAll(before);                 // every log acknowledged before the backup began
            assertThat(acknowledged).containsAll(keys);            // and nothing that was not written
            assertThat(keys.size()).as("the copy is of one moment during the writes").isLessThan(acknowledged.size());
            int partial = restored.jdbi().withHandle(h -> h.createQuery("""
                    SELECT COUNT(*) FROM session_log s
                    WHERE s.sets_done <> (SELECT COALESCE(SUM(i.sets), 0) FROM session_log_item i WHERE i.session_log_id = s.id)
                       OR NOT EXISTS (SELECT 1 FROM session_log_item i WHERE i.session_log_id = s.id)""").mapTo(Integer.class).one());
            assertThat(partial).as("sessions without all their items").isZero();
        }
        assertThat(Backups.checked(folder.resolve("restored.db"))).isEqualTo(String.valueOf(latestMigration()));
    }

    @Test
    void aBackupNeverOverwritesAndARestoreTakesOnlyAPsoasRecordThatPassesTheCheck() throws Exception {
        DatabaseLocation live = DatabaseLocation.sqlite(folder.resolve("live.db"));
        try (Database db = Database.open(live)) {
            db.awaitOpen();
        }
        Path taken = Files.writeString(folder.resolve("taken.db"), "mine");
        assertThatThrownBy(() -> Backups.backup(live, taken)).isInstanceOf(Backups.Refused.class).hasMessageContaining("exists already");
        assertThat(Files.readString(taken)).isEqualTo("mine");
        assertThatThrownBy(() -> Backups.restore(live, taken)).isInstanceOf(Backups.Refused.class).hasMessageContaining("not a Psoas Coach record");
        assertThatThrownBy(() -> Backups.restore(live, folder.resolve("missing.db"))).isInstanceOf(Backups.Refused.class)
                .hasMessageContaining("no backup file");
        assertThatThrownBy(() -> Backups.backup(DatabaseLocation.parse("jdbc:postgresql://localhost/psoas"), folder.resolve("pg.db")))
                .isInstanceOf(Backups.Refused.class).hasMessageContaining("pg_dump");
        Path other = folder.resolve("other.db");
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + other); var s = c.createStatement()) {
            s.execute("CREATE TABLE t (x)");
        }
        assertThatThrownBy(() -> Backups.restore(live, other)).isInstanceOf(Backups.Refused.class).hasMessageContaining("not a Psoas Coach record");
    }

    private static int latestMigration() throws Exception {
        try (var files = Files.list(Path.of("src/main/resources/db/migration"))) {
            return files.map(p -> p.getFileName().toString()).map(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max(Integer::compare).orElseThrow();
        }
    }
}
