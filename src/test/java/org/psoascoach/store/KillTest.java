package org.psoascoach.store;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing acknowledged is ever lost: the real CLI logs sessions from a JSON Lines file in its own JVM,
 * printing one acknowledgement per committed session; the test kills it with SIGKILL at random moments,
 * starts it again on the same file (the idempotency keys make the re-sent sessions no-ops), and at the end
 * finds every acknowledged session, each whole, and none twice.
 */
class KillTest {
    private static final int KILLS = 22;
    private static final int SESSIONS = 3000;
    private static final Pattern ACK = Pattern.compile("\\(key (d-\\d+)\\)$");

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(Backend.class)
    void everyAcknowledgedLogSurvivesSigkillWholeAndOnce(Backend backend) throws Exception {
        DatabaseLocation location = backend.freshLocation(folder);
        Database.open(location).close(); // migrate once, so every run starts logging at once
        Path file = folder.resolve("sessions.jsonl");
        List<String> lines = new ArrayList<>(SESSIONS);
        for (int i = 0; i < SESSIONS; i++) {
            lines.add("{\"idempotencyKey\": \"d-" + i + "\", \"date\": \"2026-10-01\", \"painBefore\": " + (i % 11) + ", \"painAfter\": 2, "
                    + "\"notes\": \"session " + i + "\", \"items\": [{\"id\": \"kneeling-lunge\", \"side\": \"left\", \"sets\": 3, \"holdSeconds\": 30}, "
                    + "{\"id\": \"breath-release\", \"side\": \"both\", \"sets\": 1, \"holdSeconds\": 60}]}");
        }
        Files.write(file, lines);
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        Random random = new Random(20261121L);
        int kills = 0;
        while (kills < KILLS) {
            Process cli = new ProcessBuilder(javaExecutable(), "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                    "org.psoascoach.cli.Psoas", "log", "--db", location.jdbcUrl(), "--file", file.toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            Set<String> thisRun = ConcurrentHashMap.newKeySet();
            Thread reader = new Thread(() -> {
                try (BufferedReader out = new BufferedReader(new InputStreamReader(cli.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = out.readLine()) != null; ) {
                        Matcher m = ACK.matcher(line);
                        if (m.find()) thisRun.add(m.group(1));
                    }
                } catch (java.io.IOException ignored) {
                    // the process was killed: its output ends here
                }
            });
            reader.start();
            // wait until it is writing, then kill it at a random moment in the middle of the writes
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (thisRun.isEmpty() && cli.isAlive() && System.nanoTime() < deadline) Thread.sleep(5);
            Thread.sleep(random.nextInt(400));
            boolean killed = cli.isAlive();
            cli.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no flushing
            cli.waitFor(30, TimeUnit.SECONDS);
            reader.join(10_000);
            acknowledged.addAll(thisRun);
            if (killed) kills++;
            else break; // it finished every session before the kill: nothing left to interrupt
        }

        try (Database db = Database.open(location)) {
            List<String> keys = db.jdbi().withHandle(h -> h.createQuery("SELECT idempotency_key FROM session_log").mapTo(String.class).list());
            assertThat(kills).as("kills").isGreaterThanOrEqualTo(KILLS);
            assertThat(acknowledged).as("acknowledged sessions").isNotEmpty();
            assertThat(keys).as("every acknowledged session is there").containsAll(acknowledged);
            assertThat(keys).as("no session twice").doesNotHaveDuplicates();
            int partial = db.jdbi().withHandle(h -> h.createQuery("""
                    SELECT COUNT(*) FROM session_log s
                    WHERE (SELECT COUNT(*) FROM session_log_item i WHERE i.session_log_id = s.id) <> 2""").mapTo(Integer.class).one());
            assertThat(partial).as("sessions missing items").isZero();
            int orphans = db.jdbi().withHandle(h -> h.createQuery("""
                    SELECT COUNT(*) FROM session_log_item i WHERE NOT EXISTS (SELECT 1 FROM session_log s WHERE s.id = i.session_log_id)""")
                    .mapTo(Integer.class).one());
            assertThat(orphans).as("items without a session").isZero();
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
