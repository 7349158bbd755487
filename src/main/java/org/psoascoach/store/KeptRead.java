package org.psoascoach.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * One read that runs on nearly every request (the sign-in check), kept prepared on a few connections of its
 * own. Preparing the statement again each time was two thirds of the read's cost on SQLite. Each connection
 * serves one request at a time; a connection that fails (a database restart) is dropped and the read is tried
 * once more on a new one. Made by {@link Database#keptRead}, closed with the database.
 */
public final class KeptRead implements AutoCloseable {
    /** Turns the result rows into a value. */
    public interface Rows<T> {
        T read(ResultSet rows) throws SQLException;
    }

    private record Prepared(Connection connection, PreparedStatement statement) {}

    private final Database db;
    private final String sql;
    private final BlockingQueue<Prepared> idle;
    private final List<Prepared> all = new ArrayList<>();
    private final int most;
    private boolean closed;

    KeptRead(Database db, String sql, int most) {
        this.db = db;
        this.sql = sql;
        this.most = most;
        this.idle = new ArrayBlockingQueue<>(most);
    }

    public <T> T run(Rows<T> rows, String... parameters) {
        for (int attempt = 1; ; attempt++) {
            Prepared prepared = take();
            try {
                for (int i = 0; i < parameters.length; i++) prepared.statement().setString(i + 1, parameters[i]);
                T value;
                try (ResultSet result = prepared.statement().executeQuery()) {
                    value = rows.read(result);
                }
                idle.add(prepared);
                return value;
            } catch (SQLException e) {
                drop(prepared);
                if (attempt == 2) throw new DatabaseUnavailableException("cannot read the database: " + e.getMessage(), e);
            }
        }
    }

    private Prepared take() {
        Prepared ready = idle.poll();
        if (ready != null) return ready;
        synchronized (this) {
            if (closed) throw new DatabaseUnavailableException("the database is closed", null);
            if (all.size() < most) {
                Prepared made = open();
                all.add(made);
                return made;
            }
        }
        try {
            return idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DatabaseUnavailableException("interrupted while waiting for the database", e);
        }
    }

    private Prepared open() {
        try {
            Connection connection = db.newConnection();
            return new Prepared(connection, connection.prepareStatement(sql));
        } catch (SQLException e) {
            throw new DatabaseUnavailableException("cannot connect to the database: " + e.getMessage(), e);
        }
    }

    private synchronized void drop(Prepared prepared) {
        all.remove(prepared);
        quietlyClose(prepared);
    }

    @Override
    public synchronized void close() {
        closed = true;
        all.forEach(KeptRead::quietlyClose);
        all.clear();
        idle.clear();
    }

    private static void quietlyClose(Prepared prepared) {
        try {
            prepared.connection().close();
        } catch (SQLException ignored) {
            // closing after a failure; nothing more to do
        }
    }
}
