package org.psoascoach.cli;

import org.psoascoach.catalog.CatalogException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Properties;

/**
 * The {@code psoas} command. Exit codes: 0 done, 1 internal error, 2 bad input or usage,
 * 3 the installed catalog data is invalid.
 */
@Command(name = "psoas", mixinStandardHelpOptions = true, versionProvider = Psoas.Version.class,
        description = {"Psoas Coach: test each side of the psoas, screen for reasons to see a doctor first,",
                "and get a personal program of stretches and strengthening. It guides exercise; it does not diagnose."},
        subcommands = {PlanCommand.class, CatalogCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 done, 1 internal error, 2 bad input or usage, 3 invalid catalog data.",
                "Example: psoas plan --intake my-intake.json --format text"})
public final class Psoas implements Runnable {
    public static final int OK = 0, INTERNAL_ERROR = 1, BAD_INPUT = 2, BAD_CATALOG = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true), System.in));
    }

    /** Runs the command with the given streams; returns the exit code. Used by main and by the tests. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, InputStream in) {
        CommandLine cli = new CommandLine(new Psoas(), new Factory(in));
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof CatalogException) {
                commandLine.getErr().println("psoas: " + e.getMessage());
                return BAD_CATALOG;
            }
            // never a stack trace for a person; PSOAS_DEBUG=1 shows it for a developer
            commandLine.getErr().println("psoas: internal error: " + e);
            if ("1".equals(System.getenv("PSOAS_DEBUG"))) e.printStackTrace(commandLine.getErr());
            return INTERNAL_ERROR;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** Gives commands the standard input stream they should read from. */
    static final class Factory implements CommandLine.IFactory {
        private final InputStream in;

        Factory(InputStream in) { this.in = in; }

        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (type == PlanCommand.class) return type.cast(new PlanCommand(in));
            return CommandLine.defaultFactory().create(type);
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (InputStream in = Psoas.class.getClassLoader().getResourceAsStream("version.properties")) {
                if (in != null) p.load(in);
            }
            return new String[]{"psoas " + p.getProperty("version", "unknown") + " (Psoas Coach)"};
        }
    }
}
