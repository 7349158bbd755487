package org.psoascoach.web.session;

import org.psoascoach.web.TestServer;
import org.psoascoach.web.WebClient;
import org.psoascoach.web.WebTest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psoascoach.store.Backend;
import org.psoascoach.store.Database;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Today's session page and its log form, as a browser without scripts uses them (the player only fills the form in). */
public class SessionPagesTest {
    private static final Pattern INPUT = Pattern.compile("<input[^>]*\\bname=\"([^\"]+)\"[^>]*\\bvalue=\"([^\"]*)\"");

    @TempDir
    Path folder;

    @Test
    void theSessionPageListsEveryPlannedItemWithItsSetsAndAScriptForThePlayer() {
        try (Database db = Backend.SQLITE.open(folder); TestServer server = TestServer.start(db)) {
            WebClient browser = deskWorker(server);
            String page = browser.get("/session").body();
            assertThat(page).contains("Today's session").contains("Kneeling lunge hip flexor stretch").contains("done, of 4 planned")
                    .contains("data-script=").contains("Pain right now, before you start");
            Map<String, String> form = form(page);
            assertThat(form.get("key")).matches("[0-9a-f-]{36}");
            assertThat(form).containsKeys("items.0.id", "items.0.side", "items.0.sets", "items.0.planned");
            assertThat(browser.get("/program").body()).contains("href=\"/session\"");
        }
    }

    @Test
    void aLoggedSessionIsSavedOnceEvenWhenTheFormIsSentAgain() {
        try (Database db = Backend.SQLITE.open(folder); TestServer server = TestServer.start(db)) {
            WebClient browser = deskWorker(server);
            Map<String, String> form = form(browser.get("/session").body());
            form.put("painBefore", "3");
            form.put("painAfter", "2");
            form.put("notes", "Felt looser on the left.");
            doneInFull(form);

            HttpResponse<String> first = send(browser, form);
            assertThat(first.statusCode()).isEqualTo(200);
            assertThat(first.body()).contains("is saved").contains("Pain before 3, after 2.").contains("The whole session");
            HttpResponse<String> again = send(browser, form); // a reload, or a retry after a lost answer
            assertThat(again.statusCode()).isEqualTo(200);
            assertThat(again.body()).contains("was already saved; nothing was saved twice");
            assertThat(WebTest.count(db, "session_log")).isEqualTo(1);
            assertThat(one(db, "SELECT notes FROM session_log", String.class)).isEqualTo("Felt looser on the left.");
        }
    }

    @Test
    void fewerSetsThanPlannedAreLoggedAsAPartSession() {
        try (Database db = Backend.SQLITE.open(folder); TestServer server = TestServer.start(db)) {
            WebClient browser = deskWorker(server);
            Map<String, String> form = doneInFull(form(browser.get("/session").body()));
            form.put("painBefore", "3");
            form.put("painAfter", "3");
            form.put("items.1.sets", "2");
            HttpResponse<String> done = send(browser, form);
            assertThat(done.body()).contains("Part of the session");
            assertThat(one(db, "SELECT completed FROM session_log", Boolean.class)).isFalse();
            assertThat(one(db, "SELECT sets FROM session_log_item WHERE position = 2", Integer.class)).isEqualTo(2);
        }
    }

    @Test
    void theLogStartsWithNoSetDoneAndTheFormsOwnPlannedFiguresDecideNothing() {
        try (Database db = Backend.SQLITE.open(folder); TestServer server = TestServer.start(db)) {
            WebClient browser = deskWorker(server);
            Map<String, String> form = form(browser.get("/session").body());
            for (int i = 0; form.containsKey("items." + i + ".sets"); i++) assertThat(form.get("items." + i + ".sets")).as("item " + i).isEqualTo("0");
            // a form that claims fewer planned sets than the plan's is still judged against the plan
            doneInFull(form);
            form.put("items.1.planned", "1");
            form.put("items.1.sets", "1");
            form.put("painBefore", "3");
            form.put("painAfter", "3");
            assertThat(send(browser, form).body()).contains("Part of the session");
            assertThat(one(db, "SELECT completed FROM session_log", Boolean.class)).isFalse();
        }
    }

    @Test
    void aSessionStoppedBeforeAnySetIsKeptWithItsPainAndNoteButNotCountedAsDone() {
        try (Database db = Backend.SQLITE.open(folder); TestServer server = TestServer.start(db)) {
            WebClient browser = deskWorker(server);
            Map<String, String> form = form(browser.get("/session").body());
            form.put("painBefore", "4");
            form.put("painAfter", "6");
            form.put("notes", "Sharp pain in the first stretch, stopped.");
            HttpResponse<String> saved = send(browser, form);
            assertThat(saved.statusCode()).isEqualTo(200);
            assertThat(saved.body()).contains("Stopped before any set was done").doesNotContain("That counts too");
            assertThat(one(db, "SELECT notes FROM session_log", String.class)).isEqualTo("Sharp pain in the first stretch, stopped.");
            assertThat(one(db, "SELECT completed FROM session_log", Boolean.class)).isFalse();
            String progress = browser.get("/progress").body();
            assertThat(progress).contains("0 of ").doesNotContain("1 of ");
            assertThat(progress).contains("Pain trend"); // its pain is on the trend
        }
    }

    @Test
    void aBadPainScoreReShowsTheFormWithTheMessageBesideTheFieldAndSavesNothing() {
        try (Database db = Backend.SQLITE.open(folder); TestServer server = TestServer.start(db)) {
            WebClient browser = deskWorker(server);
            Map<String, String> form = form(browser.get("/session").body());
            form.put("painBefore", "12");
            form.put("painAfter", "");
            form.put("items.0.sets", "-1");
            form.put("notes", "kept as typed");
            HttpResponse<String> refused = send(browser, form);
            assertThat(refused.statusCode()).isEqualTo(400);
            String page = refused.body();
            assertThat(page).contains("id=\"f-painBefore-error\"").contains("id=\"f-painAfter-error\"").contains("id=\"f-0-sets-error\"")
                    .contains("Choose a whole number from 0 (no pain) to 10").contains("Enter how many sets you did")
                    .contains("kept as typed");
            assertThat(form(page)).containsEntry("painBefore", "12").containsEntry("key", form.get("key"));
            assertThat(WebTest.count(db, "session_log")).isZero();
        }
    }

    @Test
    void aFormWithoutTheSessionsTokenIsRefused() {
        try (Database db = Backend.SQLITE.open(folder); TestServer server = TestServer.start(db)) {
            WebClient browser = deskWorker(server);
            Map<String, String> form = form(browser.get("/session").body());
            form.put("painBefore", "3");
            form.put("painAfter", "2");
            List<String> fields = new ArrayList<>();
            form.forEach((k, v) -> { fields.add(k); fields.add(v); });
            assertThat(browser.postRaw("/session", fields.toArray(String[]::new)).statusCode()).isEqualTo(403);
            assertThat(WebTest.count(db, "session_log")).isZero();
        }
    }

    @Test
    void aFullWeekWithPainNoWorseRaisesTheDoseAndTheDonePageAndProgramSayWhy() {
        try (Database db = Backend.SQLITE.open(folder); TestServer server = TestServer.start(db)) {
            WebClient browser = deskWorker(server);
            LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Berlin"));
            HttpResponse<String> last = null;
            for (int day = 6; day >= 0; day--) { // the desk worker's plan asks for 7 sessions a week
                Map<String, String> form = doneInFull(form(browser.get("/session").body()));
                form.put("date", today.minusDays(day).toString());
                form.put("painBefore", "3");
                form.put("painAfter", "3");
                last = send(browser, form);
                assertThat(last.statusCode()).isEqualTo(200);
                if (day > 0) assertThat(last.body()).contains("Your program stays as it is.");
            }
            assertThat(last.body()).contains("Your program changed:").contains("was completed with pain not worse: dose raised to step 1");
            assertThat(browser.get("/program").body()).contains("Changes from your logs").contains("dose raised to step 1");
        }
    }

    @Test
    void aSessionThatRaisedPainByTwoOrMoreSaysToEaseOff() {
        try (Database db = Backend.SQLITE.open(folder); TestServer server = TestServer.start(db)) {
            WebClient browser = deskWorker(server);
            Map<String, String> form = form(browser.get("/session").body());
            form.put("painBefore", "2");
            form.put("painAfter", "5");
            assertThat(send(browser, form).body()).contains("Your pain rose by 2 points or more");
        }
    }

    private static <T> T one(Database db, String sql, Class<T> type) {
        return db.jdbi().withHandle(h -> h.createQuery(sql).mapTo(type).one());
    }

    private static WebClient deskWorker(TestServer server) {
        WebClient browser = WebTest.startAssessment(server, "mover@example.org");
        WebTest.answerAsTheDeskWorker(browser);
        return browser;
    }

    public static HttpResponse<String> send(WebClient browser, Map<String, String> form) {
        List<String> fields = new ArrayList<>();
        form.forEach((k, v) -> { fields.add(k); fields.add(v); });
        return browser.post("/session", fields.toArray(String[]::new));
    }

    /** The form as if every planned set was done (what the player writes at the end of a whole session). */
    public static Map<String, String> doneInFull(Map<String, String> form) {
        for (int i = 0; form.containsKey("items." + i + ".planned"); i++) form.put("items." + i + ".sets", form.get("items." + i + ".planned"));
        return form;
    }

    /** The log form's fields as the page fills them in (the CSRF token is added by the client). */
    public static Map<String, String> form(String page) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher m = INPUT.matcher(page);
        while (m.find()) if (!m.group(1).equals("csrf")) fields.put(m.group(1), m.group(2));
        Matcher notes = Pattern.compile("<textarea[^>]*name=\"notes\"[^>]*>([^<]*)</textarea>").matcher(page);
        fields.put("notes", notes.find() ? notes.group(1) : "");
        return fields;
    }
}
