package org.psoascoach.cli;

import org.psoascoach.export.DataImport;
import org.psoascoach.json.InvalidInputException;
import org.psoascoach.json.Problem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.concurrent.Callable;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Loads a JSON export (from psoas export) into the database, all of it or nothing.",
                "Rows whose ids are already in the database are refused: import into an empty database."},
        footer = {"", "Examples:", "  psoas import psoas-backup.json",
                "  psoas import --db jdbc:postgresql://db.example.org/psoas?user=coach whole-database.json"})
final class ImportCommand implements Callable<Integer> {
    private final InputStream stdin;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Parameters(index = "0", paramLabel = "FILE", description = "The export file; - for standard input.")
    String file;

    ImportCommand(InputStream stdin) { this.stdin = stdin; }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        String text = InputFiles.read(file, stdin, err, "import");
        if (text == null) return Psoas.BAD_INPUT;
        try (LocalRecord record = LocalRecord.open(store, err, "import")) {
            if (record == null) return Psoas.BAD_INPUT;
            ProgressLine progress = new ProgressLine(err, "importing");
            DataImport.Summary summary;
            try {
                summary = new DataImport(record.db).load(text, progress);
            } catch (InvalidInputException e) {
                progress.done();
                for (Problem p : e.problems()) err.println(p);
                err.println("psoas import: nothing was imported.");
                return Psoas.BAD_INPUT;
            }
            progress.done();
            out.println("Imported " + summary.rows() + " rows." + (summary.linksLeftOut() == 0 ? ""
                    : " Left out " + summary.linksLeftOut() + " practitioner link(s) to accounts that are not in this database."));
            out.flush();
            return Psoas.OK;
        }
    }
}
