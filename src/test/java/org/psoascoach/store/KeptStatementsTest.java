package org.psoascoach.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.Iterator;

import static org.assertj.core.api.Assertions.assertThat;

/** Statements kept prepared on SQLite's pooled connections, across the handles that borrow them, and never holding a snapshot. */
class KeptStatementsTest {
    @TempDir
    Path folder;

    private Database open() {
        Database db = Database.open(DatabaseLocation.sqlite(folder.resolve("psoas.db")));
        db.useWrite(h -> h.execute("CREATE TABLE t (n INTEGER PRIMARY KEY)"));
        return db;
    }

    @Test
    void aHandleOnAPooledConnectionFindsTheStatementsAnEarlierHandleOnItPrepared() {
        try (Database db = open()) {
            String sql = "SELECT COUNT(*) FROM t";
            // Hikari hands a thread back the connection it last used: the same connection, so the same statement
            PreparedStatement first = db.jdbi().withHandle(h -> prepareAndPutBack(h, sql));
            PreparedStatement second = db.jdbi().withHandle(h -> prepareAndPutBack(h, sql));
            assertThat(second).isSameAs(first);
        }
    }

    private static PreparedStatement prepareAndPutBack(org.jdbi.v3.core.Handle h, String sql) {
        try {
            PreparedStatement statement = h.getStatementBuilder().create(h.getConnection(), sql, null);
            h.getStatementBuilder().close(h.getConnection(), sql, statement);
            return statement;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everyReadSeesEveryWriteAcknowledgedBeforeIt() {
        try (Database db = open()) {
            for (int n = 1; n <= 200; n++) {
                int at = n;
                db.useWrite(h -> h.createUpdate("INSERT INTO t (n) VALUES (:n)").bind("n", at).execute());
                // a kept query read only in part (its first row) must not keep the old state for the next read
                Integer first = db.read(h -> h.createQuery("SELECT n FROM t ORDER BY n DESC").mapTo(Integer.class).first());
                Integer count = db.read(h -> h.createQuery("SELECT COUNT(*) FROM t").mapTo(Integer.class).one());
                assertThat(first).isEqualTo(at);
                assertThat(count).isEqualTo(at);
            }
        }
    }

    @Test
    void aQueryLeftOpenWhenItsHandleClosesDoesNotHoldTheDatabaseBack() throws Exception {
        try (Database db = open()) {
            for (int n = 1; n <= 3; n++) {
                int at = n;
                db.useWrite(h -> h.createUpdate("INSERT INTO t (n) VALUES (:n)").bind("n", at).execute());
            }
            // read one row of three and drop the rest without closing it: the handle's end must close the statement
            db.jdbi().useHandle(h -> {
                h.execute("BEGIN DEFERRED");
                Iterator<Integer> rows = h.createQuery("SELECT n FROM t ORDER BY n").mapTo(Integer.class).iterator();
                assertThat(rows.next()).isEqualTo(1);
                h.execute("COMMIT");
            });
            db.useWrite(h -> h.execute("INSERT INTO t (n) VALUES (4)"));
            // a full checkpoint waits for every reader of an older state; busy = 0 says none was left
            try (Connection own = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("psoas.db"));
                 var rows = own.createStatement().executeQuery("PRAGMA wal_checkpoint(TRUNCATE)")) {
                rows.next();
                assertThat(rows.getInt(1)).as("busy").isZero();
                assertThat(rows.getInt(2)).as("frames left in the log").isZero();
            }
            Integer count = db.read(h -> h.createQuery("SELECT COUNT(*) FROM t").mapTo(Integer.class).one());
            assertThat(count).isEqualTo(4);
        }
    }

    @Test
    void theStatementsOfAConnectionThePoolClosedAreForgotten() throws Exception {
        String url = "jdbc:sqlite:" + folder.resolve("other.db");
        var perConnection = new KeptStatements.PerConnection();
        try (Connection kept = DriverManager.getConnection(url)) {
            Connection retired = DriverManager.getConnection(url);
            perConnection.createStatementBuilder(retired);
            perConnection.createStatementBuilder(kept);
            assertThat(perConnection.createStatementBuilder(kept)).isSameAs(perConnection.createStatementBuilder(kept));
            assertThat(perConnection.connections()).isEqualTo(2);
            retired.close();
            try (Connection replacement = DriverManager.getConnection(url)) {
                perConnection.createStatementBuilder(replacement);
                assertThat(perConnection.connections()).isEqualTo(2);
            }
        }
    }
}
