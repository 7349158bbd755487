package org.psoascoach.bench;

import io.javalin.Javalin;
import org.psoascoach.Fixtures;
import org.psoascoach.account.Account;
import org.psoascoach.account.Accounts;
import org.psoascoach.account.SignInSessions;
import org.psoascoach.contract.IntakeReader;
import org.psoascoach.journal.Journal;
import org.psoascoach.progress.SessionLogRules;
import org.psoascoach.store.Backend;
import org.psoascoach.store.Database;
import org.psoascoach.store.DatabaseLocation;
import org.psoascoach.store.TestClock;
import org.psoascoach.web.WebApp;
import org.psoascoach.web.api.Api;
import org.psoascoach.web.http.Settings;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Logging at scale (issue 19, points 1 and 2), two benchmarks:
 * <ul>
 *   <li>{@code history DAYS}: one server, one database, two people: one who has just begun and one with ten years of
 *       daily sessions. Day after day (the server's clock moves on a day each round) each logs the day's session through
 *       {@code POST /api/v1/sessions} and opens {@code /program}, one after the other, from one client; prints the
 *       latencies of both and the ratio of their medians.</li>
 *   <li>{@code writers BACKEND WRITERS SECONDS [RATE]}: WRITERS people, each with a plan, log sessions through the API at
 *       once, one connection each, against {@code ./psoas serve} with the launcher's defaults: first as fast as the server
 *       answers (wrk, in a process of its own: a closed loop, each writer sends its next log when the last is answered),
 *       then at a fixed RATE of logs a second (default 1,000; {@link PacedLogs}: an open loop, latency from each log's
 *       appointed time, after 5 s of it not counted). The disk's own rate of synced writes is measured in the same run,
 *       before and after, in the database's folder, and its sync times during each loop ({@link SyncProbe}): a slow
 *       sync stalls every write of its moment, whatever the server does.</li>
 * </ul>
 * Usage: LogBenchmark history [DAYS] | LogBenchmark writers sqlite|postgresql [WRITERS] [SECONDS] [RATE] (bench/log-benchmark.sh).
 */
public final class LogBenchmark {
    private static final String PASSWORD = "benchmark lantern orbit";
    /** The open loop's first seconds, not counted ({@link PacedLogs}): the load's own start, not the server's. */
    private static final int PACED_WARM_UP_SECONDS = 5;

    private LogBenchmark() {}

    public static void main(String[] args) throws Exception {
        if (args[0].equals("history")) history(args.length > 1 ? Integer.parseInt(args[1]) : 200);
        else writers(Backend.valueOf(args[1].toUpperCase(java.util.Locale.ROOT)), args.length > 2 ? Integer.parseInt(args[2]) : 32,
                args.length > 3 ? Integer.parseInt(args[3]) : 20, args.length > 4 ? Double.parseDouble(args[4]) : 1000);
        System.exit(0); // the embedded PostgreSQL's shutdown hook stops it
    }

    // ---- history: the cost of a log and of the page after it, fresh against ten years --------------------------------

    private static void history(int days) throws Exception {
        Path folder = Files.createTempDirectory("psoas-log-bench");
        LocalDate seededTo = LocalDate.now(ZoneOffset.UTC).minusDays(days + 30L);
        try (Database db = Database.open(DatabaseLocation.sqlite(folder.resolve("psoas.db")))) {
            long t0 = System.nanoTime();
            HistorySeed.Seeded old = HistorySeed.seed(db, 10, "ten-years@example.org", PASSWORD, seededTo);
            System.out.printf("seeded ten years: %,d sessions, %d test days in %.1f s%n", old.sessions(), old.tests(), (System.nanoTime() - t0) / 1e9);
            TestClock clock = new TestClock(seededTo.atTime(8, 0).toInstant(ZoneOffset.UTC).toString());
            Account fresh = new Accounts(db, clock).signUp("fresh@example.org", PASSWORD, "person", "UTC");
            new Journal(db, Fixtures.PLANNER, new SessionLogRules(Fixtures.CATALOG), clock)
                    .assess(fresh, IntakeReader.read(Files.readString(Path.of("examples/desk-worker.json"))));
            Javalin app = WebApp.create(db, Fixtures.CATALOG, Fixtures.MESSAGES, clock, Settings.at("http://127.0.0.1:8080")).start("127.0.0.1", 0);
            try {
                String base = "http://127.0.0.1:" + app.port();
                SignInSessions signIns = new SignInSessions(db, clock);
                Person[] people = null;
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                int warmUp = 30;
                long[][] pair = new long[2][days], log = new long[2][days], page = new long[2][days];
                for (int round = -warmUp; round < days; round++) {
                    LocalDate day = seededTo.plusDays(round + warmUp + 1L);
                    clock.at(day);
                    if ((round + warmUp) % 60 == 0) { // a sign-in lasts 90 days (SignInSessions.LIFETIME): sign in again now and then
                        people = new Person[] {person(signIns, fresh, "fresh"), person(signIns, old.account(), "ten years")};
                    }
                    for (int k = 0; k < 2; k++) {
                        int who = (round & 1) == 0 ? k : 1 - k; // each goes first every other day
                        Person p = people[who];
                        long a = System.nanoTime();
                        send(http, HttpRequest.newBuilder(URI.create(base + "/api/v1/sessions")).header("Cookie", p.cookie())
                                .header(Api.CSRF_HEADER, p.csrf()).header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("{\"idempotencyKey\":\"bench-" + day + "\",\"date\":\"" + day
                                        + "\",\"painBefore\":" + (round & 3) + ",\"painAfter\":" + Math.max(0, (round & 3) - 1) + "}")), 201);
                        long b = System.nanoTime();
                        send(http, HttpRequest.newBuilder(URI.create(base + "/program")).header("Cookie", p.cookie()).GET(), 200);
                        long c = System.nanoTime();
                        if (round >= 0) {
                            log[who][round] = b - a;
                            page[who][round] = c - b;
                            pair[who][round] = c - a;
                        }
                    }
                }
                System.out.printf("%d days measured after %d of warm-up; one client, one request at a time%n", days, warmUp);
                for (int who = 0; who < 2; who++) {
                    System.out.printf("  %-9s  log + page p50 %6.2f ms  p90 %6.2f  p99 %6.2f | log p50 %6.2f | page p50 %6.2f%n", people[who].name(),
                            q(pair[who], 50), q(pair[who], 90), q(pair[who], 99), q(log[who], 50), q(page[who], 50));
                }
                System.out.printf("  p50 ratio, ten years / fresh: log + page %.2f, log %.2f, page %.2f%n", q(pair[1], 50) / q(pair[0], 50),
                        q(log[1], 50) / q(log[0], 50), q(page[1], 50) / q(page[0], 50));
            } finally {
                app.stop();
            }
        }
    }

    private record Person(String name, String cookie, String csrf) {}

    private static Person person(SignInSessions signIns, Account account, String name) {
        String token = signIns.start(account, "benchmark");
        return new Person(name, "psoas_session=" + token, signIns.find(token).orElseThrow().csrfToken());
    }

    private static void send(HttpClient http, HttpRequest.Builder request, int expected) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != expected) throw new IllegalStateException(r.uri() + " answered " + r.statusCode() + ": " + r.body());
    }

    private static double q(long[] nanos, int percent) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)] / 1e6;
    }

    // ---- writers: many people logging at once -------------------------------------------------------------------------

    private static void writers(Backend backend, int writers, int seconds, double rate) throws Exception {
        Path folder = Files.createTempDirectory("psoas-writers-bench");
        DatabaseLocation location = backend.freshLocation(folder);
        List<Person> people = new ArrayList<>();
        try (Database db = Database.open(location)) {
            Accounts accounts = new Accounts(db, java.time.Clock.systemUTC());
            Journal journal = new Journal(db, Fixtures.PLANNER, new SessionLogRules(Fixtures.CATALOG), java.time.Clock.systemUTC());
            SignInSessions signIns = new SignInSessions(db, java.time.Clock.systemUTC());
            var intake = IntakeReader.read(Files.readString(Path.of("examples/desk-worker.json")));
            for (int i = 0; i < writers; i++) {
                Account who = accounts.signUp("writer-" + i + "@example.org", PASSWORD, "person", "UTC");
                journal.assess(who, intake);
                people.add(person(signIns, who, "writer-" + i));
            }
        }
        Path lua = folder.resolve("writers.lua");
        Files.writeString(lua, luaScript(people));
        int port = 18000 + (int) (ProcessHandle.current().pid() % 1000);
        Process server = new ProcessBuilder("./psoas", "serve", "--port", String.valueOf(port), "--db", location.jdbcUrl())
                .redirectErrorStream(true).redirectOutput(folder.resolve("server.log").toFile()).start();
        try {
            String base = "http://127.0.0.1:" + port;
            awaitHealth(base, server);
            Path syncFolder = backend == Backend.SQLITE ? folder : Path.of(System.getProperty("java.io.tmpdir"));
            double syncsBefore = SyncProbe.perSecond(syncFolder, 3);
            String warm = wrk(base, lua, writers, 20, false); // warm-up: the server's compiler (C2 is still at work after 5 s), the database's cache
            double cpuBefore = cpuSeconds(server.pid());
            java.util.Map<String, Double> threadsBefore = threadCpu(server.pid());
            long[] writerBefore = writerSchedule(server.pid());
            SyncProbe closedProbe = SyncProbe.start(syncFolder, 50);
            String out = wrk(base, lua, writers, seconds, true);
            String closedSyncs = closedProbe.report();
            double cpu = cpuSeconds(server.pid()) - cpuBefore;
            java.util.Map<String, Double> threadsAfter = threadCpu(server.pid());
            long[] writerAfter = writerSchedule(server.pid());
            double syncsAfter = SyncProbe.perSecond(syncFolder, 3);
            System.out.printf("%s, %d writers on %d accounts, %d s (launcher defaults: ./psoas serve)%n", backend.name().toLowerCase(java.util.Locale.ROOT),
                    writers, writers, seconds);
            System.out.printf("  disk: %,.0f synced 4 KiB writes/s before, %,.0f after (FileChannel.force in %s)%n", syncsBefore, syncsAfter, syncFolder);
            System.out.println(indent(out));
            System.out.println("  the disk during the run: " + closedSyncs);
            System.out.println("  warm-up (20 s before the run): " + warm.lines().filter(l -> l.startsWith("answered")).findFirst().orElse("?"));
            Matcher answered = Pattern.compile("answered 2xx: (\\d+)").matcher(out);
            if (answered.find()) {
                System.out.printf("  server CPU: %.1f s in the run, %.2f ms per log (both cores: %.0f %% of the machine)%n", cpu,
                        cpu * 1000 / Long.parseLong(answered.group(1)), cpu * 100 / (2.0 * seconds));
            }
            System.out.println(threadShares(threadsBefore, threadsAfter, seconds));
            if (writerBefore != null && writerAfter != null) {
                System.out.printf("  the writer's thread: on a core %.0f %% of the run, ready but waiting for one %.0f %% (/proc schedstat)%n",
                        (writerAfter[0] - writerBefore[0]) / (seconds * 1e7), (writerAfter[1] - writerBefore[1]) / (seconds * 1e7));
            }
            // the same server, the same people: now at a fixed rate, latency from each log's appointed time
            List<PacedLogs.Writer> paced = people.stream().map(p -> new PacedLogs.Writer(p.cookie(), p.csrf())).toList();
            cpuBefore = cpuSeconds(server.pid());
            double loadBefore = cpuSeconds(ProcessHandle.current().pid()), kernelBefore = systemSeconds(server.pid());
            java.util.Map<String, Double> pacedBefore = threadCpu(server.pid());
            SyncProbe pacedProbe = SyncProbe.start(syncFolder, 50);
            PacedLogs.Result result = PacedLogs.run(port, paced, rate, PACED_WARM_UP_SECONDS, seconds, LocalDate.now(ZoneOffset.UTC).toString(), "paced-" + System.nanoTime());
            String pacedSyncs = pacedProbe.report();
            cpu = cpuSeconds(server.pid()) - cpuBefore;
            System.out.println(indent(result.report()));
            System.out.println("  the disk during the paced run: " + pacedSyncs);
            System.out.printf("  server CPU: %.1f s in the paced run (%.1f s of it in the kernel), %.2f ms per log; the paced writers' own CPU: %.1f s%n",
                    cpu, systemSeconds(server.pid()) - kernelBefore, cpu * 1000 / Math.max(1, result.created() + result.warmUp()),
                    cpuSeconds(ProcessHandle.current().pid()) - loadBefore);
            System.out.println(threadShares(pacedBefore, threadCpu(server.pid()), seconds + PACED_WARM_UP_SECONDS));
            server.destroy();
            server.waitFor();
            try (Database db = Database.open(location)) { // every answer counted by wrk is a log in the database
                long stored = db.read(h -> h.createQuery("SELECT COUNT(*) FROM session_log").mapTo(Long.class).one());
                System.out.printf("  logs in the database after the warm-up and both runs: %,d%n", stored);
            }
        } finally {
            server.destroy();
            server.waitFor();
        }
    }

    private static String luaScript(List<Person> people) {
        StringBuilder people_ = new StringBuilder("people = {\n");
        for (Person p : people) people_.append("  {cookie = \"").append(p.cookie()).append("\", csrf = \"").append(p.csrf()).append("\"},\n");
        people_.append("}\n");
        return people_ + """
                -- one thread per writer, one connection per thread: each writer is one person logging, a new key each time
                local counter = 1
                setup = function(thread)
                  thread:set("id", counter)
                  counter = counter + 1
                end
                init = function(args)
                  me = people[id]
                  n = 0
                  wrk.method = "POST"
                  wrk.headers["Content-Type"] = "application/json"
                  wrk.headers["Cookie"] = me.cookie
                  wrk.headers["X-CSRF-Token"] = me.csrf
                end
                request = function()
                  n = n + 1
                  local body = string.format('{"idempotencyKey":"w%d-%d-%d","date":"%s","painBefore":2,"painAfter":2}', id, os.time(), n, os.date("!%Y-%m-%d"))
                  return wrk.format(nil, "/api/v1/sessions", nil, body)
                end
                done = function(summary, latency, requests)
                  -- no response callback: wrk would parse every body for it; the statuses come from its counts, the
                  -- logs from the database afterwards
                  local e = summary.errors
                  io.write(string.format("answered 2xx: %d, other: %d, socket errors: %d\\n", summary.requests - e.status,
                    e.status, e.connect + e.read + e.write + e.timeout))
                  for _, p in ipairs({50, 90, 99, 99.9}) do
                    io.write(string.format("latency p%s: %.2f ms\\n", p, latency:percentile(p) / 1000))
                  end
                  io.write(string.format("max: %.2f ms\\n", latency.max / 1000))
                end
                """;
    }

    private static String wrk(String base, Path lua, int writers, int seconds, boolean measured) throws Exception {
        // /usr/bin/time: the load's own CPU, on the same two cores as the server
        Process p = new ProcessBuilder("/usr/bin/time", "-f", "wrk CPU: %U s user, %S s system", "wrk", "-t" + writers, "-c" + writers, "-d" + seconds + "s", "--timeout", "10s", "-s", lua.toString(),
                base + "/api/v1/sessions").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) throw new IllegalStateException("wrk failed: " + out);
        if (measured && !Pattern.compile("answered 2xx: [1-9]").matcher(out).find()) throw new IllegalStateException("no session was logged:\n" + out);
        return out;
    }

    private static void awaitHealth(String base, Process server) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) throw new IllegalStateException("psoas serve stopped, exit " + server.exitValue());
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(base + "/health")).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("psoas serve did not answer in 2 minutes");
    }

    private static String threadShares(java.util.Map<String, Double> before, java.util.Map<String, Double> after, int seconds) {
        StringBuilder byThread = new StringBuilder("  server threads, cores in use:");
        after.forEach((name, at) -> {
            double used = (at - before.getOrDefault(name, 0.0)) / seconds;
            if (used >= 0.01) byThread.append(String.format(" %s %.2f,", name, used));
        });
        return byThread.substring(0, byThread.length() - 1);
    }

    /** System (kernel) CPU time of a process so far, from /proc (Linux). */
    private static double systemSeconds(long pid) throws IOException {
        return Long.parseLong(statFields(Files.readString(Path.of("/proc/" + pid + "/stat")))[12]) / 100.0;
    }

    /** The fields of a /proc stat line after the name (which may hold spaces): utime is [11], stime [12], in ticks of 1/100 s. */
    private static String[] statFields(String stat) {
        return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    }

    /** User and system CPU time of a process so far, from /proc (Linux). */
    private static double cpuSeconds(long pid) throws IOException {
        String[] fields = statFields(Files.readString(Path.of("/proc/" + pid + "/stat")));
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0; // utime, stime in clock ticks (USER_HZ 100)
    }

    /** CPU seconds of a process's threads so far, by name with the numbers taken out (a pool's threads together), from /proc. */
    private static java.util.Map<String, Double> threadCpu(long pid) throws IOException {
        java.util.Map<String, Double> byName = new java.util.TreeMap<>();
        try (var tasks = Files.list(Path.of("/proc/" + pid + "/task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replaceAll("[0-9]+", "#");
                    String[] fields = statFields(stat);
                    byName.merge(name, (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0, Double::sum);
                } catch (IOException ended) {
                    // the thread ended meanwhile
                }
            }
        }
        return byName;
    }

    /** SQLite's writer thread's time on a core and time runnable but waiting for one, in ns (schedstat), or null. */
    private static long[] writerSchedule(long pid) throws IOException {
        try (var tasks = Files.list(Path.of("/proc/" + pid + "/task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                if (!Files.readString(task.resolve("comm")).strip().equals("psoas-writer")) continue;
                String[] fields = Files.readString(task.resolve("schedstat")).strip().split(" ");
                return new long[] {Long.parseLong(fields[0]), Long.parseLong(fields[1])};
            }
        }
        return null;
    }

    private static String indent(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.strip().split("\n")) out.append("  ").append(line).append('\n');
        return out.toString().stripTrailing();
    }
}
