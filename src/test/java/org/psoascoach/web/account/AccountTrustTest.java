package org.psoascoach.web.account;

import org.psoascoach.web.TestServer;
import org.psoascoach.web.WebClient;
import org.psoascoach.web.WebTest;
import org.psoascoach.web.http.SecurityHeaders;
import org.psoascoach.web.http.Settings;
import org.psoascoach.web.http.Visitors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psoascoach.account.SignInThrottle;
import org.psoascoach.export.DataImport;
import org.psoascoach.store.Backend;
import org.psoascoach.store.Database;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue "Your account, and trust": guessing, passwords, sessions, form tokens, redirects, the account page. */
class AccountTrustTest {
    static final String PASSWORD = "correct horse battery";

    @TempDir
    Path folder;

    private static HttpResponse<String> signIn(WebClient client, String email, String password) {
        client.get("/signin");
        return client.post("/signin", "email", email, "password", password, "next", "/program");
    }

    // ---- passwords

    @Test
    void signUpRefusesAPasswordThatIsEasyToGuessAndSaysWhy() throws Exception {
        try (Database db = Backend.SQLITE.open(folder); TestServer server = TestServer.start(db)) {
            WebClient client = new WebClient(server.base);
            client.get("/signup");
            for (String weak : new String[] {"password123", "1234567890", "aaaaaaaaaa", "qwertyuiop", "          ", "weak@example.org"}) {
                HttpResponse<String> refused = client.post("/signup", "email", "weak@example.org", "password", weak, "role", "person",
                        "timeZone", "Europe/Berlin");
                assertThat(refused.statusCode()).as(weak).isEqualTo(422);
                assertThat(refused.body()).as(weak).containsPattern("too easy to guess|more than spaces|email address, or part of it");
            }
            HttpResponse<String> tooLong = client.post("/signup", "email", "weak@example.org", "password", "x y z ".repeat(200),
                    "role", "person", "timeZone", "Europe/Berlin");
            assertThat(tooLong.body()).contains("at most 1024 characters");
            assertThat(WebTest.count(db, "account")).isZero();
        }
    }

    // ---- guessing

    @Test
    void afterFiveWrongPasswordsTheAccountIsLockedWhateverThePasswordButNotForADeviceThatSignedInBefore() throws Exception {
        try (Database db = Backend.SQLITE.open(folder); TestServer server = TestServer.start(db); TestServer other = TestServer.start(db)) {
            WebClient owner = WebTest.signedUp(server, "owner@example.org"); // this device signed in before: it is remembered
            owner.post("/signout");
            WebClient guesser = new WebClient(server.base);
            for (int i = 0; i < SignInThrottle.ACCOUNT_FAILURES; i++) {
                assertThat(signIn(guesser, "owner@example.org", "wrong guess " + i).statusCode()).isEqualTo(401);
            }
            HttpResponse<String> locked = signIn(guesser, "owner@example.org", PASSWORD);
            assertThat(locked.statusCode()).isEqualTo(429);
            assertThat(locked.body()).containsPattern("try again in 1[45] minute");
            assertThat(locked.headers().firstValue("Retry-After")).isPresent();
            // the counters are in the database: another server on it refuses as well
            assertThat(signIn(new WebClient(other.base), "owner@example.org", PASSWORD).statusCode()).isEqualTo(429);
            // the person's own device still signs in with the right password
            assertThat(signIn(owner, "owner@example.org", PASSWORD).statusCode()).isEqualTo(303);
            assertThat(owner.get("/program").statusCode()).isIn(200, 303);
        }
    }

    @Test
    void oneClientGuessingAcrossManyAccountsIsLockedToo() throws Exception {
        try (Database db = Backend.SQLITE.open(folder); TestServer server = TestServer.start(db)) {
            WebTest.signedUp(server, "someone@example.org");
            WebClient guesser = new WebClient(server.base);
            for (int i = 0; i < SignInThrottle.CLIENT_FAILURES; i++) signIn(guesser, "nobody" + i + "@example.org", "guess");
            assertThat(signIn(guesser, "someone@example.org", PASSWORD).statusCode()).isEqualTo(429);
        }
    }

    // ---- sessions and tokens

    @Test
    void aSignInEndsAfter14DaysWithoutUseAndAfter90DaysInAnyCase() throws Exception {
        try (Database db = Backend.SQLITE.open(folder); TestServer server = TestServer.start(db)) {
            WebClient idle = WebTest.signedUp(server, "idle@example.org");
            assertThat(idle.get("/account").statusCode()).isEqualTo(200);
            String fifteenDaysAgo = org.psoascoach.store.Times.text(Instant.now().minus(15, ChronoUnit.DAYS));
            db.jdbi().useHandle(h -> h.createUpdate("UPDATE sign_in_session SET last_seen_at = :t").bind("t", fifteenDaysAgo).execute());
            assertThat(idle.get("/account").statusCode()).isEqualTo(303);

            WebClient old = new WebClient(server.base);
            assertThat(signIn(old, "idle@example.org", PASSWORD).statusCode()).isEqualTo(303);
            assertThat(old.get("/account").statusCode()).isEqualTo(200);
            String expired = org.psoascoach.store.Times.text(Instant.now().minus(1, ChronoUnit.MINUTES));
            db.jdbi().useHandle(h -> h.createUpdate("UPDATE sign_in_session SET expires_at = :t").bind("t", expired).execute());
            assertThat(old.get("/account").statusCode()).isEqualTo(303);
        }
    }

    @Test
    void aFormTokenTheClientMadeUpIsRefusedBeforeSignIn() throws Exception {
        try (Database db = Backend.SQLITE.open(folder); TestServer server = TestServer.start(db)) {
            WebClient forger = new WebClient(server.base);
            String madeUp = "A".repeat(43);
            java.net.HttpCookie cookie = new java.net.HttpCookie(Visitors.FORM_COOKIE, madeUp);
            cookie.setPath("/");
            cookie.setVersion(0);
            forger.cookies.getCookieStore().add(URI.create(server.base), cookie);
            HttpResponse<String> refused = forger.postRaw("/signin", "email", "x@example.org", "password", "whatever", "csrf", madeUp);
            assertThat(refused.statusCode()).isEqualTo(403);
            // a token the server gave is signed, and works
            WebClient honest = new WebClient(server.base);
            honest.get("/signin");
            assertThat(honest.post("/signin", "email", "x@example.org", "password", "whatever").statusCode()).isEqualTo(401);
        }
    }

    @Test
    void afterSignInNextGoesOnlyToAPathOnThisSite() {
        assertThat(AccountPages.safeNext("/progress")).isEqualTo("/progress");
        for (String bad : new String[] {"/\t/evil.example", "//evil.example", "/\\evil.example", "https://evil.example", "/a\nb", "/ /x", null}) {
            assertThat(AccountPages.safeNext(bad)).as(String.valueOf(bad)).isEqualTo("/program");
        }
    }

    @Test
    void personalAnswersAreNeverKeptByTheBrowserAndHttpsBringsHsts() throws Exception {
        try (Database db = Backend.SQLITE.open(folder); TestServer server = TestServer.start(db);
             TestServer https = TestServer.start(db, s -> s.withSecureCookies(true))) {
            WebClient client = WebTest.signedUp(server, "private@example.org");
            assertThat(client.json("GET", "/api/v1/plans", null).headers().firstValue("Cache-Control")).hasValue("no-store");
            assertThat(client.get("/account").headers().firstValue("Cache-Control")).hasValue("no-store");
            assertThat(client.get("/").headers().firstValue("Strict-Transport-Security")).isEmpty();
            assertThat(new WebClient(https.base).get("/").headers().firstValue("Strict-Transport-Security")).hasValue(SecurityHeaders.HSTS);
        }
    }

    @Test
    void theCalendarAddressIsBuiltFromTheConfiguredPublicAddress() throws Exception {
        try (Database db = Backend.SQLITE.open(folder);
             TestServer server = TestServer.start(db, s -> new Settings(false, URI.create("https://coach.example.org"), s.mailer(), 1.0))) {
            WebClient client = WebTest.signedUp(server, "calendar@example.org");
            client.get("/reminders");
            assertThat(client.post("/reminders/new").body()).contains("value=\"https://coach.example.org/calendar/");
        }
    }

    @Test
    void whatAVisitorTypesComesBackEscapedNeverAsScript() throws Exception {
        try (Database db = Backend.SQLITE.open(folder); TestServer server = TestServer.start(db)) {
            WebClient client = new WebClient(server.base);
            String payload = "<script>alert(1)</script>\"><img src=x onerror=alert(2)>";
            HttpResponse<String> search = client.get("/library?q=" + java.net.URLEncoder.encode(payload, java.nio.charset.StandardCharsets.UTF_8));
            assertThat(search.statusCode()).isEqualTo(200);
            assertThat(search.body()).doesNotContain("<script>alert").doesNotContain("<img src=x").contains("&lt;script");
            client.get("/signin");
            HttpResponse<String> signIn = client.post("/signin", "email", payload, "password", "whatever");
            assertThat(signIn.body()).doesNotContain("<script>alert").doesNotContain("<img src=x");
        }
    }

    @Test
    void oneAccountsRecordIsNeverReadThroughAnother() throws Exception {
        try (Database db = Backend.SQLITE.open(folder); TestServer server = TestServer.start(db)) {
            WebClient anna = WebTest.startAssessment(server, "anna@example.org");
            WebTest.answerAsTheDeskWorker(anna);
            WebClient ben = WebTest.signedUp(server, "ben@example.org");
            // Ben has no assessment: every personal page and API answer is Ben's own (empty), never Anna's
            assertThat(ben.get("/results").statusCode()).isEqualTo(303);
            assertThat(ben.get("/program").statusCode()).isEqualTo(303);
            assertThat(ben.json("GET", "/api/v1/plans/current", null).statusCode()).isEqualTo(404);
            assertThat(ben.json("GET", "/api/v1/plans", null).body()).doesNotContain("kneeling-lunge");
            assertThat(new String(ben.bytes("/account/export.json").body(), java.nio.charset.StandardCharsets.UTF_8))
                    .doesNotContain("anna@example.org").doesNotContain("standing-hip-flexion-hold");
            assertThat(anna.get("/program").statusCode()).isEqualTo(200);
        }
    }

    // ---- the account page

    @Test
    void changingTheEmailAsksForThePassword() throws Exception {
        try (Database db = Backend.SQLITE.open(folder); TestServer server = TestServer.start(db)) {
            WebClient client = WebTest.signedUp(server, "old@example.org");
            client.get("/account");
            HttpResponse<String> refused = client.post("/account/email", "email", "new@example.org", "password", "not my password");
            assertThat(refused.statusCode()).isEqualTo(422);
            assertThat(refused.body()).contains("That is not your current password.");
            assertThat(client.post("/account/email", "email", "new@example.org", "password", PASSWORD).statusCode()).isEqualTo(303);
            assertThat(client.get("/account").body()).contains("Signed in as new@example.org");
            assertThat(signIn(new WebClient(server.base), "new@example.org", PASSWORD).statusCode()).isEqualTo(303);
        }
    }

    @Test
    void aNewPasswordEndsEveryOtherSignInAndTheDeviceListCanEndThemToo() throws Exception {
        try (Database db = Backend.SQLITE.open(folder); TestServer server = TestServer.start(db)) {
            WebClient phone = WebTest.signedUp(server, "two@example.org");
            WebClient laptop = new WebClient(server.base);
            signIn(laptop, "two@example.org", PASSWORD);
            String page = phone.get("/account").body();
            assertThat(page).contains("this device").contains("Sign out everywhere else");
            assertThat(phone.post("/account/devices/others").statusCode()).isEqualTo(303);
            assertThat(laptop.get("/account").statusCode()).isEqualTo(303); // signed out
            assertThat(phone.get("/account").body()).contains("You are signed in on this device only.");

            signIn(laptop, "two@example.org", PASSWORD);
            phone.get("/account");
            HttpResponse<String> weak = phone.post("/account/password", "current", PASSWORD, "password", "password123", "repeat", "password123");
            assertThat(weak.statusCode()).isEqualTo(422);
            assertThat(weak.body()).contains("too easy to guess");
            String fresh = "lavender piano orbit";
            assertThat(phone.post("/account/password", "current", PASSWORD, "password", fresh, "repeat", fresh).statusCode()).isEqualTo(303);
            assertThat(phone.get("/account").statusCode()).isEqualTo(200);
            assertThat(laptop.get("/account").statusCode()).isEqualTo(303);
            assertThat(signIn(new WebClient(server.base), "two@example.org", fresh).statusCode()).isEqualTo(303);
        }
    }

    @Test
    void myDataDownloadsAsTheJsonImportReadsAndAsCsv() throws Exception {
        try (Database db = Backend.SQLITE.open(folder); TestServer server = TestServer.start(db)) {
            WebClient client = WebTest.startAssessment(server, "mine@example.org");
            WebTest.answerAsTheDeskWorker(client);
            HttpResponse<byte[]> json = client.bytes("/account/export.json");
            assertThat(json.statusCode()).isEqualTo(200);
            assertThat(json.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");
            try (Database fresh = Backend.SQLITE.open(folder.resolve("restore"))) {
                var summary = new DataImport(fresh).load(new String(json.body(), java.nio.charset.StandardCharsets.UTF_8), org.psoascoach.export.Progress.NONE);
                assertThat(summary.rows()).isGreaterThan(10);
                assertThat(WebTest.count(fresh, "assessment")).isEqualTo(1);
            }
            HttpResponse<byte[]> csv = client.bytes("/account/export.csv");
            assertThat(csv.statusCode()).isEqualTo(200);
            assertThat(new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8)).contains("standing-hip-flexion-hold");
        }
    }

    @Test
    void deletingTheAccountAsksForThePasswordAndRemovesEveryPersonalRow() throws Exception {
        try (Database db = Backend.SQLITE.open(folder); TestServer server = TestServer.start(db)) {
            WebClient stays = WebTest.startAssessment(server, "stays@example.org");
            WebTest.answerAsTheDeskWorker(stays);
            WebClient leaves = WebTest.startAssessment(server, "leaves@example.org");
            WebTest.answerAsTheDeskWorker(leaves);
            leaves.get("/reminders");
            leaves.post("/reminders/new");
            signIn(new WebClient(server.base), "leaves@example.org", "one wrong guess"); // a guessing counter names the email
            String id = db.jdbi().withHandle(h -> h.createQuery("SELECT id FROM account WHERE email = 'leaves@example.org'").mapTo(String.class).one());
            Map<String, Long> before = personalRows(db, id, "leaves@example.org");
            assertThat(before.values().stream().mapToLong(Long::longValue).sum()).isGreaterThan(15);
            Map<String, Long> othersBefore = personalRows(db, idOf(db, "stays@example.org"), "stays@example.org");

            leaves.get("/account");
            HttpResponse<String> unconfirmed = leaves.post("/account/delete", "password", PASSWORD);
            assertThat(unconfirmed.statusCode()).isEqualTo(422);
            assertThat(leaves.post("/account/delete", "password", "wrong", "confirm", "yes").statusCode()).isEqualTo(422);
            HttpResponse<String> deleted = leaves.post("/account/delete", "password", PASSWORD, "confirm", "yes");
            assertThat(deleted.statusCode()).isEqualTo(200);
            assertThat(deleted.body()).contains("Your account is deleted");

            assertThat(personalRows(db, id, "leaves@example.org")).allSatisfy((table, rows) -> assertThat(rows).as(table).isZero());
            assertThat(personalRows(db, idOf(db, "stays@example.org"), "stays@example.org")).isEqualTo(othersBefore);
            assertThat(leaves.get("/program").statusCode()).isEqualTo(303);
        }
    }

    private static String idOf(Database db, String email) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT id FROM account WHERE email = :e").bind("e", email).mapTo(String.class).one());
    }

    /** Rows about one person in every table that can hold any. */
    static Map<String, Long> personalRows(Database db, String id, String email) {
        Map<String, String> where = new LinkedHashMap<>();
        where.put("account", "id = :id");
        where.put("practice_client", "client_id = :id OR lead_id = :id");
        where.put("practice_member", "account_id = :id");
        where.put("clinic_draft", "practitioner_id = :id OR client_id = :id");
        for (String table : new String[] {"program_adjustment", "client_note", "practitioner_note"}) where.put(table, "client_id = :id");
        where.put("record_access", "client_id = :id OR practitioner_id = :id");
        for (String table : new String[] {"assessment", "plan", "session_log", "retest", "sign_in_session", "assessment_draft", "calendar_feed",
                "known_device", "password_reset", "session_schedule"}) {
            where.put(table, "account_id = :id");
        }
        where.put("assessment_answer", "assessment_id IN (SELECT id FROM assessment WHERE account_id = :id)");
        where.put("test_result", "assessment_id IN (SELECT id FROM assessment WHERE account_id = :id)");
        where.put("session_log_item", "session_log_id IN (SELECT id FROM session_log WHERE account_id = :id)");
        where.put("sign_in_failure", "subject = :subject");
        Map<String, Long> out = new LinkedHashMap<>();
        where.forEach((table, condition) -> out.put(table, db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table + " WHERE " + condition)
                .bind("id", id).bind("subject", "account:" + email).mapTo(Long.class).one())));
        return out;
    }
}
