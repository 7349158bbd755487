package org.psoascoach.cli;

import org.psoascoach.account.PasswordResets;
import org.psoascoach.account.SignInSessions;
import org.psoascoach.account.SignInThrottle;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/**
 * Account administration for whoever runs a shared `psoas serve`. One action so far: a password-reset link for a
 * person who asks, when the server sends no mail. The link works once, for 30 minutes; only its hash is stored.
 */
@Command(name = "account", mixinStandardHelpOptions = true,
        description = {"Account administration for a shared web app: make a password-reset link (when the server sends no mail)."},
        footer = {"", "Examples:", "  psoas account reset-link anna@example.org --public-url https://coach.example.org",
                "  psoas account reset-link anna@example.org --db jdbc:postgresql://db.clinic/psoas?user=coach"})
final class AccountCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Parameters(index = "0", paramLabel = "ACTION", description = "reset-link: print a single-use link to choose a new password.")
    String action;

    @Parameters(index = "1", paramLabel = "EMAIL", description = "The account's email address.")
    String email;

    @Option(names = "--public-url", paramLabel = "URL", defaultValue = "http://127.0.0.1:8080",
            description = "The address people reach the web app at, as given to psoas serve (default: ${DEFAULT-VALUE}).")
    String publicUrl;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        if (!"reset-link".equals(action)) {
            err.println("psoas account: ACTION: must be reset-link, got " + action);
            return Psoas.BAD_INPUT;
        }
        String problem = ServeCommand.publicUrlProblem(publicUrl);
        if (problem != null) {
            err.println("psoas account: --public-url: " + problem + ", got " + publicUrl);
            return Psoas.BAD_INPUT;
        }
        try (LocalRecord record = LocalRecord.open(store, err, "account")) {
            if (record == null) return Psoas.BAD_INPUT;
            PasswordResets resets = new PasswordResets(record.db, record.accounts, new SignInSessions(record.db, record.clock),
                    new SignInThrottle(record.db, record.clock), record.clock);
            var issued = resets.start(email);
            if (issued.isEmpty()) {
                err.println("psoas account: EMAIL: no account with the email " + email);
                return Psoas.BAD_INPUT;
            }
            String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
            out.println(base + "/reset/" + issued.get().token());
            err.println("Valid once, for " + PasswordResets.VALID.toMinutes() + " minutes. Give it to " + issued.get().account().email()
                    + " only, by a way you trust.");
            out.flush();
            return Psoas.OK;
        }
    }
}
