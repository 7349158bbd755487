package org.psoascoach.bench;

import io.javalin.Javalin;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.psoascoach.Fixtures;
import org.psoascoach.contract.IntakeReader;
import org.psoascoach.contract.PlanJson;
import org.psoascoach.practice.NameWords;
import org.psoascoach.store.Backend;
import org.psoascoach.store.Database;
import org.psoascoach.store.Dialect;
import org.psoascoach.store.DatabaseLocation;
import org.psoascoach.web.WebApp;
import org.psoascoach.web.http.Settings;

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
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The practice list at scale (issue 18, point 4): a practice with CLIENTS clients, each with a test day, a plan, a
 * re-test and a session every day for 8 weeks (seeded in bulk, straight into the tables), served by a real server on
 * BACKEND; then CONNECTIONS clients ask for the first page, the list ordered by latest session, and a search, for SECONDS
 * each (wrk, from Debian's packages), signed in as the practice's practitioner. Prints p50, p99 and the maximum per page.
 * Usage: PracticeListBenchmark sqlite|postgresql CLIENTS[,CLIENTS…] [CONNECTIONS] [SECONDS] (bench/practice-benchmark.sh).
 */
public final class PracticeListBenchmark {
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static final int DAYS = 56;

    private PracticeListBenchmark() {}

    public static void main(String[] args) throws Exception {
        Backend backend = Backend.valueOf(args[0].toUpperCase(java.util.Locale.ROOT));
        int connections = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 10;
        for (String count : args[1].split(",")) {
            int clients = Integer.parseInt(count.strip());
            Path folder = Files.createTempDirectory("psoas-practice-bench");
            DatabaseLocation location = backend.freshLocation(folder);
            try (Database db = Database.open(location)) {
                long seeding = System.nanoTime();
                seed(db, clients);
                System.out.printf("%s, %,d clients: seeded %,d sessions in %.1f s%n", backend.name().toLowerCase(java.util.Locale.ROOT), clients,
                        (long) clients * DAYS, (System.nanoTime() - seeding) / 1e9);
                Javalin app = WebApp.create(db, Fixtures.CATALOG, Fixtures.MESSAGES, Clock.systemUTC(), Settings.at("http://127.0.0.1:8080"))
                        .start("127.0.0.1", 0);
                try {
                    String base = "http://127.0.0.1:" + app.port();
                    String cookie = signIn(base);
                    List<String> paths = List.of("/practice", "/practice?sort=last-session", "/practice?q=client+00042");
                    // warm the server (its compiler) and the database's cache on every page before measuring any
                    for (String path : paths) wrk(base + path, cookie, connections, 5);
                    for (String path : paths) {
                        Wrk r = wrk(base + path, cookie, connections, seconds);
                        System.out.printf("  %-30s n=%,7d  p50 %6.1f ms  p99 %6.1f ms  max %6.1f ms%n", path, r.requests(), r.p50(), r.p99(), r.max());
                    }
                } finally {
                    app.stop();
                }
            }
        }
        System.exit(0); // the embedded PostgreSQL's shutdown hook stops it
    }

    /** The practitioner (with a password), the practice, and every client with 8 weeks of daily sessions, in batches. */
    private static void seed(Database db, int clients) throws Exception {
        var result = Fixtures.PLANNER.plan(IntakeReader.read(Files.readString(Path.of("examples/desk-worker.json"))));
        String planJson = PlanJson.write(result);
        int perWeek = result.plan().sessionsPerWeek();
        var practitioner = new org.psoascoach.account.Accounts(db, Clock.systemUTC())
                .signUp("pia@example.org", "practitioner lantern orbit", "practitioner", "UTC");
        var practice = new org.psoascoach.practice.Practices(db, Clock.systemUTC()).create(practitioner, "Riverside Physio");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String now = Instant.now().toString().substring(0, 23) + "Z";
        int batch = 250;
        for (int start = 0; start < clients; start += batch) {
            int from = start, to = Math.min(clients, start + batch);
            db.jdbi().useTransaction(h -> {
                PreparedBatch accounts = h.prepareBatch("INSERT INTO account (id, email, email_key, password_hash, role, time_zone, created_at) "
                        + "VALUES (:id, NULL, NULL, NULL, 'client', 'UTC', :at)");
                PreparedBatch links = h.prepareBatch("INSERT INTO practice_client (practice_id, client_id, lead_id, name, name_key, last_session_on, "
                        + "linked_at) VALUES (:p, :c, :lead, :name, :key, :last, :at)");
                PreparedBatch words = h.prepareBatch("INSERT INTO practice_client_word (practice_id, client_id, word_key) VALUES (:p, :c, :w)");
                PreparedBatch assessments = h.prepareBatch("INSERT INTO assessment (id, account_id, taken_at, taken_on, cleared_by_clinician, "
                        + "pain_chronic, pain_worsening, minutes_per_session) VALUES (:id, :c, :at, :on, FALSE, TRUE, FALSE, 15)");
                PreparedBatch plans = h.prepareBatch("INSERT INTO plan (id, account_id, assessment_id, created_at, reason, triage_level, "
                        + "progression_step, catalog_version, intake_json, plan_json, sessions_per_week) VALUES (:id, :c, :a, :at, 'assessment', 'proceed', 0, :v, "
                        + "'{}', :json, :perWeek)");
                PreparedBatch retests = h.prepareBatch("INSERT INTO retest (id, account_id, scheduled_by, due_on) VALUES (:id, :c, :a, :due)");
                PreparedBatch sessions = h.prepareBatch("INSERT INTO session_log (id, account_id, plan_id, idempotency_key, performed_on, completed, "
                        + "pain_before, pain_after, recorded_at, sets_done) VALUES (:id, :c, :plan, :key, :on, TRUE, :before, :after, :at, 3)");
                PreparedBatch items = h.prepareBatch("INSERT INTO session_log_item (session_log_id, position, item_id, side, sets, hold_seconds) "
                        + "VALUES (:s, 1, 'kneeling-lunge', 'left', 3, 30)");
                for (int i = from; i < to; i++) {
                    String c = "client-" + i, a = "assess-" + i, plan = "plan-" + i;
                    accounts.bind("id", c).bind("at", now).add();
                    String name = String.format("Client %05d", i);
                    int lastMissed = (i % 11 == 0) ? 1 : 0; // day 0 is skipped for these (see below)
                    links.bind("p", practice.id()).bind("c", c).bind("lead", practitioner.id()).bind("name", name).bind("key", name.toLowerCase())
                            .bind("last", today.minusDays(lastMissed).toString()).bind("at", now).add();
                    for (String w : NameWords.of(name.toLowerCase())) words.bind("p", practice.id()).bind("c", c).bind("w", w).add();
                    assessments.bind("id", a).bind("c", c).bind("at", now).bind("on", today.minusDays(DAYS).toString()).add();
                    plans.bind("id", plan).bind("c", c).bind("a", a).bind("at", now).bind("v", Fixtures.CATALOG.version()).bind("json", planJson).bind("perWeek", perWeek).add();
                    retests.bind("id", "retest-" + i).bind("c", c).bind("a", a).bind("due", today.plusDays(i % 14).toString()).add();
                    for (int d = DAYS - 1; d >= 0; d--) {
                        if ((i + d) % 11 == 0) continue; // some days missed
                        String s = "s-" + i + "-" + d;
                        int before = (i + d) % 6;
                        sessions.bind("id", s).bind("c", c).bind("plan", plan).bind("key", s).bind("on", today.minusDays(d).toString())
                                .bind("before", before).bind("after", (i % 50 == 0 && d == 0) ? Math.min(10, before + 3) : before).bind("at", now).add();
                        items.bind("s", s).add();
                    }
                }
                for (PreparedBatch b : List.of(accounts, links, words, assessments, plans, retests, sessions, items)) b.execute();
            });
        }
        db.jdbi().useHandle(h -> settle(h, db.dialect()));
    }

    /**
     * The state of a database that has been in use for weeks: its planner's statistics gathered and, on PostgreSQL, the
     * bulk load vacuumed and written out (else autovacuum and the checkpointer do it during the first measurements, which
     * then measure them).
     */
    private static void settle(Handle h, Dialect dialect) {
        if (dialect == Dialect.SQLITE) {
            h.execute("ANALYZE");
            return;
        }
        h.execute("VACUUM ANALYZE");
        h.execute("CHECKPOINT");
    }

    private static String signIn(String base) throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        String page = http.send(HttpRequest.newBuilder(URI.create(base + "/signin")).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = CSRF.matcher(page);
        if (!m.find()) throw new IllegalStateException("no form token on the sign-in page");
        String form = "csrf=" + URLEncoder.encode(m.group(1), StandardCharsets.UTF_8) + "&email=pia%40example.org&password="
                + URLEncoder.encode("practitioner lantern orbit", StandardCharsets.UTF_8) + "&next=%2Fpractice";
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create(base + "/signin"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        String cookie = signedIn.headers().allValues("set-cookie").stream().filter(v -> v.startsWith("psoas_session=")).findFirst()
                .orElseThrow(() -> new IllegalStateException("no sign-in: " + signedIn.statusCode()));
        return cookie.substring(0, cookie.indexOf(';'));
    }

    /** What wrk measured: requests answered, and latency percentiles and maximum in ms. */
    record Wrk(long requests, double p50, double p99, double max) {}

    /**
     * CONNECTIONS connections asking for the page in a loop for SECONDS, from wrk in a process of its own: a load generator
     * in this JVM took a large share of the machine's two cores from the server it measured. Every answer must be a 200.
     */
    private static Wrk wrk(String url, String cookie, int connections, int seconds) throws Exception {
        Process p = new ProcessBuilder("wrk", "-t2", "-c" + connections, "-d" + seconds + "s", "--latency", "-H", "Cookie: " + cookie, url)
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) throw new IllegalStateException("wrk failed: " + out);
        if (out.contains("Non-2xx") || out.contains("Socket errors")) throw new IllegalStateException(url + " had errors:\n" + out);
        return new Wrk(Long.parseLong(find(out, "(\\d+) requests in")), latency(find(out, "\\s50%\\s+(\\S+)")), latency(find(out, "\\s99%\\s+(\\S+)")),
                latency(find(out, "Latency\\s+\\S+\\s+\\S+\\s+(\\S+)")));
    }

    private static String find(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) throw new IllegalStateException("not in wrk's answer (" + regex + "):\n" + text);
        return m.group(1);
    }

    /** wrk's "812.00us", "21.35ms" or "1.02s" in ms. */
    private static double latency(String text) {
        Matcher m = Pattern.compile("([\\d.]+)(us|ms|s)").matcher(text);
        if (!m.matches()) throw new IllegalStateException("not a wrk latency: " + text);
        double v = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "us" -> v / 1000;
            case "s" -> v * 1000;
            default -> v;
        };
    }
}
