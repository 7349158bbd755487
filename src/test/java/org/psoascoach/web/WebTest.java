package org.psoascoach.web;

import org.psoascoach.web.http.SecurityHeaders;

import org.psoascoach.web.api.Api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psoascoach.Fixtures;
import org.psoascoach.contract.IntakeReader;
import org.psoascoach.contract.PlanJson;
import org.psoascoach.store.Backend;
import org.psoascoach.store.Database;
import org.psoascoach.store.DatabaseLocation;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The web app over HTTP, as a browser without JavaScript uses it, on a real database. */
public class WebTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    @Test
    void signingUpStartsASessionKeptInTheDatabaseWithAnHttpOnlySameSiteCookie() {
        try (Database db = Backend.SQLITE.open(folder); TestServer server = TestServer.start(db)) {
            WebClient browser = new WebClient(server.base);
            HttpResponse<String> form = browser.get("/signup");
            assertThat(form.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("psoas_form=").contains("HttpOnly").contains("SameSite=Strict"));
            HttpResponse<String> done = signUp(browser, "ada@example.org");
            assertThat(done.statusCode()).isEqualTo(303);
            assertThat(done.headers().firstValue("Location")).hasValue("/assessment");
            String cookie = done.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("psoas_session=")).findFirst().orElseThrow();
            assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax").contains("Path=/");
            assertThat(count(db, "sign_in_session")).isEqualTo(1);
            // the table keeps only a hash of the cookie's token
            String token = cookie.substring("psoas_session=".length(), cookie.indexOf(';'));
            String stored = db.jdbi().withHandle(h -> h.createQuery("SELECT token_hash FROM sign_in_session").mapTo(String.class).one());
            assertThat(stored).isNotEqualTo(token).hasSize(64);
            assertThat(browser.get("/assessment").statusCode()).isEqualTo(200);

            assertThat(browser.post("/signout").statusCode()).isEqualTo(303);
            assertThat(count(db, "sign_in_session")).isZero();
            assertThat(browser.get("/program").headers().firstValue("Location")).hasValue("/signin?next=%2Fprogram");
        }
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefusedAndChangesNothing() {
        try (Database db = Backend.SQLITE.open(folder); TestServer server = TestServer.start(db)) {
            WebClient browser = new WebClient(server.base);
            browser.get("/signup");
            HttpResponse<String> forged = browser.postRaw("/signup", "email", "eve@example.org", "password", "long enough password",
                    "role", "person", "timeZone", "UTC", "csrf", "made-up");
            assertThat(forged.statusCode()).isEqualTo(403);
            assertThat(forged.body()).contains("Please send the form again");
            assertThat(count(db, "account")).isZero();

            signUp(browser, "ada@example.org");
            browser.get("/assessment");
            HttpResponse<String> noToken = browser.postRaw("/assessment/restart");
            assertThat(noToken.statusCode()).isEqualTo(403);
            assertThat(count(db, "assessment_draft")).isZero();
            HttpResponse<String> signOutWithoutToken = browser.postRaw("/signout");
            assertThat(signOutWithoutToken.statusCode()).isEqualTo(403);
            assertThat(count(db, "sign_in_session")).isEqualTo(1);
        }
    }

    @Test
    @org.junit.jupiter.api.Tag("postgresql")
    void aPersonSignedInOnOneServerCarriesOnOnAnotherServerOfTheSamePostgresql() {
        DatabaseLocation shared = Backend.POSTGRESQL.freshLocation(folder);
        try (Database first = Database.open(shared); Database second = Database.open(shared);
             TestServer a = TestServer.start(first); TestServer b = TestServer.start(second)) {
            WebClient browser = new WebClient(a.base);
            browser.get("/signup");
            signUp(browser, "clinic.client@example.org");
            assertThat(browser.get("/assessment").statusCode()).isEqualTo(200);
            assertThat(browser.post("/assessment/restart").statusCode()).isEqualTo(303);

            browser.base = b.base; // the load balancer sends the next request to the other instance
            HttpResponse<String> step = browser.get("/assessment/safety");
            assertThat(step.statusCode()).isEqualTo(200);
            assertThat(step.body()).contains("First, your safety");
            assertThat(browser.post("/assessment/safety").headers().firstValue("Location")).hasValue("/assessment/about");

            browser.base = a.base; // and back: the draft saved through the second instance is here too
            assertThat(browser.get("/assessment").body()).contains("/assessment/about");
            browser.post("/signout");
            browser.base = b.base;
            assertThat(browser.get("/assessment").statusCode()).isEqualTo(303);
        }
    }

    @Test
    void aWrongPasswordIsRefusedWithoutSayingWhichPartWasWrong() {
        try (Database db = Backend.SQLITE.open(folder); TestServer server = TestServer.start(db)) {
            WebClient browser = new WebClient(server.base);
            browser.get("/signup");
            signUp(browser, "ada@example.org");
            browser.post("/signout");
            browser.get("/signin");
            HttpResponse<String> wrong = browser.post("/signin", "email", "ada@example.org", "password", "not the password", "next", "/program");
            assertThat(wrong.statusCode()).isEqualTo(401);
            assertThat(wrong.body()).contains("do not match an account");
            HttpResponse<String> unknown = browser.post("/signin", "email", "nobody@example.org", "password", "whatever it is", "next", "/program");
            assertThat(unknown.body()).contains("do not match an account");
            HttpResponse<String> right = browser.post("/signin", "email", "ADA@example.org", "password", "correct horse battery", "next", "https://evil.example/");
            assertThat(right.statusCode()).isEqualTo(303);
            assertThat(right.headers().firstValue("Location")).hasValue("/program"); // never off this site
        }
    }

    @Test
    void signUpMistakesAreShownBesideTheirFields() {
        try (Database db = Backend.SQLITE.open(folder); TestServer server = TestServer.start(db)) {
            WebClient browser = new WebClient(server.base);
            browser.get("/signup");
            HttpResponse<String> bad = browser.post("/signup", "email", "not-an-email", "password", "short", "role", "person", "timeZone", "Mars/Base");
            assertThat(bad.statusCode()).isEqualTo(422);
            assertThat(bad.body()).contains("id=\"email-error\"").contains("Enter an email address")
                    .contains("id=\"password-error\"").contains("at least 10 characters")
                    .contains("id=\"timeZone-error\"").contains("value=\"not-an-email\"");
            assertThat(count(db, "account")).isZero();
            signUp(browser, "ada@example.org");
            browser.post("/signout");
            browser.get("/signup");
            assertThat(signUp(browser, "Ada@Example.org").body()).contains("There is already an account with this email");
        }
    }

    @Test
    void aBadAnswerReShowsTheStepWithItsMessageBesideTheFieldAndKeepsTheDraftWhereItWas() {
        try (Database db = Backend.SQLITE.open(folder); TestServer server = TestServer.start(db)) {
            WebClient browser = startAssessment(server);
            browser.post("/assessment/safety");
            HttpResponse<String> bad = browser.post("/assessment/about", "person.age", "forty", "pain.now", "12");
            assertThat(bad.statusCode()).isEqualTo(422);
            assertThat(bad.body()).contains("id=\"f-person-age-error\"").contains("Enter your age as a whole number from 0 to 120")
                    .contains("id=\"f-pain-now-error\"").contains("Enter a whole number from 0 to 10")
                    .contains("value=\"forty\"").contains("aria-invalid=\"true\"");
            String step = db.jdbi().withHandle(h -> h.createQuery("SELECT step FROM assessment_draft").mapTo(String.class).one());
            assertThat(step).isEqualTo("about");

            browser.post("/assessment/about", "person.age", "41");
            browser.post("/assessment/setup", "equipment", "mat");
            HttpResponse<String> missingSide = browser.post("/assessment/hold", "done", "yes", "tests.standingHipFlexionHold.left.seconds", "20",
                    "tests.standingHipFlexionHold.left.pelvisStable", "yes");
            assertThat(missingSide.statusCode()).isEqualTo(422);
            assertThat(missingSide.body()).contains("id=\"f-tests-standingHipFlexionHold-right-seconds-error\"")
                    .contains("Enter the seconds, from 0 to 30 (stop counting at 30).");
            // the words say stop counting at 30, and the field asks no more than that; its label says "seconds" once
            HttpResponse<String> tooLong = browser.post("/assessment/hold", "done", "yes", "tests.standingHipFlexionHold.left.seconds", "45",
                    "tests.standingHipFlexionHold.left.pelvisStable", "yes", "tests.standingHipFlexionHold.right.seconds", "20",
                    "tests.standingHipFlexionHold.right.pelvisStable", "yes");
            assertThat(tooLong.statusCode()).isEqualTo(422);
            assertThat(tooLong.body()).contains("id=\"f-tests-standingHipFlexionHold-left-seconds-error\"")
                    .doesNotContain("id=\"f-tests-standingHipFlexionHold-right-seconds-error\"")
                    .contains("stop counting at 30").doesNotContain("(seconds)").doesNotContain("300");
            assertThat(count(db, "assessment")).isZero();
        }
    }

    @Test
    void theResistedTestAsksForAGradeAmongWordsAndKeepsTheOneChosen() {
        try (Database db = Backend.SQLITE.open(folder); TestServer server = TestServer.start(db)) {
            WebClient browser = startAssessment(server);
            browser.post("/assessment/safety");
            browser.post("/assessment/about", "person.age", "41");
            browser.post("/assessment/setup", "equipment", "mat", "equipment", "partner");
            String page = browser.get("/assessment/resisted").body();
            assertThat(page).contains("type=\"radio\" name=\"tests.resistedHipFlexion.left.grade\" value=\"5\"")
                    .contains("5: held firm against full pressure").contains("0: nothing moved")
                    .doesNotContain("type=\"text\" inputmode=\"decimal\"");
            HttpResponse<String> none = browser.post("/assessment/resisted", "done", "yes", "tests.resistedHipFlexion.left.grade", "4");
            assertThat(none.statusCode()).isEqualTo(422);
            assertThat(none.body()).contains("Choose the grade, from 5 to 0.")
                    .containsPattern("value=\"4\" checked");
            HttpResponse<String> both = browser.post("/assessment/resisted", "done", "yes", "tests.resistedHipFlexion.left.grade", "4",
                    "tests.resistedHipFlexion.right.grade", "5");
            assertThat(both.statusCode()).isEqualTo(303);
            assertThat(count(db, "test_result")).isEqualTo(2);
        }
    }

    @Test
    void aRedFlagEndsOnTheSeeDoctorPageAndNoPlanIsShownAnywhere() {
        try (Database db = Backend.SQLITE.open(folder); TestServer server = TestServer.start(db)) {
            WebClient browser = startAssessment(server);
            HttpResponse<String> after = browser.post("/assessment/safety", "symptoms", "thigh-numbness");
            assertThat(after.headers().firstValue("Location")).hasValue("/results");
            HttpResponse<String> results = browser.follow(after);
            assertThat(results.body()).contains("Please see a doctor before exercising").contains("What to do now")
                    .contains("We have not made an exercise program").doesNotContain("href=\"/program\" role=\"button\"");
            assertThat(browser.get("/program").headers().firstValue("Location")).hasValue("/results");
            assertThat(browser.get("/program/print").headers().firstValue("Location")).hasValue("/results");
            JsonNode current = JSON.readTree(browser.json("GET", "/api/v1/plans/current", null).body());
            assertThat(current.path("result").path("plan").isNull()).isTrue();
            assertThat(current.path("retestDue").isNull()).isTrue();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void urgentSignsEndOnTheUrgentPage() {
        try (Database db = Backend.SQLITE.open(folder); TestServer server = TestServer.start(db)) {
            WebClient browser = startAssessment(server);
            HttpResponse<String> results = browser.follow(browser.post("/assessment/safety", "symptoms", "cauda-equina-signs"));
            assertThat(results.body()).contains("Please get medical help now").doesNotContain("See my program");
        }
    }

    @Test
    void theDeskWorkerAnsweredThroughTheWizardGetsExactlyThePlanOfPsoasPlan() throws Exception {
        try (Database db = Backend.SQLITE.open(folder); TestServer server = TestServer.start(db)) {
            WebClient browser = startAssessment(server);
            HttpResponse<String> results = browser.follow(answerAsTheDeskWorker(browser));
            assertThat(results.body()).contains("Your results").contains("Left side: tight").contains("Right side: weak");

            String expected = PlanJson.write(Fixtures.PLANNER.plan(IntakeReader.read(
                    Files.readString(Path.of("examples").resolve("desk-worker.json")))));
            JsonNode current = JSON.readTree(browser.json("GET", "/api/v1/plans/current", null).body());
            assertThat(current.get("result")).isEqualTo(JSON.readTree(expected));

            HttpResponse<String> program = browser.get("/program");
            assertThat(program.statusCode()).isEqualTo(200);
            assertThat(program.headers().firstValue("Cache-Control")).hasValue("no-store");
            JsonNode plan = current.path("result").path("plan");
            for (JsonNode item : plan.path("items")) assertThat(program.body()).contains("/figures/" + item.path("id").asText() + ".svg");
            assertThat(program.body()).contains("This week").contains("Test again on").contains("Left out, and why");
            assertThat(browser.get("/program/print").body()).contains("<ol class=\"week\">");
        }
    }

    @Test
    void everyPageCarriesTheStrictContentSecurityPolicy() {
        try (Database db = Backend.SQLITE.open(folder); TestServer server = TestServer.start(db)) {
            WebClient browser = new WebClient(server.base);
            for (String path : List.of("/", "/library", "/learn", "/signin", "/nowhere", "/api/v1/catalog")) {
                HttpResponse<String> r = browser.get(path);
                assertThat(r.headers().firstValue("Content-Security-Policy")).as(path).hasValue(SecurityHeaders.CONTENT_SECURITY_POLICY);
                assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
                assertThat(r.body()).as(path).doesNotContain("<script>").doesNotContain("style=\"").doesNotContain(" onclick=");
            }
        }
    }

    @Test
    void theLibraryFiltersBySideCategoryEquipmentAndPositionAndSearches() {
        try (Database db = Backend.SQLITE.open(folder); TestServer server = TestServer.start(db)) {
            WebClient browser = new WebClient(server.base);
            int all = Fixtures.CATALOG.items().size();
            assertThat(browser.get("/library").body()).contains("Showing " + all + " of " + all);
            long stretchesOnFoot = Fixtures.CATALOG.items().stream().filter(i -> i.category().id().equals("stretch") && i.position().id().equals("kneeling")).count();
            assertThat(browser.get("/library?category=stretch&position=kneeling").body()).contains("Showing " + stretchesOnFoot + " of " + all);
            // a band is used by a version of an item as much as by an item: both count
            long band = Fixtures.CATALOG.items().stream().filter(i -> (i.equipment().stream().anyMatch(e -> e.id().equals("resistance-band"))
                    || i.variants().stream().anyMatch(v -> v.equipment().stream().anyMatch(e -> e.id().equals("resistance-band")))) && i.perSide()).count();
            assertThat(band).isPositive();
            assertThat(browser.get("/library?equipment=resistance-band&side=each").body()).contains("Showing " + band + " of " + all);
            assertThat(browser.get("/library?q=zzzz-nothing").body()).contains("Nothing matches these filters.");
            String lunge = browser.get("/library?q=LUNGE").body();
            assertThat(lunge).doesNotContain("Showing 0 of").doesNotContain("Showing " + all + " of");
            assertThat(browser.get("/library/ball-bridge").body()).contains("Steps").contains("Easier and harder versions")
                    .contains("When not to do it").contains("The Psoas Muscle”, an overview");
            assertThat(browser.get("/library/no-such-item").statusCode()).isEqualTo(404);
        }
    }

    public static HttpResponse<String> signUp(WebClient browser, String email) {
        return browser.post("/signup", "email", email, "password", "correct horse battery", "role", "person", "timeZone", "Europe/Berlin");
    }

    /** The CSRF token the API gives a signed-in client (in the X-CSRF-Token header of any signed-in answer). */
    public static String apiToken(WebClient client) {
        return client.json("GET", "/api/v1/plans", null).headers().firstValue(Api.CSRF_HEADER).orElseThrow();
    }

    /** A new browser that has just created an account with {@code email}, signed in. */
    public static WebClient signedUp(TestServer server, String email) {
        WebClient client = new WebClient(server.base);
        client.get("/signup");
        assertThat(signUp(client, email).statusCode()).isEqualTo(303);
        return client;
    }

    public static WebClient startAssessment(TestServer server) { return startAssessment(server, "person@example.org"); }

    public static WebClient startAssessment(TestServer server, String email) {
        WebClient browser = new WebClient(server.base);
        browser.get("/signup");
        signUp(browser, email);
        browser.get("/assessment");
        browser.post("/assessment/restart");
        return browser;
    }

    /** The answers of examples/desk-worker.json, step by step; returns the last step's response. */
    public static HttpResponse<String> answerAsTheDeskWorker(WebClient browser) {
        browser.post("/assessment/safety");
        browser.post("/assessment/about", "pain.now", "3", "pain.chronic", "on", "person.age", "41", "person.sittingHoursPerDay", "9",
                "person.activities", "desk-work", "person.activities", "running", "symptoms", "front-hip-pain", "symptoms", "low-back-pain");
        browser.post("/assessment/setup", "equipment", "mat", "equipment", "chair", "equipment", "resistance-band", "equipment", "table",
                "minutesPerSession", "15");
        browser.post("/assessment/hold", "done", "yes",
                "tests.standingHipFlexionHold.left.seconds", "22", "tests.standingHipFlexionHold.left.pelvisStable", "yes",
                "tests.standingHipFlexionHold.right.seconds", "9", "tests.standingHipFlexionHold.right.pelvisStable", "no");
        return browser.post("/assessment/thomas", "done", "yes",
                "tests.modifiedThomas.left.thighRestsOnTable", "no", "tests.modifiedThomas.left.lowBackArched", "yes",
                "tests.modifiedThomas.left.hipAngleDeg", "8",
                "tests.modifiedThomas.right.thighRestsOnTable", "yes", "tests.modifiedThomas.right.lowBackArched", "no");
    }

    public static long count(Database db, String table) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one());
    }
}
