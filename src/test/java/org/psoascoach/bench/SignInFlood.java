package org.psoascoach.bench;

import io.javalin.Javalin;
import org.psoascoach.Fixtures;
import org.psoascoach.store.Database;
import org.psoascoach.store.DatabaseLocation;
import org.psoascoach.web.http.Settings;
import org.psoascoach.web.WebApp;

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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A guessing flood against one account while its owner signs in (issue "Your account, and trust", point 3): a real
 * `psoas serve` on a fresh SQLite file on a loopback port; CLIENTS threads send wrong passwords for the account as
 * fast as they can for SECONDS; meanwhile the owner, from the device they signed up on, signs in every 200 ms. The
 * same owner sign-ins are timed first with no flood, in the same run. Prints both p99s. Bounded in time and in
 * count, and only ever sends to 127.0.0.1.
 * Usage: SignInFlood [CLIENTS=16] [SECONDS=20] (bench/signin-flood.sh runs it).
 */
public final class SignInFlood {
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static final String EMAIL = "owner@example.org", PASSWORD = "owner lantern orbit";

    private SignInFlood() {}

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 16;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Path folder = Files.createTempDirectory("psoas-flood");
        try (Database db = Database.open(DatabaseLocation.sqlite(folder.resolve("psoas.db")))) {
            Javalin app = WebApp.create(db, Fixtures.CATALOG, Fixtures.MESSAGES, Clock.systemUTC(), Settings.at("http://127.0.0.1:8080"))
                    .start("127.0.0.1", 0);
            String base = "http://127.0.0.1:" + app.port();
            try {
                Browser owner = new Browser(base);
                owner.get("/signup");
                owner.post("/signup", "email", EMAIL, "password", PASSWORD, "role", "person", "timeZone", "UTC");
                owner.post("/signout");

                List<Long> quiet = ownerSignIns(owner, seconds / 2 * 5); // every 200 ms for half the flood's time
                AtomicBoolean stop = new AtomicBoolean();
                Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
                List<Thread> flood = new ArrayList<>();
                for (int c = 0; c < clients; c++) {
                    Thread t = new Thread(() -> {
                        Browser guesser = new Browser(base);
                        guesser.get("/signin");
                        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
                        for (int i = 0; !stop.get() && System.nanoTime() < deadline && i < 1_000_000; i++) {
                            int status = guesser.post("/signin", "email", EMAIL, "password", "guess " + i).statusCode();
                            statuses.computeIfAbsent(status, k -> new AtomicLong()).incrementAndGet();
                        }
                    });
                    t.start();
                    flood.add(t);
                }
                Thread.sleep(1000); // the flood is running and the account locked
                List<Long> flooded = ownerSignIns(owner, (seconds - 2) * 5);
                stop.set(true);
                for (Thread t : flood) t.join();
                long guesses = statuses.values().stream().mapToLong(AtomicLong::get).sum();
                System.out.printf("clients %d, %d s: %d guesses (%.0f/s), answers %s%n", clients, seconds, guesses, guesses / (double) seconds, statuses);
                System.out.printf("owner sign-in without flood: n=%d median %.1f ms p99 %.1f ms max %.1f ms%n", quiet.size(),
                        ms(percentile(quiet, 50)), ms(percentile(quiet, 99)), ms(percentile(quiet, 100)));
                System.out.printf("owner sign-in during flood:  n=%d median %.1f ms p99 %.1f ms max %.1f ms%n", flooded.size(),
                        ms(percentile(flooded, 50)), ms(percentile(flooded, 99)), ms(percentile(flooded, 100)));
            } finally {
                app.stop();
            }
        }
    }

    /** The owner signs in {@code count} times, 200 ms apart, from their own device; the latency of each sign-in in ns. */
    private static List<Long> ownerSignIns(Browser owner, int count) throws InterruptedException {
        List<Long> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            owner.get("/signin");
            long start = System.nanoTime();
            int status = owner.post("/signin", "email", EMAIL, "password", PASSWORD, "next", "/account").statusCode();
            out.add(System.nanoTime() - start);
            if (status != 303) throw new IllegalStateException("the owner's sign-in answered " + status);
            owner.post("/signout");
            Thread.sleep(200);
        }
        return out;
    }

    private static long percentile(List<Long> values, int p) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static double ms(long nanos) { return nanos / 1e6; }

    /** Cookies and the form token, as a browser keeps them. */
    private static final class Browser {
        private final String base;
        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        private String csrf = "";

        Browser(String base) { this.base = base; }

        HttpResponse<String> get(String path) {
            return remember(send(HttpRequest.newBuilder(URI.create(base + path)).GET()));
        }

        HttpResponse<String> post(String path, String... fields) {
            StringBuilder body = new StringBuilder("csrf=").append(URLEncoder.encode(csrf, StandardCharsets.UTF_8));
            for (int i = 0; i < fields.length; i += 2) {
                body.append('&').append(fields[i]).append('=').append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
            }
            return remember(send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString()))));
        }

        private HttpResponse<String> remember(HttpResponse<String> response) {
            Matcher m = CSRF.matcher(response.body());
            if (m.find()) csrf = m.group(1);
            return response;
        }

        private HttpResponse<String> send(HttpRequest.Builder request) {
            try {
                return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
