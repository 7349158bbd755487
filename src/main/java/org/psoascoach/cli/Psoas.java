package org.psoascoach.cli;

import org.psoascoach.catalog.CatalogException;
import org.psoascoach.store.DatabaseUnavailableException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The {@code psoas} command. Exit codes: 0 done, 1 internal error, 2 bad input or usage,
 * 3 the installed catalog data is invalid, 4 the database cannot be opened.
 */
@Command(name = "psoas", mixinStandardHelpOptions = true, versionProvider = Psoas.Version.class,
        description = {"Psoas Coach: test each side of the psoas, screen for reasons to see a doctor first,",
                "and get a personal program of stretches and strengthening. It guides exercise; it does not diagnose."},
        footer = {"", "Exit codes: 0 done, 1 internal error, 2 bad input or usage, 3 invalid catalog data, 4 database unavailable.",
                "Example: psoas assess, then psoas today each day and psoas log after each session."})
public final class Psoas implements Runnable {
    public static final int OK = 0, INTERNAL_ERROR = 1, BAD_INPUT = 2, BAD_CATALOG = 3, DATABASE_UNAVAILABLE = 4;

    /**
     * The subcommands by name, in the order help lists them. picocli reads every command's annotations when it is
     * added, a fifth of `psoas serve`'s start; so a run adds only the command it was asked for (all of them for
     * help, a mistyped name or none). {@code CliTest} checks these names against the annotations.
     */
    static final Map<String, Class<?>> COMMANDS = commands(PlanCommand.class, CatalogCommand.class, AssessCommand.class,
            TodayCommand.class, LogCommand.class, HistoryCommand.class, ProgressCommand.class, ExportCommand.class, ImportCommand.class,
            ServeCommand.class, AccountCommand.class, HandoutCommand.class, BackupCommand.class, RestoreCommand.class);

    private static Map<String, Class<?>> commands(Class<?>... types) {
        Map<String, Class<?>> byName = new LinkedHashMap<>();
        for (Class<?> type : types) byName.put(type.getAnnotation(Command.class).name(), type);
        return java.util.Collections.unmodifiableMap(byName);
    }

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
        Class<?> asked = args.length > 0 ? COMMANDS.get(args[0]) : null;
        if (asked != null) {
            cli.addSubcommand(asked);
        } else {
            for (Class<?> command : COMMANDS.values()) cli.addSubcommand(command);
            cli.addSubcommand(CommandLine.HelpCommand.class);
        }
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof DatabaseUnavailableException) {
                commandLine.getErr().println("psoas: " + e.getMessage());
                return DATABASE_UNAVAILABLE;
            }
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
            // commands that read standard input get the stream of this run
            for (var constructor : type.getDeclaredConstructors()) {
                var params = constructor.getParameterTypes();
                if (params.length == 1 && params[0] == InputStream.class) return type.cast(constructor.newInstance(in));
            }
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
