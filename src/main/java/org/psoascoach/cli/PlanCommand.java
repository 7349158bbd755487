package org.psoascoach.cli;

import org.psoascoach.assessment.Intake;
import org.psoascoach.contract.PlanJson;
import org.psoascoach.planning.PlanResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.InputStream;
import java.util.concurrent.Callable;

@Command(name = "plan", mixinStandardHelpOptions = true,
        description = {"Reads an intake (JSON) and prints the safety check, the findings per side and the program."},
        footer = {"", "Examples:",
                "  psoas plan --intake examples/desk-worker.json --format text",
                "  cat intake.json | psoas plan --intake -",
                "", "Bad input exits with 2 and one line per problem on stderr, naming the JSON path."})
final class PlanCommand implements Callable<Integer> {
    private final InputStream stdin;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--intake", required = true, paramLabel = "FILE", description = "The intake JSON file, or - for standard input.")
    String intake;

    @Option(names = "--format", defaultValue = "json", completionCandidates = Format.Names.class, paramLabel = "json|text",
            description = "Output format: json (default, the plan contract) or text (for reading).")
    Format format;

    PlanCommand(InputStream stdin) { this.stdin = stdin; }

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        Intake parsed = InputFiles.intake(intake, stdin, err, "plan: --intake");
        if (parsed == null) return Psoas.BAD_INPUT;
        Engine engine = Engine.get();
        PlanResult result = engine.planner.plan(parsed);
        var out = spec.commandLine().getOut();
        out.print(format == Format.TEXT ? new PlanText(engine.messages).render(result) : PlanJson.write(result));
        out.flush();
        return Psoas.OK;
    }
}
