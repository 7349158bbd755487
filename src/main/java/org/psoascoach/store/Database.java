package org.psoascoach.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * One open database: a small connection pool, the schema brought up to date by the shared Flyway
 * migrations, and JDBI on top. SQLite runs in WAL mode with {@code synchronous=FULL}, so a commit
 * that returned is on disk before anyone is told it succeeded, even if the process is killed next. Writes go through
 * {@link #write}: on SQLite, one writer that commits the writes waiting together; reads through {@link #read} or a
 * pooled handle.
 */
public final class Database implements AutoCloseable {
    public static final String MIGRATIONS = "classpath:db/migration";

    private final DatabaseLocation location;
    private final CompletableFuture<Open> opening;
    /** Set once the pool is up and migrated, so that every later use is one field read. */
    private volatile Open open;
    private final List<KeptRead> keptReads = new ArrayList<>();

    /** {@code writer}: SQLite's one writer; null on PostgreSQL, where each write takes a pooled connection of its own. */
    private record Open(HikariDataSource dataSource, Jdbi jdbi, GroupCommit writer) {
        static Open of(HikariDataSource dataSource, DatabaseLocation location) {
            GroupCommit writer = null;
            if (location.dialect() == Dialect.SQLITE) {
                try {
                    writer = new GroupCommit(DriverManager.getConnection(dataSource.getJdbcUrl(), dataSource.getDataSourceProperties()),
                            "psoas-writer");
                } catch (SQLException e) {
                    dataSource.close();
                    throw new DatabaseUnavailableException("cannot open the database at " + location.shown() + ": " + rootMessage(e), e);
                }
            }
            Jdbi jdbi = Jdbi.create(dataSource);
            // every request's reads run the same statements again: kept prepared on each pooled connection
            if (writer != null) jdbi.setStatementBuilderFactory(new KeptStatements.PerConnection());
            return new Open(dataSource, jdbi, writer);
        }
    }

    private Database(DatabaseLocation location, CompletableFuture<Open> opening) {
        this.location = location;
        this.opening = opening.thenApply(o -> open = o);
    }

    /** Opens the database and applies any migration it lacks. */
    public static Database open(DatabaseLocation location) {
        return new Database(location, CompletableFuture.completedFuture(migrated(location)));
    }

    /**
     * Starts opening and migrating the database on another thread and returns at once; every use waits until it is
     * open, or throws why it could not be. {@code psoas serve} starts its web server meanwhile: the two take about as
     * long as each other, so the server is ready sooner.
     */
    public static Database opening(DatabaseLocation location) {
        return new Database(location, CompletableFuture.supplyAsync(() -> migrated(location), runnable -> {
            Thread thread = new Thread(runnable, "psoas-database-open");
            thread.setDaemon(true);
            thread.start();
        }));
    }

    /** Waits until the database is open and migrated; throws {@link DatabaseUnavailableException} if it cannot be. */
    public void awaitOpen() { ready(); }

    private static Open migrated(DatabaseLocation location) {
        HikariDataSource dataSource = pool(location);
        try {
            flyway(dataSource, location.dialect()).migrate();
        } catch (RuntimeException e) {
            dataSource.close();
            throw new DatabaseUnavailableException("cannot prepare the database at " + location.shown() + ": " + rootMessage(e), e);
        }
        return Open.of(dataSource, location);
    }

    private Open ready() {
        Open known = open;
        if (known != null) return known;
        try {
            return opening.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) throw cause;
            throw e;
        }
    }

    /** Opens the database without migrating it (for tests that migrate step by step). */
    public static Database connect(DatabaseLocation location) {
        HikariDataSource dataSource = pool(location);
        return new Database(location, CompletableFuture.completedFuture(Open.of(dataSource, location)));
    }

    private static HikariDataSource pool(DatabaseLocation location) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(location.jdbcUrl());
        config.setPoolName("psoas");
        if (location.dialect() == Dialect.SQLITE) {
            SqliteLibrary.useKeptCopy(System.getenv());
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
            // a write inside a savepoint keeps a statement journal to undo itself alone; in memory, not a temporary file
            // opened and removed again every few commits
            config.addDataSourceProperty("temp_store", "MEMORY");
            // the driver otherwise runs "SELECT last_insert_rowid()" after every INSERT, for keys nothing here asks for
            config.addDataSourceProperty("jdbc.get_generated_keys", "false");
        } else {
            config.setMaximumPoolSize(8);
        }
        try {
            return new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new DatabaseUnavailableException("cannot open the database at " + location.shown() + ": " + rootMessage(e), e);
        }
    }

    public static Flyway flyway(DataSource dataSource, Dialect dialect) { return configure(dataSource, dialect).load(); }

    /**
     * The migrations as the dialect takes them. Two placeholders differ: {@code byteOrder}, the collation that compares
     * text in code point order (SQLite's default; on PostgreSQL "C", where the database's own may follow a language);
     * and {@code withoutRowid}, SQLite's table kept as its primary key's B-tree alone (PostgreSQL has no such table).
     */
    public static FluentConfiguration configure(DataSource dataSource, Dialect dialect) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations(MIGRATIONS)
                .placeholders(Map.of("byteOrder", dialect == Dialect.POSTGRESQL ? "COLLATE \"C\"" : "COLLATE BINARY",
                        "withoutRowid", dialect == Dialect.POSTGRESQL ? "" : "WITHOUT ROWID"))
                .failOnMissingLocations(true);
    }

    public Jdbi jdbi() { return ready().jdbi(); }

    /**
     * Runs reads that must see one state of the database, without taking the write lock. SQLite connections here
     * begin their transactions IMMEDIATE (a writer then never fails halfway), which would make readers queue behind
     * each other; a read opens a DEFERRED one instead, a snapshot in WAL mode. PostgreSQL: a read-only transaction
     * at REPEATABLE READ, its snapshot, begun by one statement (setting the connection's isolation and read-only flag
     * and putting them back cost three more round trips to the server per read, a third of a practice list's time).
     */
    public <T> T read(org.jdbi.v3.core.HandleCallback<T, RuntimeException> reads) {
        String begin = dialect() == Dialect.SQLITE ? "BEGIN DEFERRED" : "BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY";
        return jdbi().withHandle(h -> {
            h.execute(begin);
            try {
                return reads.withHandle(h);
            } finally {
                h.execute("COMMIT"); // nothing was written: ending the snapshot
            }
        });
    }

    /**
     * Runs a write transaction and returns once it is committed, on disk: all of it, or (when {@code work} throws) none
     * of it. On SQLite through the database's one writer ({@link GroupCommit}), which commits the writes waiting
     * together; on PostgreSQL in a transaction of its own on a pooled connection, at READ COMMITTED.
     */
    public <T> T write(HandleCallback<T, RuntimeException> work) {
        Open o = ready();
        return o.writer() != null ? o.writer().write(work) : o.jdbi().inTransaction(work::withHandle);
    }

    /**
     * Whether {@code h} is SQLite's one writer, whose transaction already holds the whole database: then a row lock
     * taken to make two writes to one record take turns ({@code Revisions.lock}) is a statement for nothing.
     */
    public static boolean writesAlone(org.jdbi.v3.core.Handle h) {
        return Boolean.TRUE.equals(h.getConfig(org.jdbi.v3.core.statement.SqlStatements.class).getAttribute(GroupCommit.ALONE));
    }

    /** As {@link #write(HandleCallback)}, for a write that returns nothing. */
    public void useWrite(org.jdbi.v3.core.HandleConsumer<RuntimeException> work) {
        write(h -> {
            work.useHandle(h);
            return null;
        });
    }

    /** How many commits the writer has made and how many writes they held (SQLite; zeros on PostgreSQL): for benchmarks. */
    public long[] commitsAndWrites() {
        GroupCommit writer = ready().writer();
        return writer == null ? new long[] {0, 0} : new long[] {writer.commits(), writer.writes()};
    }

    /** Writes queued for SQLite's writer and not yet taken (0 on PostgreSQL). */
    public int writesWaiting() {
        GroupCommit writer = ready().writer();
        return writer == null ? 0 : writer.waiting();
    }

    public DataSource dataSource() { return ready().dataSource(); }

    /** A read kept prepared on up to {@code connections} connections of its own (see {@link KeptRead}); closed with the database. */
    public KeptRead keptRead(String sql, int connections) {
        KeptRead read = new KeptRead(this, sql, connections);
        synchronized (keptReads) {
            keptReads.add(read);
        }
        return read;
    }

    /** A connection outside the pool, with the pool's settings (the SQLite pragmas); for {@link KeptRead}. */
    Connection newConnection() throws SQLException {
        HikariDataSource pool = ready().dataSource();
        return DriverManager.getConnection(pool.getJdbcUrl(), pool.getDataSourceProperties());
    }

    public Dialect dialect() { return location.dialect(); }

    public DatabaseLocation location() { return location; }

    @Override
    public void close() {
        synchronized (keptReads) {
            keptReads.forEach(KeptRead::close);
            keptReads.clear();
        }
        try {
            Open o = ready();
            if (o.writer() != null) o.writer().close();
            o.dataSource().close();
        } catch (DatabaseUnavailableException never) {
            // it never opened: nothing to close
        }
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        String message = root.getMessage();
        return message == null ? root.getClass().getSimpleName() : message;
    }
}
