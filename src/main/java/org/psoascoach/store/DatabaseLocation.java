package org.psoascoach.store;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the data lives: an SQLite file (the default, in the user's data folder) or a PostgreSQL server.
 * Accepts {@code jdbc:sqlite:FILE}, {@code jdbc:postgresql://HOST[:PORT]/DB[?user=…&password=…]}, or a plain file path.
 */
public record DatabaseLocation(Dialect dialect, String jdbcUrl) {
    public static final String ENVIRONMENT_VARIABLE = "PSOAS_DB";

    /** The {@code --db} value if given, else {@code PSOAS_DB}, else the default SQLite file. */
    public static DatabaseLocation choose(String option, Map<String, String> environment) {
        if (option != null && !option.isBlank()) return parse(option.trim());
        String fromEnvironment = environment.get(ENVIRONMENT_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) return parse(fromEnvironment.trim());
        return sqlite(defaultFile(environment));
    }

    public static DatabaseLocation parse(String text) {
        if (text.startsWith("jdbc:postgresql:")) return new DatabaseLocation(Dialect.POSTGRESQL, text);
        if (text.startsWith("jdbc:sqlite:")) {
            String file = text.substring("jdbc:sqlite:".length());
            if (file.isBlank() || file.startsWith(":memory:") || file.contains("mode=memory")) {
                throw new IllegalArgumentException("an SQLite database needs a file (jdbc:sqlite:/path/to/psoas.db): a database in memory would lose every log");
            }
            return new DatabaseLocation(Dialect.SQLITE, text);
        }
        if (text.startsWith("jdbc:")) {
            throw new IllegalArgumentException("unsupported database URL; use jdbc:sqlite:FILE or jdbc:postgresql://HOST/DATABASE");
        }
        return sqlite(Path.of(text));
    }

    public static DatabaseLocation sqlite(Path file) {
        return new DatabaseLocation(Dialect.SQLITE, "jdbc:sqlite:" + file.toAbsolutePath());
    }

    /** {@code $XDG_DATA_HOME/psoas-coach/psoas.db}, else {@code ~/.local/share/psoas-coach/psoas.db} (ARCHITECTURE.md, Data). */
    static Path defaultFile(Map<String, String> environment) {
        String xdg = environment.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".local", "share");
        return base.resolve("psoas-coach").resolve("psoas.db");
    }

    /** The SQLite file, or null for PostgreSQL. */
    public Path sqliteFile() {
        if (dialect != Dialect.SQLITE) return null;
        String rest = jdbcUrl.substring("jdbc:sqlite:".length());
        int query = rest.indexOf('?');
        return Path.of(query >= 0 ? rest.substring(0, query) : rest);
    }

    /** The URL without its query string, so that a password never reaches a message or a log. */
    public String shown() {
        int query = jdbcUrl.indexOf('?');
        return query >= 0 ? jdbcUrl.substring(0, query) : jdbcUrl;
    }
}
