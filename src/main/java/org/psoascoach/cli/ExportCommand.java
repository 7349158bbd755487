package org.psoascoach.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.psoascoach.account.Account;
import org.psoascoach.export.DataExport;
import org.psoascoach.export.SessionCsv;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes your record: json is the complete backup that psoas import reads back;",
                "csv is one row per measurement or pain score, for a spreadsheet."},
        footer = {"", "Examples:", "  psoas export --format json --out psoas-backup.json",
                "  psoas export --format csv > psoas.csv",
                "  psoas export --all --out whole-database.json      (every account; for whoever runs a shared database)"})
final class ExportCommand implements Callable<Integer> {
    enum ExportFormat { json, csv }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--format", defaultValue = "json", paramLabel = "json|csv", description = "json (default, complete) or csv.")
    ExportFormat format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to this file instead of standard output.")
    Path outFile;

    @Option(names = "--account", paramLabel = "EMAIL", description = "Export this account of a shared database instead of this computer's profile.")
    String email;

    @Option(names = "--all", description = "Export every account in the database (json only).")
    boolean all;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (all && (email != null || format == ExportFormat.csv)) {
            err.println("psoas export: --all exports the whole database as json; it cannot be combined with --account or --format csv");
            return Psoas.BAD_INPUT;
        }
        try (LocalRecord record = LocalRecord.open(store, err, "export")) {
            if (record == null) return Psoas.BAD_INPUT;
            Account who;
            if (email != null) {
                Optional<Account> found = record.accounts.findByEmail(email);
                if (found.isEmpty()) {
                    err.println("psoas export: --account: no account with the email " + email);
                    return Psoas.BAD_INPUT;
                }
                who = found.get();
            } else {
                who = record.me();
            }
            // standard output is a writer here (and in the tests): the bytes are gathered, then printed
            OutputStream target = outFile == null ? new java.io.ByteArrayOutputStream() : Files.newOutputStream(outFile);
            try {
                ProgressLine progress = new ProgressLine(err, "exporting");
                if (format == ExportFormat.csv) {
                    byte[] csv = SessionCsv.write(record.journal.record(who)).getBytes(StandardCharsets.UTF_8);
                    target.write(csv);
                    target.flush();
                } else {
                    DataExport export = new DataExport(record.db, record.clock);
                    ObjectNode data = all ? export.everything(progress) : export.accounts(List.of(who.id()), progress);
                    DataExport.write(data, target);
                }
                progress.done();
            } finally {
                target.close();
            }
            if (outFile == null) {
                PrintWriter out = spec.commandLine().getOut();
                out.print(((java.io.ByteArrayOutputStream) target).toString(StandardCharsets.UTF_8));
                out.flush();
            }
            if (outFile != null) err.println("psoas export: written to " + outFile);
            return Psoas.OK;
        }
    }
}
