package org.psoascoach.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A copy of an SQLite record, and the record put back from one. The copy is SQLite's online backup: it may be taken
 * while {@code psoas serve} writes, and holds the database as it was at one moment (SQLite starts the copy again when
 * another connection writes during it). Restoring replaces the record's content with the copy's, then brings its schema
 * up to date. Both check the file they make with SQLite's integrity check. PostgreSQL has its own tools (the README
 * gives the {@code pg_dump} and {@code pg_restore} commands).
 */
public final class Backups {
    private Backups() {}

    /** Why a backup or restore cannot be done, in words for the person (the command exits 2). */
    public static final class Refused extends RuntimeException {
        public Refused(String message) { super(message, null, false, false); }
    }

    /** Copies the record at {@code location} to {@code file}, which must not exist yet; returns the copy's schema version. */
    public static String backup(DatabaseLocation location, Path file) {
        sqliteOnly(location, "pg_dump --format=custom --file=FILE DATABASE");
        Path target = file.toAbsolutePath();
        if (Files.exists(target)) throw new Refused(file + " exists already; choose a new file (a backup never overwrites one)");
        if (target.getParent() == null || !Files.isDirectory(target.getParent())) throw new Refused("no folder " + target.getParent());
        quotable(target);
        if (!Files.exists(location.sqliteFile())) throw new Refused("there is no record at " + location.shown());
        try (Connection source = DriverManager.getConnection(location.jdbcUrl()); Statement s = source.createStatement()) {
            s.executeUpdate("backup to \"" + target + "\"");
        } catch (SQLException e) {
            throw new DatabaseUnavailableException("cannot copy " + location.shown() + ": " + Database.rootMessage(e), e);
        }
        return checked(target);
    }

    /**
     * Replaces the content of the record at {@code location} with the backup in {@code file} (checked first: an SQLite
     * file with a Psoas Coach schema that passes the integrity check), then applies any migration it lacks. Stop
     * {@code psoas serve} first: a server still running keeps what it holds in memory of the old content.
     */
    public static String restore(DatabaseLocation location, Path file) {
        sqliteOnly(location, "pg_restore --clean --if-exists --dbname=DATABASE FILE");
        Path source = file.toAbsolutePath();
        if (!Files.isRegularFile(source)) throw new Refused("no backup file " + file);
        quotable(source);
        checked(source);
        try {
            Path parent = location.sqliteFile().toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
        } catch (java.io.IOException e) {
            throw new DatabaseUnavailableException("cannot create the folder of " + location.shown() + ": " + e.getMessage(), e);
        }
        try (Connection target = DriverManager.getConnection(location.jdbcUrl()); Statement s = target.createStatement()) {
            s.executeUpdate("restore from \"" + source + "\"");
        } catch (SQLException e) {
            throw new DatabaseUnavailableException("cannot restore into " + location.shown() + ": " + Database.rootMessage(e), e);
        }
        Database.open(location).close(); // opening applies the migrations a newer version adds
        return checked(location.sqliteFile().toAbsolutePath());
    }

    /** The file's schema version after SQLite's integrity check says "ok"; refused when it is no Psoas Coach record. */
    static String checked(Path file) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("PRAGMA integrity_check")) {
                String result = r.next() ? r.getString(1) : "no answer";
                if (!"ok".equals(result)) throw new Refused(file + " fails SQLite's integrity check: " + result);
            }
            try (ResultSet r = s.executeQuery("SELECT MAX(CAST(version AS INTEGER)) FROM flyway_schema_history WHERE success")) {
                if (!r.next() || r.getString(1) == null) throw new Refused(file + " holds no Psoas Coach record");
                return r.getString(1);
            }
        } catch (SQLException e) {
            throw new Refused(file + " is not a Psoas Coach record: " + Database.rootMessage(e));
        }
    }

    private static void sqliteOnly(DatabaseLocation location, String command) {
        if (location.dialect() != Dialect.SQLITE) {
            throw new Refused("this is for an SQLite record; for PostgreSQL use its own tools: " + command + " (see the README)");
        }
    }

    /** The driver's backup and restore take the file name in double quotes. */
    private static void quotable(Path file) {
        if (file.toString().contains("\"")) throw new Refused("the file name may not contain a double quote: " + file);
    }
}
