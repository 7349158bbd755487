package org.psoascoach.cli;

import org.psoascoach.assessment.Intake;
import org.psoascoach.handout.HandoutContent;
import org.psoascoach.handout.HandoutPdf;
import org.psoascoach.handout.PaperSize;
import org.psoascoach.planning.Plan;
import org.psoascoach.planning.PlanResult;
import org.psoascoach.planning.SessionDays;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "handout", mixinStandardHelpOptions = true,
        description = {"Prints the program of an intake as a PDF handout: the week, each item with its drawing, steps, dose, side and why,",
                "and the re-test date."},
        footer = {"", "Examples:",
                "  psoas handout --intake examples/desk-worker.json --out program.pdf",
                "  psoas handout --intake examples/desk-worker.json --out program.pdf --paper letter --practice \"Riverside Physio\" --for \"Ana\"",
                "", "Bad input exits with 2 and one line per problem on stderr. No program (see a doctor first) exits with 2 and says why."})
final class HandoutCommand implements Callable<Integer> {
    private final InputStream stdin;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--intake", required = true, paramLabel = "FILE", description = "The intake JSON file, or - for standard input.")
    String intake;

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "Where to write the PDF.")
    Path out;

    @Option(names = "--paper", defaultValue = "a4", paramLabel = "a4|letter", description = "A4 (default) or US Letter.")
    String paper;

    @Option(names = "--practice", paramLabel = "NAME", description = "The practice's name, printed at the top.")
    String practice;

    @Option(names = "--for", paramLabel = "NAME", description = "Whom the handout is for.")
    String forWhom;

    @Option(names = "--link", paramLabel = "URL", description = "The address of the live program, printed as a QR code.")
    String link;

    HandoutCommand(InputStream stdin) { this.stdin = stdin; }

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        PaperSize size = PaperSize.fromId(paper);
        if (size == null) {
            err.println("psoas handout: --paper: must be a4 or letter");
            return Psoas.BAD_INPUT;
        }
        if (link != null && !link.matches("https?://\\S+")) {
            err.println("psoas handout: --link: must start with http:// or https://");
            return Psoas.BAD_INPUT;
        }
        Intake parsed = InputFiles.intake(intake, stdin, err, "handout: --intake");
        if (parsed == null) return Psoas.BAD_INPUT;
        Engine engine = Engine.get();
        PlanResult result = engine.planner.plan(parsed);
        Plan plan = result.plan();
        if (plan == null) {
            err.println("psoas handout: no program for these answers (" + result.triage().level().id() + "): " + String.join(" ", result.advice()));
            return Psoas.BAD_INPUT;
        }
        LocalDate today = LocalDate.now();
        HandoutContent content = HandoutContent.of(plan, today, SessionDays.of(plan.sessionsPerWeek()), today.plusDays(Plan.RETEST_AFTER_DAYS),
                engine.messages, Locale.UK, practice, forWhom, link);
        try {
            Files.write(out, HandoutPdf.write(content, size));
        } catch (IOException e) {
            err.println("psoas handout: --out: cannot write " + out + ": " + e.getMessage());
            return Psoas.BAD_INPUT;
        }
        spec.commandLine().getOut().println("Wrote " + out + " (" + size.id() + ").");
        return Psoas.OK;
    }
}
