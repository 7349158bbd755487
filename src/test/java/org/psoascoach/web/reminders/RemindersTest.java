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

    @Test
    void chosenDaysAndTimeGoToTheCalendarTheProgramWeekAndToday() throws Exception {
        try (Database db = Backend.SQLITE.open(folder); TestServer server = TestServer.start(db)) {
            WebClient browser = fourTimesAWeek(server);
            String address = makeAddress(browser);
            assertThat(browser.get("/reminders").body()).contains("your program has 4 a week")
                    .contains("These days are spread evenly over the week.");
            // Tuesday, Thursday, Saturday, Sunday at 18:30
            HttpResponse<String> saved = browser.post("/reminders/schedule", "day", "2", "day", "4", "day", "6", "day", "7", "time", "18:30");
            assertThat(saved.statusCode()).isEqualTo(303);
            assertThat(browser.get("/reminders?saved").body()).contains("with a reminder at 18:30").contains("These are the days you chose.");

            List<VEvent> events = new CalendarBuilder().build(new StringReader(new WebClient("").get(address).body())).getComponents("VEVENT");
            assertThat(value(events.get(0), "RRULE")).contains("BYDAY=TU,TH,SA,SU");
            assertThat(new WebClient("").get(address).body()).contains("TRIGGER;RELATED=START:PT1110M"); // 18:30 after the day begins
            String program = browser.get("/program").body();
            LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
            boolean sessionToday = java.util.Set.of(2, 4, 6, 7).contains(today.getDayOfWeek().getValue());
            assertThat(browser.get("/today").body()).contains(sessionToday ? "Today is a session day" : "Today is a rest day");
            assertThat(program).contains(sessionToday ? "class=\"session today" : "class=\"rest today");
        }
    }

    @Test
    void daysNotMatchingTheProgramOrATimeOffTheQuarterHourAreRefusedBesideTheField() {
        try (Database db = Backend.SQLITE.open(folder); TestServer server = TestServer.start(db)) {
            WebClient browser = fourTimesAWeek(server);
            browser.get("/reminders");
            HttpResponse<String> three = browser.post("/reminders/schedule", "day", "1", "day", "3", "day", "5", "time", "09:00");
            assertThat(three.statusCode()).isEqualTo(400);
            assertThat(three.body()).contains("id=\"day-error\"").contains("Choose exactly 4 days");
            HttpResponse<String> odd = browser.post("/reminders/schedule", "time", "09:07");
            assertThat(odd.statusCode()).isEqualTo(400);
            assertThat(odd.body()).contains("id=\"time-error\"").contains("from 05:00 to 22:00");
            HttpResponse<String> night = browser.post("/reminders/schedule", "time", "03:00");
            assertThat(night.statusCode()).isEqualTo(400);
            HttpResponse<String> noDay = browser.post("/reminders/schedule", "day", "8", "time", "09:00");
            assertThat(noDay.statusCode()).isEqualTo(400);
            assertThat(noDay.body()).contains("from Monday to Sunday");
            assertThat(WebTest.count(db, "session_schedule")).isZero(); // nothing half-saved
            // none ticked: the even spread, at the chosen time
            assertThat(browser.post("/reminders/schedule", "time", "07:15").statusCode()).isEqualTo(303);
            assertThat(browser.get("/reminders").body()).contains("These days are spread evenly over the week.").contains("reminder at 07:15");
        }
    }

    /** A person whose program has four sessions a week (the pregnant sample at week 19), assessed through the API. */
    private static WebClient fourTimesAWeek(TestServer server) throws RuntimeException {
        WebClient browser = new WebClient(server.base);
        browser.get("/signup");
        WebTest.signUp(browser, "week@example.org");
        String intake;
        try {
            intake = java.nio.file.Files.readString(Path.of("examples/pregnant-partner.json"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        var made = browser.json("POST", "/api/v1/assessments", intake, org.psoascoach.web.api.Api.CSRF_HEADER, WebTest.apiToken(browser));
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        assertThat(made.body()).contains("\"sessionsPerWeek\":4");
        return browser;
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
