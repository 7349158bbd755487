package org.psoascoach.cli;

import io.javalin.Javalin;
import org.psoascoach.store.Database;
import org.psoascoach.store.DatabaseLocation;
import org.psoascoach.web.WebApp;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import org.psoascoach.mail.Mailer;
import org.psoascoach.mail.SmtpMailer;
import org.psoascoach.web.http.Settings;

import java.net.URI;
import java.net.URISyntaxException;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Runs the web app: sign up, the guided assessment, your program, the exercise library and the learning pages,",
                "and the JSON API under /api/v1 (documented at /api/v1/openapi.json)."},
        footer = {"", "Examples:", "  psoas serve                                  http://127.0.0.1:8080 with the local database",
                "  psoas serve --port 9000 --db jdbc:postgresql://db.clinic/psoas?user=coach&password=...",
                "", "Several instances may serve one PostgreSQL database behind a load balancer: sign-ins live in the database."})
final class ServeCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this computer only; 0.0.0.0 for every network).")
    String host;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "Port to listen on, 1-65535 (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--secure-cookies", description = "Mark cookies Secure and send HSTS: use it when the app is reached over HTTPS (a proxy in front).")
    boolean secureCookies;

    @Option(names = "--public-url", paramLabel = "URL",
            description = "The address people reach this app at, e.g. https://coach.example.org; links in mail and the calendar address use it "
                    + "(default: http://HOST:PORT as listened on).")
    String publicUrl;

    @Option(names = "--smtp", paramLabel = "URL",
            description = "Mail server for password-reset links, e.g. smtp://user:password@mail.example.org:587?from=coach@example.org "
                    + "(or the PSOAS_SMTP variable). Without one, `psoas account reset-link EMAIL` makes the link.")
    String smtp;

    /**
     * Jetty sizes its queues by how many object references fit a cache line, and asks the platform MBean server
     * whether references are compressed unless told. Starting that server (all the JVM's management beans, on JDK 25
     * the flight recorder's too) took 0.05 s of `psoas serve`'s start on JDK 17 and 0.3 s on JDK 25. References are
     * compressed (4 bytes) below a 32 GiB heap; a cache line is 64 bytes.
     */
    static void avoidPlatformMBeanServer() {
        String property = "org.eclipse.jetty.util.referencesPerCacheLine";
        if (System.getProperty(property) == null) {
            System.setProperty(property, Runtime.getRuntime().maxMemory() < 32L * 1024 * 1024 * 1024 ? "16" : "8");
        }
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        if (port < 1 || port > 65535) {
            err.println("psoas serve: --port: must be a number from 1 to 65535, got " + port);
            return Psoas.BAD_INPUT;
        }
        String address = publicUrl != null ? publicUrl : "http://" + host + ":" + port;
        String publicProblem = publicUrlProblem(address);
        if (publicProblem != null) {
            err.println("psoas serve: --public-url: " + publicProblem + ", got " + address);
            return Psoas.BAD_INPUT;
        }
        String smtpUrl = smtp != null ? smtp : System.getenv("PSOAS_SMTP");
        Mailer mailer = Mailer.NONE;
        if (smtpUrl != null && !smtpUrl.isBlank()) {
            try {
                mailer = SmtpMailer.of(smtpUrl);
            } catch (IllegalArgumentException e) {
                err.println("psoas serve: --smtp: " + e.getMessage());
                return Psoas.BAD_INPUT;
            }
        }
        Settings settings = new Settings(secureCookies, URI.create(address), mailer, 1.0);
        DatabaseLocation location = LocalRecord.location(store, err, "serve"); // the same --db handling as every record command
        if (location == null) return Psoas.BAD_INPUT;
        // the database opens and migrates while the catalog loads and the web server starts; pages wait for it
        Database db = Database.opening(location);
        avoidPlatformMBeanServer();
        Engine engine = Engine.get();
        Javalin app = WebApp.create(db, engine.catalog, engine.messages, Clock.systemUTC(), settings);
        try {
            app.start(host, port);
        } catch (RuntimeException e) {
            db.close();
            err.println("psoas serve: cannot listen on " + host + ":" + port + " (" + rootMessage(e) + "); is another server using it? Choose another with --port.");
            return Psoas.BAD_INPUT;
        }
        try {
            db.awaitOpen();
        } catch (RuntimeException e) {
            app.stop();
            throw e; // said and mapped to its exit code like every command's (database unreachable: 4)
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            db.close();
            stopped.countDown();
        }, "psoas-serve-stop"));
        out.println("Psoas Coach is running at http://" + host + ":" + app.port() + "/  (record: " + db.location().shown() + "). Press Ctrl-C to stop.");
        out.flush();
        stopped.await();
        return Psoas.OK;
    }

    /** Why this is not a public address (http or https, a host, no path, query or fragment), or null when it is one. */
    static String publicUrlProblem(String url) {
        try {
            URI uri = new URI(url);
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) return "must start with http:// or https://";
            if (uri.getHost() == null) return "must name a host, such as https://coach.example.org";
            boolean path = uri.getRawPath() != null && !uri.getRawPath().isEmpty() && !uri.getRawPath().equals("/");
            if (path || uri.getRawQuery() != null || uri.getRawFragment() != null) return "must be the site's root, without a path or query";
            return null;
        } catch (URISyntaxException e) {
            return "must be a URL such as https://coach.example.org";
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) root = root.getCause();
        return root.getMessage();
    }
}
