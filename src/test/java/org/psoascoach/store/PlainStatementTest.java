package org.psoascoach.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The positional statements of the log's hot path: the same values as JDBI would write, kept on the writer, all or nothing. */
class PlainStatementTest {
    @TempDir
    Path folder;

    private Database open() {
        Database db = Database.open(DatabaseLocation.sqlite(folder.resolve("psoas.db")));
        db.useWrite(h -> h.execute("CREATE TABLE row (id TEXT PRIMARY KEY, n INTEGER, done BOOLEAN NOT NULL, note TEXT)"));
        return db;
    }

    private static List<Map<String, Object>> rows(Database db) {
        return db.read(h -> h.createQuery("SELECT id, n, done, note FROM row ORDER BY id").mapToMap().list());
    }

    @Test
    void valuesAndNullsAreWrittenInOrderOnTheWriterAndOnAnyOtherHandle() {
        try (Database db = open()) {
            db.useWrite(h -> {
                for (int i = 1; i <= 2; i++) { // the second time, the statement the writer kept
                    try (PlainStatement insert = PlainStatement.of(h, "INSERT INTO row (id, n, done, note) VALUES (?, ?, ?, ?)")) {
                        assertThat(insert.text("w" + i).number(i).flag(i == 1).text(i == 1 ? "first" : null).update()).isEqualTo(1);
                    }
                }
            });
            db.jdbi().useHandle(h -> { // a pooled connection: a statement of its own
                try (PlainStatement batch = PlainStatement.of(h, "INSERT INTO row (id, n, done, note) VALUES (?, ?, ?, ?)")) {
                    batch.text("p1").number(null).flag(false).text("x").add().text("p2").number(7).flag(true).text(null).add().runBatch();
                }
            });
            assertThat(rows(db)).extracting(r -> r.get("id"), r -> r.get("n"), r -> r.get("done"), r -> r.get("note")).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("p1", null, 0, "x"), org.assertj.core.groups.Tuple.tuple("p2", 7, 1, null),
                    org.assertj.core.groups.Tuple.tuple("w1", 1, 1, "first"), org.assertj.core.groups.Tuple.tuple("w2", 2, 0, null));
        }
    }

    @Test
    void aFailingStatementFailsItsWriteAloneAndTheKeptStatementStillWorks() {
        try (Database db = open()) {
            String sql = "INSERT INTO row (id, n, done, note) VALUES (?, ?, ?, ?)";
            db.useWrite(h -> {
                try (PlainStatement insert = PlainStatement.of(h, sql)) {
                    insert.text("a").number(1).flag(true).text(null).update();
                }
            });
            assertThatThrownBy(() -> db.useWrite(h -> {
                try (PlainStatement insert = PlainStatement.of(h, sql)) {
                    insert.text("b").number(2).flag(true).text(null).update();
                    insert.text("a").number(3).flag(true).text(null).update(); // the same id: refused
                }
            })).isInstanceOf(org.jdbi.v3.core.statement.UnableToExecuteStatementException.class).hasMessageContaining("INSERT INTO row");
            assertThat(rows(db)).extracting(r -> r.get("id")).containsExactly("a"); // "b" went with the write it was in
            db.useWrite(h -> {
                try (PlainStatement insert = PlainStatement.of(h, sql)) {
                    insert.text("c").number(4).flag(false).text(null).update();
                }
            });
            assertThat(rows(db)).extracting(r -> r.get("id")).containsExactly("a", "c");
        }
    }

    @Test
    void onlyTheWritersHandleWritesAlone() {
        try (Database db = open()) {
            assertThat(db.write(Database::writesAlone)).isTrue();
            assertThat(db.jdbi().withHandle(Database::writesAlone)).isFalse();
            assertThat(db.read(Database::writesAlone)).isFalse();
        }
    }

    @Test
    void aQueryReadsItsRowsInOrderAndItsFirstRowOrNoneOnTheWriterAndOnAPooledHandle() {
        try (Database db = open()) {
            db.useWrite(h -> h.execute("INSERT INTO row (id, n, done, note) VALUES ('a', 1, 1, NULL), ('b', 2, 0, 'two'), ('c', NULL, 0, NULL)"));
            String sql = "SELECT id, note FROM row WHERE done = ? ORDER BY id";
            for (boolean onWriter : new boolean[] {true, false}) {
                org.jdbi.v3.core.HandleCallback<List<String>, RuntimeException> read = h -> {
                    try (PlainStatement q = PlainStatement.of(h, sql)) {
                        List<String> notDone = q.flag(false).list(rs -> rs.getString(1) + "=" + rs.getString(2));
                        String done = q.flag(true).first(rs -> rs.getString(1)).orElseThrow();
                        boolean none = q.text("neither").first(rs -> rs.getString(1)).isEmpty();
                        return List.of(String.join(",", notDone), done, String.valueOf(none));
                    }
                };
                List<String> got = onWriter ? db.write(read) : db.read(read);
                assertThat(got).as(onWriter ? "on the writer" : "on a pooled handle").containsExactly("b=two,c=null", "a", "true");
            }
        }
    }
}
