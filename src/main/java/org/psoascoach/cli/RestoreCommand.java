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

@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Replaces the SQLite record with a copy made by psoas backup (checked first), then brings it up",
                "to this version. Stop psoas serve before restoring. For PostgreSQL use pg_restore (see the README)."},
        footer = {"", "Examples:", "  psoas restore psoas-2026-12-01.db",
                "  psoas restore --db /srv/psoas/psoas.db /backups/psoas-2026-12-01.db"})
final class RestoreCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Parameters(index = "0", paramLabel = "FILE", description = "The backup to restore.")
    Path file;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        DatabaseLocation location = LocalRecord.location(store, err, "restore");
        if (location == null) return Psoas.BAD_INPUT;
        try {
            String version = Backups.restore(location, file);
            out.println("Restored " + location.shown() + " from " + file + " (schema version " + version + ", integrity check ok).");
            out.flush();
            return Psoas.OK;
        } catch (Backups.Refused e) {
            err.println("psoas restore: " + e.getMessage());
            return Psoas.BAD_INPUT;
        }
    }
}
