package org.psoascoach.cli;

import picocli.CommandLine.Option;

/** The {@code --db} option every command that keeps a record shares. */
final class StoreOptions {
    @Option(names = "--db", paramLabel = "URL", description = {
            "Where the record is kept: jdbc:sqlite:FILE, a file path, or jdbc:postgresql://HOST/DB?user=...&password=...",
            "Default: $PSOAS_DB, else ~/.local/share/psoas-coach/psoas.db (or under $XDG_DATA_HOME)."})
    String db;
}
