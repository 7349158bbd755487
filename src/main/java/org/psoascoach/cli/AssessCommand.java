package org.psoascoach.cli;

import org.psoascoach.assessment.Intake;
import org.psoascoach.contract.IntakeReader;
import org.psoascoach.contract.PlanJson;
import org.psoascoach.journal.Journal;
import org.psoascoach.json.InvalidInputException;
import org.psoascoach.json.Problem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

@Command(name = "assess", mixinStandardHelpOptions = true,
        description = {"Walks through the safety questions and each test per side, saves the assessment, and shows the plan.",
                "With --intake, reads the answers from an intake JSON file instead of asking."},
        footer = {"", "Examples:",
                "  psoas assess",
                "  psoas assess --intake examples/desk-worker.json",
                "", "The re-test is booked 14 days ahead; psoas today reminds you when it is due."})
final class AssessCommand implements Callable<Integer> {
    private final InputStream stdin;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--intake", paramLabel = "FILE", description = "Answers as intake JSON (see psoas plan); - for standard input.")
    String intake;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json", description = "How to show the plan: text (default) or json.")
    Format format;

    AssessCommand(InputStream stdin) { this.stdin = stdin; }

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        String json;
        if (intake != null) {
            json = InputFiles.read(intake, stdin, err, "assess: --intake");
            if (json == null) return Psoas.BAD_INPUT;
        } else {
            Prompter prompter = new Prompter(new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8)), out, Engine.get().messages);
            try {
                json = new AssessmentWizard(prompter, Engine.get().catalog, Engine.get().messages).run();
            } catch (Prompter.Stopped e) {
                out.println();
                err.println("psoas assess: stopped before the end; nothing was saved.");
                return Psoas.BAD_INPUT;
            }
        }
        Intake parsed;
        try {
            parsed = IntakeReader.read(json);
        } catch (InvalidInputException e) {
            for (Problem problem : e.problems()) err.println(problem);
            return Psoas.BAD_INPUT;
        }
        try (LocalRecord record = LocalRecord.open(store, err, "assess")) {
            if (record == null) return Psoas.BAD_INPUT;
            Journal.Assessed saved = record.journal.assess(record.me(), parsed);
            if (format == Format.JSON) {
                out.print(PlanJson.write(saved.result()));
            } else {
                out.println();
                out.print(new PlanText(Engine.get().messages).render(saved.result()));
                out.println();
                out.println("Saved on " + saved.assessment().takenOn() + "."
                        + (saved.retestDue() == null ? "" : " Test again on " + saved.retestDue() + "; until then, psoas today shows each session."));
            }
            out.flush();
            return Psoas.OK;
        }
    }
}
