package org.psoascoach.bench;

import org.psoascoach.Fixtures;
import org.psoascoach.account.Account;
import org.psoascoach.account.Accounts;
import org.psoascoach.practice.InvitationKind;
import org.psoascoach.practice.Practices;
import org.psoascoach.store.Backend;
import org.psoascoach.store.Database;
import org.psoascoach.store.DatabaseLocation;
import org.psoascoach.store.Dialect;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The soak and the kill test under load (issue 19, points 4 and 5). PEOPLE simulated people and a practitioner use
 * real {@code ./psoas serve} processes (one on SQLite; two on one PostgreSQL, each person on one of them, the
 * practitioner on both) for SECONDS: each person signs in, assesses through the API, then opens pages and logs
 * sessions with pauses between; the practitioner reads the practice's dashboard and list. With KILLS, a server is killed
 * with SIGKILL at random moments that many times and started again at once; a request cut off by a kill is sent again,
 * a log with the same idempotency key, until it is acknowledged.
 * <p>
 * At the end the servers are stopped and the database read: every acknowledged log is stored, each whole (its items,
 * its day counted), and with no kill the stored count equals the acknowledged count exactly; no answer but the expected
 * ones (a 5xx, a 4xx) is allowed at any time. Usage: Soak sqlite|postgresql PEOPLE SECONDS KILLS (bench/soak.sh).
 */
public final class Soak {
    private static final String PASSWORD = "soak lantern orbit";
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static final List<String> PAGES = List.of("/program", "/today", "/progress", "/history", "/library", "/api/v1/plans/current");

    private final Map<String, Set<String>> acknowledged = new ConcurrentHashMap<>(); // account id → idempotency keys
    private final AtomicLong requests = new AtomicLong(), cutOff = new AtomicLong(), logs = new AtomicLong(), killed = new AtomicLong();
    private final List<String> errors = java.util.Collections.synchronizedList(new ArrayList<>());
    private final List<String> cutReasons = java.util.Collections.synchronizedList(new ArrayList<>());
    private final List<Server> servers = new ArrayList<>();
    private volatile boolean running = true;
    private java.util.concurrent.CountDownLatch arrived;

    private Soak() {}

    public static void main(String[] args) throws Exception {
        Backend backend = Backend.valueOf(args[0].toUpperCase(java.util.Locale.ROOT));
        int people = Integer.parseInt(args[1]), seconds = Integer.parseInt(args[2]), kills = Integer.parseInt(args[3]);
        int exit = new Soak().run(backend, people, seconds, kills);
        System.exit(exit); // the embedded PostgreSQL's shutdown hook stops it
    }

    /** One {@code psoas serve} process on a port of its own; started again after a kill. */
    private static final class Server {
        final int port;
        final DatabaseLocation db;
        final Path log;
        volatile Process process;
        int starts;

        Server(int port, DatabaseLocation db, Path log) {
            this.port = port;
            this.db = db;
            this.log = log;
        }

        String base() { return "http://127.0.0.1:" + port; }

        synchronized void start() throws Exception {
            process = new ProcessBuilder("./psoas", "serve", "--port", String.valueOf(port), "--db", db.jdbcUrl())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            starts++;
            HttpClient http = HttpClient.newHttpClient();
            long deadline = System.nanoTime() + 120_000_000_000L;
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) throw new IllegalStateException("psoas serve on " + port + " stopped at start, exit " + process.exitValue());
                try {
                    var r = http.send(HttpRequest.newBuilder(URI.create(base() + "/health")).timeout(Duration.ofSeconds(2)).build(),
                            HttpResponse.BodyHandlers.discarding());
                    if (r.statusCode() == 200) return;
                } catch (IOException notYet) {
                    // starting
                }
                Thread.sleep(50);
            }
            throw new IllegalStateException("psoas serve on " + port + " did not answer in 2 minutes");
        }

        synchronized void kill() throws InterruptedException {
            process.destroyForcibly(); // SIGKILL
            process.waitFor();
        }

        synchronized void stop() throws InterruptedException {
            process.destroy(); // SIGTERM: the server's own shutdown
            process.waitFor();
        }
    }

    private int run(Backend backend, int people, int seconds, int kills) throws Exception {
        Path folder = Files.createTempDirectory("psoas-soak");
        DatabaseLocation location = backend.freshLocation(folder);
        List<Account> persons = new ArrayList<>();
        Account practitioner;
        long t0 = System.nanoTime();
        try (Database db = Database.open(location)) {
            Accounts accounts = new Accounts(db, Clock.systemUTC());
            practitioner = accounts.signUp("pia@example.org", PASSWORD, "practitioner", "UTC");
            Practices practices = new Practices(db, Clock.systemUTC());
            practices.create(practitioner, "Soak Physio");
            for (int i = 0; i < people; i++) {
                Account who = accounts.signUp("person-" + i + "@example.org", PASSWORD, "person", "UTC");
                persons.add(who);
                if (i % 4 == 0) practices.accept(practices.invite(practitioner, InvitationKind.CLIENT).token(), who); // a quarter are clients
            }
        }
        System.out.printf("%s: %d people (%d of them the practice's clients) and a practitioner made in %.0f s%n",
                backend.name().toLowerCase(java.util.Locale.ROOT), people, (people + 3) / 4, (System.nanoTime() - t0) / 1e9);
        int instances = backend == Backend.SQLITE ? 1 : 2;
        int basePort = 19000 + (int) (ProcessHandle.current().pid() % 500) * 2;
        for (int i = 0; i < instances; i++) {
            Server s = new Server(basePort + i, location, folder.resolve("server-" + i + ".log"));
            s.start();
            servers.add(s);
        }
        String intake = Files.readString(Path.of("examples/desk-worker.json"));
        arrived = new java.util.concurrent.CountDownLatch(people);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            Account who = persons.get(i);
            Server server = servers.get(i % instances);
            long seed = i;
            int number = i;
            threads.add(start("person-" + i, () -> person(who, number, server, intake, new Random(seed))));
        }
        for (Server s : servers) threads.add(start("practitioner-" + s.port, () -> practitioner(s, new Random(s.port))));
        Thread killer = kills == 0 ? null : start("killer", () -> killer(kills, seconds, new Random(19)));
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
            Thread.sleep(10_000);
            System.out.printf("  %3.0f s: %,d requests, %,d logs acknowledged, %,d cut off by a kill, %d errors%n",
                    seconds - (end - System.nanoTime()) / 1e9, requests.get(), logs.get(), cutOff.get(), errors.size());
        }
        running = false;
        if (killer != null) killer.join();
        long stopBy = System.nanoTime() + 120_000_000_000L; // each finishes its request (a pending log is sent until acknowledged)
        for (Thread t : threads) t.join(Math.max(1, (stopBy - System.nanoTime()) / 1_000_000));
        long unfinished = threads.stream().filter(Thread::isAlive).count();
        if (unfinished > 0) errors.add(unfinished + " simulated people still waiting for an answer 2 minutes after the end");
        for (Server s : servers) s.stop();
        return verify(location, persons, seconds, kills);
    }

    private Thread start(String name, Work work) {
        Thread t = new Thread(() -> {
            try {
                work.run();
            } catch (Exception e) {
                errors.add(name + ": " + e);
            }
        }, name);
        t.start();
        return t;
    }

    private interface Work {
        void run() throws Exception;
    }

    /** Sign in, assess, then pages and logs with pauses until the end; a log in flight is finished (acknowledged) first. */
    private void person(Account who, int number, Server server, String intake, Random random) throws Exception {
        Browser b = new Browser(server, number);
        Thread.sleep(random.nextInt(60_000)); // people arrive over the first minute
        try {
            b.signIn(who.email());
        } finally {
            arrived.countDown();
        }
        HttpResponse<String> assessed;
        while ((assessed = b.json("POST", "/api/v1/assessments", intake, null)) == null) Thread.sleep(200); // a kill: again
        b.expect(assessed, 201, "assess");
        acknowledged.put(who.id(), ConcurrentHashMap.newKeySet());
        int n = 0;
        while (running) {
            Thread.sleep(300 + random.nextInt(1700));
            if (random.nextInt(3) == 0) {
                String key = "soak-" + (++n);
                String body = "{\"idempotencyKey\":\"" + key + "\",\"date\":\"" + LocalDate.now(ZoneOffset.UTC) + "\",\"painBefore\":"
                        + random.nextInt(4) + ",\"painAfter\":" + random.nextInt(4) + "}";
                // sent until acknowledged: a kill may cut it off before or after it is stored, the key makes it once
                while (true) {
                    HttpResponse<String> r = b.json("POST", "/api/v1/sessions", body, key);
                    if (r == null) {
                        Thread.sleep(200);
                        continue;
                    }
                    b.expect(r, r.statusCode() == 200 ? 200 : 201, "log");
                    acknowledged.get(who.id()).add(key);
                    logs.incrementAndGet();
                    break;
                }
            } else {
                String page = PAGES.get(random.nextInt(PAGES.size()));
                HttpResponse<String> r = b.get(page);
                if (r != null) b.expect(r, 200, page);
            }
        }
    }

    /** The practitioner: the dashboard and the list's API, now and then a search. */
    private void practitioner(Server server, Random random) throws Exception {
        Browser b = new Browser(server, 999 + server.port % 2);
        b.signIn("pia@example.org");
        while (running) {
            Thread.sleep(500 + random.nextInt(1500));
            String page = switch (random.nextInt(3)) {
                case 0 -> "/practice";
                case 1 -> "/practice?sort=last-session";
                default -> "/api/v1/practice/clients?q=person";
            };
            HttpResponse<String> r = b.get(page);
            if (r != null) b.expect(r, 200, page);
        }
    }

    /**
     * The kills start once everyone has signed in: a kill during a password check leaves that try counted by the
     * guessing throttle (SignInThrottle counts a try from the moment its check starts, on purpose), and a few such kills
     * lock a person out for its window — the throttle doing its job, not what this test is about.
     */
    private void killer(int kills, int seconds, Random random) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        arrived.await(); // however long the crowd of sign-ins takes (one password check at a time per server)
        for (int k = 0; k < kills && running; k++) {
            // the time left shared by the kills left (a restart takes some of it), each at a random moment in its share
            long share = Math.max(1, (end - System.nanoTime()) / 1_000_000 / (kills - k + 1));
            Thread.sleep(share / 2 + (long) (random.nextDouble() * share));
            if (!running) break;
            Server s = servers.get(random.nextInt(servers.size()));
            s.kill();
            killed.incrementAndGet();
            s.start();
        }
    }

    /** A person's browser: a cookie jar, the CSRF token of the sign-in, one server. */
    private final class Browser {
        final Server server;
        final HttpClient http;
        String csrf;

        Browser(Server server, int person) {
            this.server = server;
            HttpClient.Builder builder = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(5));
            this.http = fromAddressOf(builder, person).build();
        }

        void signIn(String email) throws Exception {
            HttpResponse<String> form;
            while ((form = get("/signin")) == null) Thread.sleep(200);
            Matcher m = CSRF.matcher(form.body());
            if (!m.find()) throw new IllegalStateException("no form token on the sign-in page");
            String body = "csrf=" + URLEncoder.encode(m.group(1), StandardCharsets.UTF_8) + "&email=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
                    + "&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8);
            HttpResponse<String> r;
            // a browser waits minutes for an answer: sent again only when the connection was cut, not when it is slow
            while ((r = send(HttpRequest.newBuilder(URI.create(server.base() + "/signin")).header("Content-Type", "application/x-www-form-urlencoded")
                    .timeout(Duration.ofMinutes(5)).POST(HttpRequest.BodyPublishers.ofString(body)))) == null) Thread.sleep(200);
            expect(r, 303, "sign in");
            HttpResponse<String> api;
            while ((api = get("/api/v1/plans")) == null) Thread.sleep(200);
            csrf = api.headers().firstValue("X-CSRF-Token").orElseThrow(() -> new IllegalStateException("no CSRF token for " + email));
        }

        HttpResponse<String> get(String path) throws InterruptedException {
            return send(HttpRequest.newBuilder(URI.create(server.base() + path)).GET());
        }

        HttpResponse<String> json(String method, String path, String body, String key) throws InterruptedException {
            return send(HttpRequest.newBuilder(URI.create(server.base() + path)).header("Content-Type", "application/json")
                    .header("X-CSRF-Token", csrf).method(method, HttpRequest.BodyPublishers.ofString(body)));
        }

        /** The answer; null when a kill cut the connection (counted; only allowed while servers are killed). */
        HttpResponse<String> send(HttpRequest.Builder request) throws InterruptedException {
            requests.incrementAndGet();
            try {
                HttpRequest built = request.build();
                if (built.timeout().isEmpty()) built = request.timeout(Duration.ofSeconds(30)).build();
                return http.send(built, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                cutOff.incrementAndGet();
                if (cutReasons.size() < 10) cutReasons.add(request.build().uri().getPath() + ": " + e);
                return null;
            }
        }

        void expect(HttpResponse<String> r, int status, String what) {
            if (r.statusCode() != status) {
                String body = r.body() == null ? "" : r.body();
                errors.add(what + " " + r.uri().getPath() + " answered " + r.statusCode() + ": " + body.substring(0, Math.min(200, body.length())));
            }
        }
    }

    /**
     * Each person from a loopback address of their own (127.1.x.y), as people come from addresses of their own: the
     * server's guessing throttle counts password checks per address. {@code localAddress} is Java 19's; on an older Java
     * everyone shares 127.0.0.1 (bench/soak.sh picks a newer one when there is one).
     */
    private static HttpClient.Builder fromAddressOf(HttpClient.Builder builder, int person) {
        try {
            var local = HttpClient.Builder.class.getMethod("localAddress", java.net.InetAddress.class);
            return (HttpClient.Builder) local.invoke(builder, java.net.InetAddress.getByAddress(new byte[] {127, 1, (byte) (person / 250), (byte) (1 + person % 250)}));
        } catch (ReflectiveOperationException | java.net.UnknownHostException olderJava) {
            return builder;
        }
    }

    /** Reads the database after the run: see the class comment. */
    private int verify(DatabaseLocation location, List<Account> persons, int seconds, int kills) throws Exception {
        long stored = 0, extra = 0, missing = 0, partial = 0, dayMismatch = 0;
        try (Database db = Database.open(location)) {
            for (Account who : persons) {
                Set<String> acked = acknowledged.getOrDefault(who.id(), Set.of());
                List<String> keys = db.read(h -> h.createQuery("SELECT idempotency_key FROM session_log WHERE account_id = :a")
                        .bind("a", who.id()).mapTo(String.class).list());
                stored += keys.size();
                for (String k : acked) if (!keys.contains(k)) missing++;
                for (String k : keys) if (!acked.contains(k)) extra++;
            }
            // whole: each session has the items of the plan it was logged against (as many as sets_done says), each day is counted
            partial = db.read(h -> h.createQuery("""
                    SELECT COUNT(*) FROM session_log s
                    WHERE s.sets_done <> (SELECT COALESCE(SUM(i.sets), 0) FROM session_log_item i WHERE i.session_log_id = s.id)
                       OR NOT EXISTS (SELECT 1 FROM session_log_item i WHERE i.session_log_id = s.id)""").mapTo(Long.class).one());
            dayMismatch = db.read(h -> h.createQuery("""
                    SELECT COUNT(*) FROM session_day d
                    WHERE d.sessions <> (SELECT COUNT(*) FROM session_log s WHERE s.account_id = d.account_id AND s.performed_on = d.day)""")
                    .mapTo(Long.class).one());
            // the guessing counters: a kill between a password check's start and its end leaves that try counted
            db.read(h -> h.createQuery("SELECT subject, COUNT(*) FROM sign_in_failure GROUP BY subject HAVING COUNT(*) > 2 ORDER BY 2 DESC")
                    .map((rs, ctx) -> rs.getString(1) + " × " + rs.getInt(2)).list()).stream().limit(5)
                    .forEach(row -> System.out.println("  sign-in tries left counted: " + row));
            if (db.dialect() == Dialect.SQLITE) {
                String check = db.read(h -> h.createQuery("PRAGMA integrity_check").mapTo(String.class).one());
                if (!"ok".equals(check)) errors.add("integrity check: " + check);
            }
        }
        int starts = servers.stream().mapToInt(s -> s.starts).sum();
        System.out.printf("after %d s: %,d requests, %d errors; %,d logs acknowledged, %,d stored, %d acknowledged but missing, "
                        + "%d stored but not acknowledged (a kill cut the answer off), %d partial sessions, %d days miscounted; "
                        + "%d kills, %d server starts, every one clean%n", seconds, requests.get(), errors.size(), logs.get(), stored, missing,
                extra, partial, dayMismatch, killed.get(), starts);
        System.out.printf("  requests cut off (sent again): %,d%n", cutOff.get());
        cutReasons.forEach(r -> System.out.println("    cut off: " + r));
        errors.stream().limit(20).forEach(e -> System.out.println("  error: " + e));
        boolean ok = errors.isEmpty() && missing == 0 && partial == 0 && dayMismatch == 0 && killed.get() == kills
                && (kills > 0 || (extra == 0 && cutOff.get() == 0));
        System.out.println(ok ? "PASS" : "FAIL");
        return ok ? 0 : 1;
    }
}
