package org.psoascoach.store;

import org.jdbi.v3.core.statement.StatementBuilder;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The writer's statements, kept prepared on its one connection: SQLite compiles a statement each time it is prepared,
 * and the writer, which every write waits for, runs the same few dozen statements over and over. One thread only (the
 * writer's). A statement asked for again while it is still in use (a query open around another) is made afresh.
 */
final class KeptStatements implements StatementBuilder {
    private static final int MOST = 128;

    private final Set<PreparedStatement> inUse = new HashSet<>();
    private final Map<String, PreparedStatement> kept = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
            if (size() <= MOST || inUse.contains(eldest.getValue())) return false;
            quietlyClose(eldest.getValue());
            return true;
        }
    };

    @Override
    public Statement create(Connection conn, StatementContext ctx) throws SQLException { return conn.createStatement(); }

    @Override
    public PreparedStatement create(Connection conn, String sql, StatementContext ctx) throws SQLException {
        PreparedStatement statement = kept.get(sql);
        if (statement != null && inUse.contains(statement)) return conn.prepareStatement(sql); // nested: one of its own
        if (statement == null) {
            statement = conn.prepareStatement(sql);
            kept.put(sql, statement);
        } else {
            statement.clearParameters();
            statement.clearBatch();
        }
        inUse.add(statement);
        return statement;
    }

    @Override
    public CallableStatement createCall(Connection conn, String sql, StatementContext ctx) throws SQLException { return conn.prepareCall(sql); }

    @Override
    public void close(Connection conn, String sql, Statement statement) throws SQLException {
        if (statement instanceof PreparedStatement prepared && kept.get(sql) == prepared) {
            inUse.remove(prepared); // kept for the next time
            return;
        }
        statement.close();
    }

    @Override
    public void close(Connection conn) {
        kept.values().forEach(KeptStatements::quietlyClose);
        kept.clear();
        inUse.clear();
    }

    private static void quietlyClose(Statement statement) {
        try {
            statement.close();
        } catch (SQLException ignored) {
            // closing the connection closes it anyway
        }
    }
}
