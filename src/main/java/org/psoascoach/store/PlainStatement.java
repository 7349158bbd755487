package org.psoascoach.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A JDBC statement bound by position, for the few statements every log runs on SQLite's one writer (its writes, and the
 * reads of the program it is checked against): there, binding through JDBI (a lookup of how to bind each value, some 70
 * values a log with its items) took more of the writer's time than SQLite itself, and every write waits for the writer.
 * On the writer's handle the statement is the one it keeps prepared ({@link KeptStatements}); on any other handle one
 * prepared for this use. Runs in the handle's transaction.
 * Failures come out as JDBI's, as from any other statement.
 */
public final class PlainStatement implements AutoCloseable {
    private final Handle h;
    private final String sql;
    private final PreparedStatement statement;
    private final KeptStatements kept;
    private int next = 1;

    private PlainStatement(Handle h, String sql) {
        this.h = h;
        this.sql = sql;
        this.kept = h.getStatementBuilder() instanceof KeptStatements k ? k : null;
        try {
            this.statement = kept != null ? kept.create(h.getConnection(), sql, null) : h.getConnection().prepareStatement(sql);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** The statement {@code sql}, with {@code ?} for each value. */
    public static PlainStatement of(Handle h, String sql) { return new PlainStatement(h, sql); }

    /** Binds the next {@code ?} to a text, or to null. */
    public PlainStatement text(String value) {
        return bind(at -> {
            if (value == null) statement.setNull(at, Types.VARCHAR);
            else statement.setString(at, value);
        });
    }

    /** Binds the next {@code ?} to a whole number, or to null. */
    public PlainStatement number(Integer value) {
        return bind(at -> {
            if (value == null) statement.setNull(at, Types.INTEGER);
            else statement.setInt(at, value);
        });
    }

    /** Binds the next {@code ?} to a yes or no. */
    public PlainStatement flag(boolean value) { return bind(at -> statement.setBoolean(at, value)); }

    private interface Binding {
        void at(int index) throws SQLException;
    }

    private PlainStatement bind(Binding binding) {
        try {
            binding.at(next++);
            return this;
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** Turns the current row of a query's result into a value. */
    public interface Row<T> {
        T read(ResultSet row) throws SQLException;
    }

    /** Runs the query with the values bound: each row as {@code row} reads it, in order. */
    public <T> List<T> list(Row<T> row) {
        try {
            next = 1;
            try (ResultSet rows = statement.executeQuery()) { // closing it resets the statement: no snapshot kept
                List<T> out = new ArrayList<>();
                while (rows.next()) out.add(row.read(rows));
                return out;
            }
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** Runs the query with the values bound: its first row as {@code row} reads it, if it has one. */
    public <T> Optional<T> first(Row<T> row) {
        try {
            next = 1;
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(row.read(rows)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** Runs it with the values bound; returns how many rows it changed. */
    public int update() {
        try {
            next = 1;
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** Keeps the values bound as one row of a batch. */
    public PlainStatement add() {
        try {
            statement.addBatch();
            next = 1;
            return this;
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** Runs the rows added. */
    public void runBatch() {
        try {
            statement.executeBatch();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void close() {
        try {
            if (kept != null) kept.close(h.getConnection(), sql, statement);
            else statement.close();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    private UnableToExecuteStatementException failed(SQLException e) {
        return new UnableToExecuteStatementException("could not run: " + sql, e, null);
    }
}
