package org.psoascoach.cli;

import org.psoascoach.store.Backups;
import org.psoascoach.store.DatabaseLocation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Copies the whole SQLite record to a new file with SQLite's online backup: it may run while",
                "psoas serve is writing, and the copy holds the record as it was at one moment. psoas restore puts it back.",
                "For PostgreSQL use pg_dump (see the README)."},
        footer = {"", "Examples:", "  psoas backup psoas-2026-12-01.db",
                "  psoas backup --db /srv/psoas/psoas.db /backups/psoas-$(date +%F).db"})
final class BackupCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Parameters(index = "0", paramLabel = "FILE", description = "The new file to write (never overwritten).")
    Path file;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        DatabaseLocation location = LocalRecord.location(store, err, "backup");
        if (location == null) return Psoas.BAD_INPUT;
        try {
            String version = Backups.backup(location, file);
            out.println("Backed up " + location.shown() + " to " + file + " (schema version " + version + ", integrity check ok).");
            out.flush();
            return Psoas.OK;
        } catch (Backups.Refused e) {
            err.println("psoas backup: " + e.getMessage());
            return Psoas.BAD_INPUT;
        }
    }
}
