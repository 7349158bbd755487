package org.psoascoach.web.reminders;

import org.psoascoach.web.TestServer;
import org.psoascoach.web.WebClient;
import org.psoascoach.web.WebTest;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psoascoach.store.Backend;
import org.psoascoach.store.Database;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The reminders feed: a secret address any calendar app can subscribe to, made, replaced and turned off by its owner. */
class RemindersTest {
    private static final Pattern ADDRESS = Pattern.compile("value=\"(http://[^\"]+/calendar/[^\"]+\\.ics)\"");

    @TempDir
    Path folder;

    @Test
    void theFeedHasTheSessionDaysUntilTheRetestAndTheRetestDay() throws Exception {
        try (Database db = Backend.SQLITE.open(folder); TestServer server = TestServer.start(db)) {
            WebClient browser = deskWorker(server);
            String address = makeAddress(browser);
            HttpResponse<String> feed = new WebClient("").get(address); // a calendar app: no cookies
            assertThat(feed.statusCode()).isEqualTo(200);
            assertThat(feed.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");

            List<VEvent> events = new CalendarBuilder().build(new StringReader(feed.body())).getComponents("VEVENT");
            assertThat(events).hasSize(2);
            LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
            LocalDate retest = today.plusDays(14);
            VEvent sessions = events.get(0), retestDay = events.get(1);
            // the desk worker trains daily (SPEC §1.3), so every day of the week, from the test day to the re-test
            assertThat(value(sessions, "RRULE").split(";"))
                    .containsExactlyInAnyOrder("FREQ=WEEKLY", "BYDAY=MO,TU,WE,TH,FR,SA,SU", "UNTIL=" + retest.toString().replace("-", ""));
            assertThat(value(sessions, "DTSTART")).isEqualTo(today.toString().replace("-", ""));
            assertThat(value(sessions, "SUMMARY")).startsWith("Psoas Coach session (about ");
            assertThat(value(sessions, "DESCRIPTION")).contains("Kneeling lunge hip flexor stretch");
            assertThat(value(retestDay, "DTSTART")).isEqualTo(retest.toString().replace("-", ""));
            assertThat(value(retestDay, "SUMMARY")).isEqualTo("Psoas Coach: test both sides again");
            assertThat(feed.body()).doesNotContain("pain").doesNotContain("tight").doesNotContain("weak"); // nothing personal beyond the days
        }
    }

    @Test
    void aNewAddressRetiresTheOldOneAndTurningItOffRetiresBoth() {
        try (Database db = Backend.SQLITE.open(folder); TestServer server = TestServer.start(db)) {
            WebClient browser = deskWorker(server);
            WebClient calendarApp = new WebClient("");
            String first = makeAddress(browser);
            assertThat(browser.get("/reminders").body()).contains("is working").doesNotContain(first); // shown once only
            String second = makeAddress(browser);
            assertThat(second).isNotEqualTo(first);
            assertThat(calendarApp.get(first).statusCode()).isEqualTo(404);
            assertThat(calendarApp.get(second).statusCode()).isEqualTo(200);
            browser.get("/reminders");
            assertThat(browser.post("/reminders/off").body()).contains("is turned off");
            assertThat(calendarApp.get(second).statusCode()).isEqualTo(404);
            assertThat(calendarApp.get(server.base + "/calendar/made-up.ics").statusCode()).isEqualTo(404);
            String stored = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM calendar_feed").mapTo(String.class).one());
            assertThat(stored).isEqualTo("0");
        }
    }

    @Test
    void onlyTheStoredFingerprintOfTheAddressIsKept() {
        try (Database db = Backend.SQLITE.open(folder); TestServer server = TestServer.start(db)) {
            WebClient browser = deskWorker(server);
            String address = makeAddress(browser);
            String token = address.substring(address.lastIndexOf('/') + 1, address.length() - 4);
            String stored = db.jdbi().withHandle(h -> h.createQuery("SELECT token_hash FROM calendar_feed").mapTo(String.class).one());
            assertThat(stored).isNotEqualTo(token).hasSize(64);
        }
    }

    @Test
    void makingAnAddressNeedsTheFormToken() {
        try (Database db = Backend.SQLITE.open(folder); TestServer server = TestServer.start(db)) {
            WebClient browser = deskWorker(server);
            assertThat(browser.postRaw("/reminders/new").statusCode()).isEqualTo(403);
            assertThat(WebTest.count(db, "calendar_feed")).isZero();
        }
    }

    @Test
    void whileExerciseIsOnHoldTheFeedHasNoSessionOrTestDayAndThePageSaysWhy() throws Exception {
        try (Database db = Backend.SQLITE.open(folder); TestServer server = TestServer.start(db)) {
            WebClient browser = deskWorker(server);
            String address = makeAddress(browser);
            // a new assessment with an urgent sign: the latest answers rule exercise out
            browser.post("/assessment/restart");
            browser.post("/assessment/safety", "symptoms", "recent-trauma");
            HttpResponse<String> feed = new WebClient("").get(address);
            assertThat(feed.statusCode()).isEqualTo(200);
            List<VEvent> events = new CalendarBuilder().build(new StringReader(feed.body())).getComponents("VEVENT");
            assertThat(events).isEmpty();
            assertThat(browser.get("/reminders").body()).contains("shows no session days now");
            assertThat(browser.get("/progress").body()).contains("Exercise is on hold").doesNotContain("href=\"/session\"");
        }
    }

    private static String makeAddress(WebClient browser) {
        browser.get("/reminders");
        Matcher m = ADDRESS.matcher(browser.post("/reminders/new").body());
        assertThat(m.find()).as("the new address is shown").isTrue();
        return m.group(1);
    }

    private static String value(VEvent event, String property) {
        return event.<Property>getProperty(property).map(Property::getValue).orElse(null);
    }

    private static WebClient deskWorker(TestServer server) {
        WebClient browser = WebTest.startAssessment(server, "calendar@example.org");
        WebTest.answerAsTheDeskWorker(browser);
        return browser;
    }
}
