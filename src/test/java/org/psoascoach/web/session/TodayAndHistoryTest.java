package org.psoascoach.web.session;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psoascoach.store.Backend;
import org.psoascoach.store.Database;
import org.psoascoach.web.TestServer;
import org.psoascoach.web.WebClient;
import org.psoascoach.web.WebTest;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Today says whether the day's session is done; the history keeps every log with its pain, sets and note, newest first. */
class TodayAndHistoryTest {
    @TempDir
    Path folder;

    @Test
    void todayIsDoneOnlyWhenALogOfTheDayHasASetAndShowsEveryLogOfTheDay() {
        try (Database db = Backend.SQLITE.open(folder); TestServer server = TestServer.start(db)) {
            WebClient browser = deskWorker(server);
            assertThat(browser.get("/today").body()).contains("Today is a session day").doesNotContain("Logged today");

            Map<String, String> stopped = SessionPagesTest.form(browser.get("/session").body());
            stopped.put("painBefore", "3");
            stopped.put("painAfter", "6");
            stopped.put("notes", "Hip flared & I stopped");
            SessionPagesTest.send(browser, stopped);
            String afterStop = browser.get("/today").body();
            assertThat(afterStop).doesNotContain("Today's session is done.").contains("Stopped before any set")
                    .contains("Hip flared &amp; I stopped").contains("Pain rose.");

            Map<String, String> whole = SessionPagesTest.doneInFull(SessionPagesTest.form(browser.get("/session").body()));
            whole.put("painBefore", "2");
            whole.put("painAfter", "2");
            SessionPagesTest.send(browser, whole);
            assertThat(browser.get("/today").body()).contains("Today's session is done.").contains("The whole session: ");
            assertThat(browser.get("/program").body()).containsPattern("class=\"done today\"");
        }
    }

    @Test
    void theHistoryListsLogsNewestFirstAndRefusesADateItCannotRead() {
        try (Database db = Backend.SQLITE.open(folder); TestServer server = TestServer.start(db)) {
            WebClient browser = deskWorker(server);
            assertThat(browser.get("/history").body()).contains("No session logged in these weeks.");
            for (String note : new String[] {"first note", "second note"}) {
                Map<String, String> form = SessionPagesTest.doneInFull(SessionPagesTest.form(browser.get("/session").body()));
                form.put("painBefore", "4");
                form.put("painAfter", "3");
                form.put("notes", note);
                SessionPagesTest.send(browser, form);
            }
            String page = browser.get("/history").body();
            assertThat(page.indexOf("second note")).isPositive().isLessThan(page.indexOf("first note"));
            assertThat(page).contains("Pain before 4, after 3.").doesNotContain("Earlier sessions");
            HttpResponse<String> garbled = browser.get("/history?until=yesterday");
            assertThat(garbled.statusCode()).isEqualTo(400);
            assertThat(browser.get("/history?until=1999-01-01").body()).contains("No session logged in these weeks.")
                    .contains("Later sessions");
        }
    }

    @Test
    void withoutAnAssessmentTodayLeadsToIt() {
        try (Database db = Backend.SQLITE.open(folder); TestServer server = TestServer.start(db)) {
            WebClient browser = WebTest.startAssessment(server, "new@example.org");
            HttpResponse<String> today = browser.get("/today");
            assertThat(today.statusCode()).isEqualTo(303);
            assertThat(today.headers().firstValue("Location")).hasValue("/assessment");
            assertThat(new WebClient(server.base).get("/history").headers().firstValue("Location").orElse("")).startsWith("/signin");
        }
    }

    private static WebClient deskWorker(TestServer server) {
        WebClient browser = WebTest.startAssessment(server, "today@example.org");
        WebTest.answerAsTheDeskWorker(browser);
        return browser;
    }
}
