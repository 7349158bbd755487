package org.psoascoach.store;

import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.InputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Migrations are forward-only and the same on both databases: each one applies from an empty database
 * and from every earlier version, and a released migration is never edited (its checksum is pinned here;
 * change the schema with a new V&lt;n&gt; file instead).
 */
class MigrationTest {
    /** SHA-256 of every released migration. Add a line for each new one; never change a line. */
    private static final Map<String, String> RELEASED = Map.ofEntries(
            Map.entry("V1__accounts_assessments_plans_logs.sql", "45640449ba73ed0c3df196caf284aa4c965565fc6d65e6d1257bba2392970497"),
            Map.entry("V2__sign_in_sessions_and_drafts.sql", "7cdecee4b53fb43fa28560687d4d5dac4c7d5da603b55fa690ce185ac2f5748f"),
            Map.entry("V3__account_revision.sql", "dfb328dbf6ffa25c07f6445e5b506ede691ca32cc2335760bf4599bed9ed6e54"),
            Map.entry("V4__calendar_feed.sql", "bc85e86d825ace74c4c8991b62128d9500aa7df1842ffca69003fa3642993790"),
            Map.entry("V5__progress_window.sql", "f794938ed7529f92a085ae30084031e7947ec2dfacc75319f52225113fd60a55"),
            Map.entry("V6__account_security.sql", "ce92afa83ade5753479d1fd7d21d8b032f939e3925a74be276103bc1728a3140"),
            Map.entry("V7__session_schedule.sql", "14f01ec30c96fadcab22ab88595559cbee9261f866588b14ee9e411f386072cd"),
            Map.entry("V8__practices.sql", "f9f37b603228f44b01fa0c518eaf4d9bd774cde5f56c044b30cedcfefdab7d95"),
            Map.entry("V9__assessed_in_clinic.sql", "334005231a05ff5761541bba093ebb43f4f6cbc517aba5e170036376f6ae54cc"),
            Map.entry("V10__program_adjustments.sql", "85c18f944996ed5a7ab955637d16ab3ab62b87458cb1f206a4065294e8ed7585"),
            Map.entry("V11__practice_list_figures.sql", "806f643a28e4b7dbd21562aa0ecd0517695fa5c08f198dfec15c7a157f359472"),
            Map.entry("V12__progression_counted.sql", "17644f58cf887bb453611316604500250f74ba9cae238036c323d9ef09ffa083"),
            Map.entry("V13__session_items_by_key.sql", "d00971229c32fb40609515db373dfbc753b3e363b12251fc59378f87f2421c3e"),
            Map.entry("V14__latest_first_indexes.sql", "68a3a938166ed752f5c8e3f1bf94a1f1d09fcd5ac32404db647297da14ae213b"));

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(Backend.class)
    void everyVersionMigratesFromEmptyAndFromEachEarlierVersionToTheSameSchema(Backend backend) {
        DatabaseLocation fresh = backend.freshLocation(folder);
        try (Database all = Database.open(fresh)) {
            List<String> versions = new ArrayList<>();
            for (MigrationInfo m : Database.flyway(all.dataSource(), all.dialect()).info().applied()) versions.add(m.getVersion().getVersion());
            assertThat(versions).isNotEmpty();
            Map<String, List<String>> latest = schema(all);
            for (String start : versions) {
                try (Database stepwise = Database.connect(backend.freshLocation(folder))) {
                    Database.configure(stepwise.dataSource(), stepwise.dialect()).target(start).load().migrate();
                    Database.flyway(stepwise.dataSource(), stepwise.dialect()).migrate();
                    assertThat(schema(stepwise)).as("from version " + start).isEqualTo(latest);
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void sessionsLoggedBeforeV11GetTheirSetsDoneCountedFromTheirItems(Backend backend) {
        try (Database db = Database.connect(backend.freshLocation(folder))) {
            Database.configure(db.dataSource(), db.dialect()).target("10").load().migrate();
            db.jdbi().useHandle(h -> {
                h.execute("INSERT INTO account (id, role, time_zone, created_at) VALUES ('a', 'person', 'UTC', '2026-11-01T08:00:00.000Z')");
                for (String log : List.of("done", "stopped", "bare")) {
                    h.execute("INSERT INTO session_log (id, account_id, idempotency_key, performed_on, completed, pain_before, pain_after, recorded_at) "
                            + "VALUES (?, 'a', ?, '2026-11-01', FALSE, 2, 2, '2026-11-01T08:00:00.000Z')", log, log);
                }
                h.execute("INSERT INTO session_log_item (session_log_id, position, item_id, side, sets) VALUES ('done', 1, 'x', 'left', 3), "
                        + "('done', 2, 'x', 'right', 2), ('stopped', 1, 'x', 'left', 0)");
            });
            Database.flyway(db.dataSource(), db.dialect()).migrate();
            Map<String, Integer> setsDone = new LinkedHashMap<>();
            db.jdbi().useHandle(h -> h.createQuery("SELECT id, sets_done FROM session_log ORDER BY id")
                    .map((rs, ctx) -> setsDone.put(rs.getString(1), rs.getInt(2))).list());
            assertThat(setsDone).containsExactly(Map.entry("bare", 0), Map.entry("done", 5), Map.entry("stopped", 0));
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void sessionsLoggedBeforeV12AreCountedDayByDayAsTheProgressionRuleReadsThem(Backend backend) {
        try (Database db = Database.connect(backend.freshLocation(folder))) {
            Database.configure(db.dataSource(), db.dialect()).target("10").load().migrate();
            db.jdbi().useHandle(h -> {
                h.execute("INSERT INTO account (id, role, time_zone, created_at) VALUES ('a', 'person', 'UTC', '2026-11-01T08:00:00.000Z')");
                h.execute("INSERT INTO account (id, role, time_zone, created_at) VALUES ('b', 'person', 'UTC', '2026-11-01T08:00:00.000Z')");
                String insert = "INSERT INTO session_log (id, account_id, idempotency_key, performed_on, completed, pain_before, pain_after, recorded_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, '2026-11-01T08:00:00.000Z')";
                h.execute(insert, "1", "a", "1", "2026-11-01", true, 2, 2);
                h.execute(insert, "2", "a", "2", "2026-11-01", false, 2, 5);
                h.execute(insert, "3", "a", "3", "2026-11-01", true, 3, 4);
                h.execute(insert, "4", "a", "4", "2026-11-02", true, 4, 1);
                h.execute(insert, "5", "b", "5", "2026-11-01", true, 0, 0);
                // sets done: V11 counts them from the items; the second session of the first day was stopped before any set
                h.execute("INSERT INTO session_log_item (session_log_id, position, item_id, side, sets) VALUES ('1', 1, 'x', 'left', 3), "
                        + "('2', 1, 'x', 'left', 0), ('3', 1, 'x', 'left', 1), ('4', 1, 'x', 'left', 2), ('5', 1, 'x', 'left', 2)");
            });
            Database.flyway(db.dataSource(), db.dialect()).migrate();
            List<String> days = db.jdbi().withHandle(h -> h.createQuery(
                    "SELECT account_id, day, sessions, finished, pain_up, done FROM session_day ORDER BY account_id, day")
                    .map((rs, ctx) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getInt(3) + " " + rs.getInt(4) + " " + rs.getInt(5) + " " + rs.getInt(6)).list());
            assertThat(days).containsExactly("a 2026-11-01 3 2 2 2", "a 2026-11-02 1 1 0 1", "b 2026-11-01 1 1 0 1");
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void itemsLoggedBeforeV13AreAllKeptByTheirKeyAndStillGoWithTheirSession(Backend backend) {
        try (Database db = Database.connect(backend.freshLocation(folder))) {
            Database.configure(db.dataSource(), db.dialect()).target("12").load().migrate();
            db.jdbi().useHandle(h -> {
                h.execute("INSERT INTO account (id, role, time_zone, created_at) VALUES ('a', 'person', 'UTC', '2026-11-01T08:00:00.000Z')");
                String insert = "INSERT INTO session_log (id, account_id, idempotency_key, performed_on, completed, pain_before, pain_after, recorded_at) "
                        + "VALUES (?, 'a', ?, '2026-11-01', TRUE, 2, 2, '2026-11-01T08:00:00.000Z')";
                h.execute(insert, "s1", "k1");
                h.execute(insert, "s2", "k2");
                h.execute("INSERT INTO session_log_item (session_log_id, position, item_id, side, sets, reps, hold_seconds) VALUES "
                        + "('s1', 2, 'bridge', 'both', 2, 10, NULL), ('s1', 1, 'lunge', 'left', 3, NULL, 30), ('s2', 1, 'lunge', 'right', 0, NULL, NULL)");
            });
            Database.flyway(db.dataSource(), db.dialect()).migrate();
            org.jdbi.v3.core.HandleCallback<List<String>, RuntimeException> items = h -> h.createQuery(
                    "SELECT session_log_id, position, item_id, side, sets, reps, hold_seconds FROM session_log_item ORDER BY session_log_id, position")
                    .map((rs, ctx) -> rs.getString(1) + " " + rs.getInt(2) + " " + rs.getString(3) + " " + rs.getString(4) + " " + rs.getInt(5)
                            + " " + rs.getObject(6) + " " + rs.getObject(7)).list();
            assertThat(db.jdbi().withHandle(items)).containsExactly("s1 1 lunge left 3 null 30", "s1 2 bridge both 2 10 null",
                    "s2 1 lunge right 0 null null");
            if (db.dialect() == Dialect.SQLITE) {
                String table = db.jdbi().withHandle(h -> h.createQuery("SELECT sql FROM sqlite_master WHERE name = 'session_log_item'")
                        .mapTo(String.class).one());
                assertThat(table).contains("WITHOUT ROWID");
            }
            db.jdbi().useHandle(h -> h.execute("DELETE FROM session_log WHERE id = 's1'"));
            assertThat(db.jdbi().withHandle(items)).containsExactly("s2 1 lunge right 0 null null");
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void clientsAddedBeforeV11AreFoundByEachWordOfTheirName(Backend backend) {
        try (Database db = Database.connect(backend.freshLocation(folder))) {
            Database.configure(db.dataSource(), db.dialect()).target("10").load().migrate();
            db.jdbi().useHandle(h -> {
                h.execute("INSERT INTO account (id, role, time_zone, created_at) VALUES ('c', 'client', 'UTC', '2026-11-01T08:00:00.000Z')");
                h.execute("INSERT INTO practice (id, name, created_at) VALUES ('p', 'Hip Clinic', '2026-11-01T08:00:00.000Z')");
                h.execute("INSERT INTO practice_client (practice_id, client_id, name, name_key, linked_at) "
                        + "VALUES ('p', 'c', 'Bea O''Brien-Smith', 'bea o''brien-smith', '2026-11-01T08:00:00.000Z')");
            });
            Database.flyway(db.dataSource(), db.dialect()).migrate();
            List<String> words = db.jdbi().withHandle(h -> h.createQuery("SELECT word_key FROM practice_client_word ORDER BY word_key")
                    .mapTo(String.class).list());
            assertThat(words).containsExactlyInAnyOrderElementsOf(org.psoascoach.practice.NameWords.of("bea o'brien-smith"));
        }
    }

    @Test
    void releasedMigrationsAreNeverEdited() throws Exception {
        for (var entry : RELEASED.entrySet()) {
            try (InputStream in = MigrationTest.class.getResourceAsStream("/db/migration/" + entry.getKey())) {
                assertThat(in).as(entry.getKey()).isNotNull();
                String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
                assertThat(sha).as(entry.getKey() + " was edited after release; add a new migration instead").isEqualTo(entry.getValue());
            }
        }
    }

    /** Table name to its column names, as the database reports them. */
    private static Map<String, List<String>> schema(Database db) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Tables.Table t : Tables.ALL) {
            out.put(t.name(), db.jdbi().withHandle(h -> h.createQuery("SELECT * FROM " + t.name() + " WHERE 1 = 0")
                    .scanResultSet((rs, ctx) -> {
                        var meta = rs.get().getMetaData();
                        List<String> columns = new ArrayList<>();
                        for (int i = 1; i <= meta.getColumnCount(); i++) columns.add(meta.getColumnName(i).toLowerCase(java.util.Locale.ROOT));
                        return columns;
                    })));
        }
        return out;
    }
}
