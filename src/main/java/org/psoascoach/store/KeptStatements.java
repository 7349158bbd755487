package org.psoascoach.store;

import org.jdbi.v3.core.statement.StatementBuilder;
import org.jdbi.v3.core.statement.StatementBuilderFactory;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Statements kept prepared on one SQLite connection: SQLite compiles a statement each time it is prepared, and the
 * same few dozen run over and over (the writer's for every log; a request's reads for every page and log). One thread
 * at a time: the writer's, or the thread that has borrowed the pooled connection. A statement asked for again while
 * it is still in use (a query open around another) is made afresh.
 * <p>
 * A kept query is reset when its result is closed, and JDBI closes every result, also those a handle still has open
 * when it closes; so a kept statement holds no snapshot of the database between uses. On a pooled connection the
 * statements outlive the handle that borrowed it (see {@link PerConnection}).
 */
final class KeptStatements implements StatementBuilder {
    private static final int MOST = 128;

    /** Where statements are prepared: the connection itself, not a pool's wrapper (which closes them when handed back). */
    private final Connection prepareOn;
    private final boolean closeWithHandle;
    private final Set<PreparedStatement> inUse = new HashSet<>();
    private final Map<String, PreparedStatement> kept = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
            if (size() <= MOST || inUse.contains(eldest.getValue())) return false;
            quietlyClose(eldest.getValue());
            return true;
        }
    };

    /**
     * Statements prepared on {@code prepareOn}; {@code closeWithHandle}: all closed when the handle closes (the writer's
     * one handle lives as long as its connection), else kept for the next handle on the connection.
     */
    KeptStatements(Connection prepareOn, boolean closeWithHandle) {
        this.prepareOn = prepareOn;
        this.closeWithHandle = closeWithHandle;
    }

    /**
     * JDBI's source of statement builders for a pool of SQLite connections: each connection's own kept statements,
     * found again whenever a handle borrows it. Connections the pool has closed are forgotten (their statements closed
     * with them) when a new one comes.
     */
    static final class PerConnection implements StatementBuilderFactory {
        private final Map<Connection, KeptStatements> byConnection = new HashMap<>();

        @Override
        public synchronized StatementBuilder createStatementBuilder(Connection conn) {
            Connection own = unwrapped(conn);
            KeptStatements statements = byConnection.get(own);
            if (statements == null) {
                byConnection.keySet().removeIf(PerConnection::closed);
                statements = new KeptStatements(own, false);
                byConnection.put(own, statements);
            }
            return statements;
        }

        synchronized int connections() { return byConnection.size(); }

        private static Connection unwrapped(Connection conn) {
            try {
                return conn.isWrapperFor(org.sqlite.SQLiteConnection.class) ? conn.unwrap(org.sqlite.SQLiteConnection.class) : conn;
            } catch (SQLException e) {
                return conn;
            }
        }

        private static boolean closed(Connection conn) {
            try {
                return conn.isClosed();
            } catch (SQLException e) {
                return true;
            }
        }
    }

    @Override
    public Statement create(Connection conn, StatementContext ctx) throws SQLException { return conn.createStatement(); }

    @Override
    public PreparedStatement create(Connection conn, String sql, StatementContext ctx) throws SQLException {
        PreparedStatement statement = kept.get(sql);
        if (statement != null && inUse.contains(statement)) return prepareOn.prepareStatement(sql); // nested: one of its own
        if (statement == null) {
            statement = prepareOn.prepareStatement(sql);
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
        if (!closeWithHandle) return; // kept for the next handle on the connection
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
