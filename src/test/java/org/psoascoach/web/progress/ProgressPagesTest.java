package org.psoascoach.web.progress;

import org.psoascoach.web.session.SessionPagesTest;

import org.psoascoach.web.TestServer;
import org.psoascoach.web.WebClient;
import org.psoascoach.web.WebTest;
import org.psoascoach.web.api.Api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psoascoach.store.Backend;
import org.psoascoach.store.Database;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** The progress page and the re-test that feeds it: charts per side, the calendar, and the change per side. */
class ProgressPagesTest {
    @TempDir
    Path folder;

    @Test
    void aFirstTestShowsOnePointPerSideAnEmptyStreakAndTheCalendar() {
        try (Database db = Backend.SQLITE.open(folder); TestServer server = TestServer.start(db)) {
            WebClient browser = deskWorker(server);
            String page = browser.get("/progress").body();
            assertThat(page).contains("My progress").contains("Standing knee-lift hold").contains("22 s (one test so far)")
                    .contains("No streak yet").contains("0 of ").contains("class=\"day due\"")
                    .contains("Findings per test day").contains("thigh stayed up").contains("No sessions logged yet.");
            assertThat(page).doesNotContain("It is time to test both sides again");
        }
    }

    @Test
    void aLoggedSessionShowsOnTheCalendarAndInThePainTrend() {
        try (Database db = Backend.SQLITE.open(folder); TestServer server = TestServer.start(db)) {
            WebClient browser = deskWorker(server);
            var form = SessionPagesTest.doneInFull(SessionPagesTest.form(browser.get("/session").body()));
            form.put("painBefore", "4");
            form.put("painAfter", "2");
            SessionPagesTest.send(browser, form);
            String page = browser.get("/progress").body();
            assertThat(page).contains("class=\"day done\"").contains("1 of 1 planned sessions done")
                    .contains("Pain per week (0 to 10)").contains("Pain before sessions averaged 4 in your first week.");
        }
    }

    @Test
    void aRetestStartsFromTheLastAnswersAndEndsWithTheChangePerSide() {
        try (Database db = Backend.SQLITE.open(folder); TestServer server = TestServer.start(db)) {
            WebClient browser = deskWorker(server);
            LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
            db.jdbi().useHandle(h -> h.createUpdate("UPDATE retest SET due_on = :today").bind("today", today.toString()).execute());
            String progress = browser.get("/progress").body();
            assertThat(progress).contains("It is time to test both sides again").contains("action=\"/assessment/retest\"");

            HttpResponse<String> started = browser.post("/assessment/retest");
            assertThat(started.headers().firstValue("Location")).hasValue("/assessment/safety");
            String safety = browser.follow(started).body();
            assertThat(safety).doesNotContain("checked"); // the safety questions are asked afresh
            browser.post("/assessment/safety");
            String about = browser.get("/assessment/about").body();
            assertThat(about).contains("value=\"41\"").contains("value=\"9\""); // age and sitting hours, as last time
            assertThat(about).containsPattern("name=\"pain.now\"[^>]*value=\"\""); // today's pain is asked again
            browser.post("/assessment/about", "pain.now", "2", "pain.chronic", "on", "person.age", "41", "person.sittingHoursPerDay", "9",
                    "person.activities", "desk-work", "person.activities", "running", "symptoms", "front-hip-pain");
            String setup = browser.get("/assessment/setup").body();
            assertThat(setup).containsPattern("value=\"resistance-band\"[^>]*checked");
            browser.post("/assessment/setup", "equipment", "mat", "equipment", "chair", "equipment", "resistance-band", "equipment", "table",
                    "minutesPerSession", "15");
            String hold = browser.get("/assessment/hold").body();
            assertThat(hold).contains("Last time: 22").contains("Last time: 9");
            assertThat(hold).containsPattern("name=\"tests.standingHipFlexionHold.left.seconds\"[^>]*value=\"\"");
            browser.post("/assessment/hold", "done", "yes",
                    "tests.standingHipFlexionHold.left.seconds", "23", "tests.standingHipFlexionHold.left.pelvisStable", "yes",
                    "tests.standingHipFlexionHold.right.seconds", "24", "tests.standingHipFlexionHold.right.pelvisStable", "yes");
            HttpResponse<String> done = browser.post("/assessment/thomas", "done", "yes",
                    "tests.modifiedThomas.left.thighRestsOnTable", "yes", "tests.modifiedThomas.left.lowBackArched", "no",
                    "tests.modifiedThomas.right.thighRestsOnTable", "yes", "tests.modifiedThomas.right.lowBackArched", "no");
            String results = browser.follow(done).body();
            assertThat(results).contains("Since your last test on")
                    .contains("Left side: tight last time, no sign of trouble now.")
                    .contains("Right side: weak last time, no sign of trouble now.")
                    .contains("left: 22 → 23 s, no measurable change.") // inside the 3 s a hand-timed hold is good to
                    .contains("right: 9 → 24 s, better.");
            assertThat(WebTest.count(db, "assessment")).isEqualTo(2);

            String after = browser.get("/progress").body();
            assertThat(after).contains("right: 9 → 24 s, better.").contains("Gap between the sides: 13 → 1 s, evening out.")
                    .doesNotContain("It is time to test both sides again");
        }
    }

    @Test
    void partnerTestsGetTheirOwnChartsPerSide() throws Exception {
        try (Database db = Backend.SQLITE.open(folder); TestServer server = TestServer.start(db)) {
            WebClient client = WebTest.signedUp(server, "partner@example.org");
            String csrf = WebTest.apiToken(client);
            // with a helper, not pregnant: the two partner tests are asked (lying tests end at pregnancy week 13)
            String intake = """
                    {"person": {"age": 33}, "pain": {"now": 2},
                     "tests": {"proneLegRaise": {"left": {"heightCm": 24}, "right": {"heightCm": 25}},
                               "resistedHipFlexion": {"left": {"grade": 4}, "right": {"grade": 5}}},
                     "equipment": ["mat", "chair", "partner"], "minutesPerSession": 12}""";
            assertThat(client.json("POST", "/api/v1/assessments", intake, Api.CSRF_HEADER, csrf).statusCode()).isEqualTo(201);
            String page = client.get("/progress").body();
            assertThat(page).contains("Lying leg-lift comparison: height").contains("left: 24 cm (one test so far).")
                    .contains("Partner-resisted knee pull: grade").contains("right: 5 /5 (one test so far).")
                    .doesNotContain("Standing knee-lift hold");
        }
    }

    private static WebClient deskWorker(TestServer server) {
        WebClient browser = WebTest.startAssessment(server, "progress@example.org");
        WebTest.answerAsTheDeskWorker(browser);
        return browser;
    }
}
