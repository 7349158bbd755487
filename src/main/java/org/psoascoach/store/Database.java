package org.psoascoach.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One open database: a small connection pool, the schema brought up to date by the shared Flyway
 * migrations, and JDBI on top. SQLite runs in WAL mode with {@code synchronous=FULL}, so a commit
 * that returned is on disk before anyone is told it succeeded, even if the process is killed next.
 */
public final class Database implements AutoCloseable {
    public static final String MIGRATIONS = "classpath:db/migration";

    private final DatabaseLocation location;
    private final HikariDataSource dataSource;
    private final Jdbi jdbi;

    private Database(DatabaseLocation location, HikariDataSource dataSource) {
        this.location = location;
        this.dataSource = dataSource;
        this.jdbi = Jdbi.create(dataSource);
    }

    /** Opens the database and applies any migration it lacks. */
    public static Database open(DatabaseLocation location) {
        Database database = connect(location);
        try {
            flyway(database.dataSource).migrate();
        } catch (RuntimeException e) {
            database.close();
            throw new DatabaseUnavailableException("cannot prepare the database at " + location.shown() + ": " + rootMessage(e), e);
        }
        return database;
    }

    /** Opens the database without migrating it (for tests that migrate step by step). */
    public static Database connect(DatabaseLocation location) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(location.jdbcUrl());
        config.setPoolName("psoas");
        if (location.dialect() == Dialect.SQLITE) {
            Path file = location.sqliteFile();
            try {
                Path parent = file.toAbsolutePath().getParent();
                if (parent != null) Files.createDirectories(parent);
            } catch (IOException e) {
                throw new DatabaseUnavailableException("cannot create the folder for the database file " + file + ": " + e.getMessage(), e);
            }
            // SQLite allows one writer at a time: a small pool, writers wait for each other instead of failing
            config.setMaximumPoolSize(4);
            config.addDataSourceProperty("journal_mode", "WAL");
            config.addDataSourceProperty("synchronous", "FULL");
            config.addDataSourceProperty("foreign_keys", "true");
            config.addDataSourceProperty("busy_timeout", "15000");
            config.addDataSourceProperty("transaction_mode", "IMMEDIATE");
        } else {
            config.setMaximumPoolSize(8);
        }
        try {
            return new Database(location, new HikariDataSource(config));
        } catch (RuntimeException e) {
            throw new DatabaseUnavailableException("cannot open the database at " + location.shown() + ": " + rootMessage(e), e);
        }
    }

    public static Flyway flyway(DataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations(MIGRATIONS)
                .failOnMissingLocations(true)
                .load();
    }

    public Jdbi jdbi() { return jdbi; }

    public DataSource dataSource() { return dataSource; }

    public Dialect dialect() { return location.dialect(); }

    public DatabaseLocation location() { return location; }

    @Override
    public void close() { dataSource.close(); }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        String message = root.getMessage();
        return message == null ? root.getClass().getSimpleName() : message;
    }
}
