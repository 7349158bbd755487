package org.psoascoach.web.practice;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psoascoach.store.Backend;
import org.psoascoach.store.Database;
import org.psoascoach.web.TestServer;
import org.psoascoach.web.WebClient;
import org.psoascoach.web.WebTest;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** A practitioner sets up a practice, invites a client who joins, reads the record (logged), until the client ends it. */
public class PracticePagesTest {
    static final Pattern LINK = Pattern.compile("value=\"(http://[^\"]+/join/([^\"]+))\"");
    static final Pattern CLIENT = Pattern.compile("href=\"/practice/clients/([^\"]+)\"");

    @TempDir
    Path folder;

    @Test
    void aClientJoinsByLinkThePractitionerReadsTheRecordAndTheClientSeesItAndEndsIt() throws Exception {
        try (Database db = Backend.SQLITE.open(folder); TestServer server = TestServer.start(db)) {
            WebClient pia = practitioner(server, "pia@example.org", "Riverside Physio");
            String invitation = link(pia.post("/practice/invitations", "kind", "client").body());

            WebClient ana = WebTest.startAssessment(server, "ana@example.org");
            WebTest.answerAsTheDeskWorker(ana);
            String page = ana.get(invitation).body();
            assertThat(page).contains("Riverside Physio invites you to share your Psoas Coach record").contains("Share my record with this practice");
            HttpResponse<String> joined = ana.post(invitation);
            assertThat(joined.statusCode()).isEqualTo(303);
            assertThat(ana.get("/account?joined").body()).contains("Riverside Physio").contains("End their access").contains("You joined the practice");

            String list = pia.get("/practice").body();
            Matcher m = CLIENT.matcher(list);
            assertThat(m.find()).as("the client is listed").isTrue();
            String clientId = m.group(1);
            assertThat(list).contains("ana@example.org");
            String record = pia.get("/practice/clients/" + clientId).body();
            assertThat(record).contains("Left side: tight").contains("Kneeling lunge hip flexor stretch").contains("Opening this record is logged");
            assertThat(ana.get("/account").body()).contains("Opened your record").contains("pia@example.org");
            // the handout of the client's program, with the practice's name on it; printing it is logged too
            var handout = pia.bytes("/practice/clients/" + clientId + "/handout.pdf?paper=letter");
            assertThat(handout.statusCode()).isEqualTo(200);
            assertThat(handout.headers().firstValue("Content-Type")).hasValue("application/pdf");
            try (var doc = org.apache.pdfbox.Loader.loadPDF(handout.body())) {
                assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc)).contains("Riverside Physio", "ana@example.org",
                        "Kneeling lunge hip flexor stretch", "Scan for your program");
                assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(612f);
            }
            assertThat(ana.get("/account").body()).contains("Printed your handout");
            assertThat(ana.bytes("/program.pdf").statusCode()).isEqualTo(200);
            assertThat(pia.get("/practice/clients/" + clientId + "/handout.pdf?paper=a5").statusCode()).isEqualTo(400);

            // the same link does not work twice
            WebClient ben = WebTest.startAssessment(server, "ben@example.org");
            assertThat(ben.get(invitation).statusCode()).isEqualTo(410);

            // the client ends the practice's access: from then on the practice sees nothing
            String account = ana.get("/account").body();
            Matcher end = Pattern.compile("action=\"(/account/practices/[^\"]+/end)\"").matcher(account);
            assertThat(end.find()).isTrue();
            assertThat(ana.post(end.group(1)).statusCode()).isEqualTo(303);
            assertThat(pia.get("/practice/clients/" + clientId).statusCode()).isEqualTo(404);
            assertThat(pia.get("/practice").body()).doesNotContain(clientId).contains("No clients yet");
            assertThat(ana.get("/account").body()).contains("No practice sees your record").contains("Opened your record");
        }
    }

    @Test
    void aClientAddedInTheClinicClaimsTheRecordWithTheirOwnEmailAndPassword() {
        try (Database db = Backend.SQLITE.open(folder); TestServer server = TestServer.start(db)) {
            WebClient pia = practitioner(server, "pia@example.org", "Riverside Physio");
            String page = pia.post("/practice/clients", "clientName", "Mrs Example").body();
            assertThat(page).contains("Link for the client to claim their record").contains("For Mrs Example.");
            String claim = link(page);
            assertThat(pia.get("/practice").body()).contains("Mrs Example").contains("Record not claimed yet");

            WebClient mrs = new WebClient(server.base);
            assertThat(mrs.get(claim).body()).contains("Create my sign-in");
            HttpResponse<String> weak = mrs.post(claim, "email", "mrs@example.org", "password", "short");
            assertThat(weak.statusCode()).isEqualTo(400);
            assertThat(weak.body()).contains("id=\"f-password-error\"").contains("value=\"mrs@example.org\"");
            HttpResponse<String> claimed = mrs.post(claim, "email", "mrs@example.org", "password", "a long claim password");
            assertThat(claimed.statusCode()).isEqualTo(303);
            assertThat(claimed.headers().firstValue("Location")).hasValue("/assessment");
            assertThat(mrs.get("/account").body()).contains("Signed in as mrs@example.org").contains("Riverside Physio");
            assertThat(pia.get("/practice").body()).doesNotContain("Record not claimed yet");
            assertThat(new WebClient(server.base).get(claim).statusCode()).isEqualTo(410);
        }
    }

    @Test
    void aColleagueSeesThePracticesClientsAndAnotherPracticeSeesNothing() {
        try (Database db = Backend.SQLITE.open(folder); TestServer server = TestServer.start(db)) {
            WebClient pia = practitioner(server, "pia@example.org", "Riverside Physio");
            String clientId = clientIdOf(pia.post("/practice/clients", "clientName", "Mr Client").body(), pia);
            WebClient carl = signUp(server, "carl@example.org", "practitioner");
            String colleague = link(pia.post("/practice/invitations", "kind", "colleague").body());
            assertThat(carl.post(colleague).headers().firstValue("Location")).hasValue("/practice");
            assertThat(carl.get("/practice").body()).contains("Riverside Physio").contains("Mr Client");
            assertThat(carl.get("/practice/clients/" + clientId).statusCode()).isEqualTo(200);

            WebClient olga = practitioner(server, "olga@example.org", "Other Studio");
            assertThat(olga.get("/practice/clients/" + clientId).statusCode()).isEqualTo(404);
            assertThat(olga.get("/practice").body()).doesNotContain("Mr Client");

            WebClient person = signUp(server, "pat@example.org", "person");
            assertThat(person.get("/practice").statusCode()).isEqualTo(403);
            assertThat(person.get("/practice/clients/" + clientId).statusCode()).isEqualTo(403);
            assertThat(person.post(colleague).statusCode()).isEqualTo(410); // used by Carl already
        }
    }

    @Test
    void aPractitionerAssessesAClientInTheClinicAsTheHelperAndClearsASeeDoctorSignAsTheClinician() {
        try (Database db = Backend.SQLITE.open(folder); TestServer server = TestServer.start(db)) {
            WebClient pia = practitioner(server, "pia@example.org", "Riverside Physio");
            pia.post("/practice/clients", "clientName", "Mr Client");
            Matcher m = CLIENT.matcher(pia.get("/practice").body());
            assertThat(m.find()).isTrue();
            String id = m.group(1), base = "/practice/clients/" + id + "/assessment";
            pia.get("/practice/clients/" + id);
            HttpResponse<String> started = pia.post(base);
            assertThat(started.headers().firstValue("Location")).hasValue(base + "/safety");
            assertThat(pia.get(base + "/safety").body()).contains("Assessing Mr Client in the clinic")
                    .contains("I have examined the signs ticked above as the clinician");
            pia.post(base + "/safety", "symptoms", "worsening-chronic-back-pain", "person.clearedByClinician", "on");
            pia.post(base + "/about", "person.age", "52");
            String setup = pia.get(base + "/setup").body();
            assertThat(setup).containsPattern("value=\"partner\" checked"); // the practitioner is the helper
            pia.post(base + "/setup", "equipment", "mat", "equipment", "partner", "minutesPerSession", "20");
            pia.post(base + "/hold", "done", "yes", "tests.standingHipFlexionHold.left.seconds", "25", "tests.standingHipFlexionHold.left.pelvisStable", "yes",
                    "tests.standingHipFlexionHold.right.seconds", "12", "tests.standingHipFlexionHold.right.pelvisStable", "no");
            pia.post(base + "/leg-raise", "done", "yes", "tests.proneLegRaise.left.heightCm", "20", "tests.proneLegRaise.right.heightCm", "21");
            HttpResponse<String> done = pia.post(base + "/resisted", "done", "yes", "tests.resistedHipFlexion.left.grade", "5",
                    "tests.resistedHipFlexion.right.grade", "4");
            assertThat(done.headers().firstValue("Location")).hasValue("/practice/clients/" + id);

            String record = pia.get("/practice/clients/" + id).body();
            assertThat(record).contains("assessed in the clinic by pia@example.org, Riverside Physio")
                    .contains("Cleared for exercise by pia@example.org, Riverside Physio on").contains("Right side: weak");
            String assessedBy = db.jdbi().withHandle(h -> h.createQuery("SELECT assessed_by FROM assessment WHERE account_id = :a")
                    .bind("a", id).mapTo(String.class).one());
            assertThat(assessedBy).isEqualTo("pia@example.org, Riverside Physio");
            assertThat(WebTest.count(db, "clinic_draft")).isZero();

            WebClient olga = practitioner(server, "olga@example.org", "Other Studio");
            assertThat(olga.post(base).statusCode()).isEqualTo(404);
            assertThat(olga.get(base + "/safety").statusCode()).isEqualTo(404);
            assertThat(signUp(server, "pat@example.org", "person").post(base).statusCode()).isEqualTo(403);
        }
    }

    @Test
    void thePractitionerChangesTheProgramWithinTheRulesAndTheClientSeesItUntilSheEndsTheAccess() {
        try (Database db = Backend.SQLITE.open(folder); TestServer server = TestServer.start(db)) {
            WebClient pia = practitioner(server, "pia@example.org", "Riverside Physio");
            WebClient ana = WebTest.startAssessment(server, "ana@example.org");
            WebTest.answerAsTheDeskWorker(ana);
            ana.post(link(pia.post("/practice/invitations", "kind", "client").body()));
            Matcher m = CLIENT.matcher(pia.get("/practice").body());
            assertThat(m.find()).isTrue();
            String id = m.group(1), at = "/practice/clients/" + id;
            assertThat(pia.get(at).body()).contains("Adjust the program").contains("Sets (3–6)");

            assertThat(pia.post(at + "/adjustments", "kind", "dose", "item", "kneeling-lunge", "side", "left", "sets", "5", "hold", "45")
                    .statusCode()).isEqualTo(303);
            String program = ana.get("/program").body();
            assertThat(program).contains("5 × 45 s hold").contains("Dose set by your practitioner (pia@example.org).");

            HttpResponse<String> tooMany = pia.post(at + "/adjustments", "kind", "dose", "item", "kneeling-lunge", "side", "left", "sets", "40", "hold", "45");
            assertThat(tooMany.statusCode()).isEqualTo(400);
            assertThat(tooMany.body()).contains("Sets must be from 3 to 6.");
            HttpResponse<String> forbidden = pia.post(at + "/adjustments", "kind", "add", "item", "practitioner-psoas-release", "side", "left");
            assertThat(forbidden.statusCode()).isEqualTo(400);
            assertThat(forbidden.body()).contains("Not allowed for this client: Only a trained practitioner may do this");

            assertThat(pia.post(at + "/adjustments", "kind", "add", "item", "high-lunge-reach", "side", "right").statusCode()).isEqualTo(303);
            assertThat(ana.get("/program").body()).contains("Added by your practitioner (pia@example.org).");
            assertThat(pia.post(at + "/note", "note", "Keep the lunge gentle this week.").statusCode()).isEqualTo(303);
            assertThat(ana.get("/program").body()).contains("A note from Riverside Physio:").contains("Keep the lunge gentle this week.");
            assertThat(ana.get("/today").body()).contains("Keep the lunge gentle this week.");
            // the player and the log take the changed program: the added item is in today's session
            assertThat(ana.get("/session").body()).contains("High lunge with overhead reach");

            Matcher undo = Pattern.compile("action=\"(" + Pattern.quote(at) + "/adjustments/[^\"]+/undo)\"").matcher(pia.get(at).body());
            assertThat(undo.find()).isTrue();
            assertThat(pia.post(undo.group(1)).statusCode()).isEqualTo(303);
            assertThat(ana.get("/account").body()).contains("Changed your program").contains("Wrote a note about you");

            // ending the practice's access ends its changes and its note
            Matcher end = Pattern.compile("action=\"(/account/practices/[^\"]+/end)\"").matcher(ana.get("/account").body());
            assertThat(end.find()).isTrue();
            ana.post(end.group(1));
            String after = ana.get("/program").body();
            assertThat(after).doesNotContain("by your practitioner").doesNotContain("Keep the lunge gentle");
        }
    }

    @Test
    void theListSearchesSortsAndPagesAndThePrivateNoteStaysWithThePractice() {
        try (Database db = Backend.SQLITE.open(folder); TestServer server = TestServer.start(db)) {
            WebClient pia = practitioner(server, "pia@example.org", "Riverside Physio");
            for (int i = 1; i <= 27; i++) pia.post("/practice/clients", "clientName", String.format("Client %02d", i));
            WebClient ana = WebTest.startAssessment(server, "zoe@example.org");
            WebTest.answerAsTheDeskWorker(ana);
            ana.post(link(pia.post("/practice/invitations", "kind", "client").body()));
            var form = org.psoascoach.web.session.SessionPagesTest.doneInFull(org.psoascoach.web.session.SessionPagesTest.form(ana.get("/session").body()));
            form.put("painBefore", "2");
            form.put("painAfter", "2");
            org.psoascoach.web.session.SessionPagesTest.send(ana, form);

            String first = pia.get("/practice").body();
            assertThat(count(first, "href=\"/practice/clients/")).isEqualTo(25);
            assertThat(first).contains("Client 01").doesNotContain("zoe@example.org").contains("More clients");
            String second = pia.get("/practice?page=2").body();
            assertThat(count(second, "href=\"/practice/clients/")).isEqualTo(3);
            assertThat(second).contains("zoe@example.org").contains("Client 27");
            assertThat(count(pia.get("/practice?q=client+1").body(), "href=\"/practice/clients/")).isEqualTo(10);
            assertThat(pia.get("/practice?q=" + java.net.URLEncoder.encode("50%", java.nio.charset.StandardCharsets.UTF_8)).body()).contains("No client with that name.");
            String latest = pia.get("/practice?sort=last-session").body();
            assertThat(latest.indexOf("zoe@example.org")).isPositive().isLessThan(latest.indexOf("Client 01"));
            assertThat(pia.get("/practice?sort=shoe-size").statusCode()).isEqualTo(400);
            assertThat(pia.get("/practice?page=0").statusCode()).isEqualTo(400);

            Matcher m = Pattern.compile("href=\"/practice/clients/([^\"]+)\">zoe@example.org").matcher(latest);
            assertThat(m.find()).isTrue();
            String at = "/practice/clients/" + m.group(1);
            assertThat(pia.get(at).body()).contains("Each side over time").contains("Standing knee-lift hold");
            assertThat(pia.post(at + "/private-note", "privateNote", "Guarded about the left hip; ask about work.").statusCode()).isEqualTo(303);
            assertThat(pia.get(at).body()).contains("Guarded about the left hip; ask about work.");
            String own = ana.get("/account").body() + ana.get("/program").body() + ana.get("/today").body() + ana.get("/account/export.json").body();
            assertThat(own).doesNotContain("Guarded about the left hip");
            assertThat(ana.get("/account").body()).contains("Wrote a note about you");
        }
    }

    private static int count(String page, String needle) {
        int n = 0;
        for (int i = page.indexOf(needle); i >= 0; i = page.indexOf(needle, i + 1)) n++;
        return n;
    }

    @Test
    void aProgramSavedAsATemplateIsGivenToAnotherClientWhereHerRulesAllowIt() throws Exception {
        try (Database db = Backend.SQLITE.open(folder); TestServer server = TestServer.start(db)) {
            WebClient pia = practitioner(server, "pia@example.org", "Riverside Physio");
            WebClient desk = WebTest.startAssessment(server, "desk@example.org");
            WebTest.answerAsTheDeskWorker(desk);
            desk.post(link(pia.post("/practice/invitations", "kind", "client").body()));
            WebClient mum = new WebClient(server.base);
            mum.get("/signup");
            WebTest.signUp(mum, "mum@example.org");
            var made = mum.json("POST", "/api/v1/assessments", java.nio.file.Files.readString(Path.of("examples/pregnant-partner.json")),
                    org.psoascoach.web.api.Api.CSRF_HEADER, WebTest.apiToken(mum));
            assertThat(made.statusCode()).isEqualTo(201);
            mum.get("/account"); // the signed-in form token
            mum.post(link(pia.post("/practice/invitations", "kind", "client").body()));

            String list = pia.get("/practice").body();
            String deskAt = clientAt(list, "desk@example.org"), mumAt = clientAt(list, "mum@example.org");
            pia.post(deskAt + "/adjustments", "kind", "dose", "item", "kneeling-lunge", "side", "left", "sets", "5", "hold", "40");
            assertThat(pia.post(deskAt + "/templates", "templateName", " ").statusCode()).isEqualTo(400);
            assertThat(pia.post(deskAt + "/templates", "templateName", "Desk hips").statusCode()).isEqualTo(303);
            String page = pia.get(mumAt).body();
            Matcher template = Pattern.compile("<option value=\"([^\"]+)\">Desk hips</option>").matcher(page);
            assertThat(template.find()).isTrue();

            HttpResponse<String> given = pia.post(mumAt + "/templates/apply", "template", template.group(1));
            assertThat(given.statusCode()).isEqualTo(200);
            assertThat(given.body()).contains("The template is given where this client's rules allow it")
                    .contains("Not allowed for this client: Left out from pregnancy week 13 on.");
            String program = mum.get("/program").body();
            assertThat(program).contains("5 × 40 s hold").contains("by your practitioner");
            assertThat(mum.get("/session").body()).doesNotContain("Lying single-leg lift"); // named on the program only as left out
            assertThat(pia.post(mumAt + "/templates/apply", "template", "not-ours").statusCode()).isEqualTo(400);
        }
    }

    private static String clientAt(String list, String name) {
        Matcher m = Pattern.compile("href=\"(/practice/clients/[^\"]+)\">" + Pattern.quote(name)).matcher(list);
        assertThat(m.find()).as(name + " is listed").isTrue();
        return m.group(1);
    }

    @Test
    void aPracticeNeedsANameAndTheFormSaysSo() {
        try (Database db = Backend.SQLITE.open(folder); TestServer server = TestServer.start(db)) {
            WebClient pia = signUp(server, "pia@example.org", "practitioner");
            assertThat(pia.get("/practice").body()).contains("Set up your practice");
            HttpResponse<String> empty = pia.post("/practice", "name", "  ");
            assertThat(empty.statusCode()).isEqualTo(400);
            assertThat(empty.body()).contains("id=\"f-name-error\"").contains("1 to 120 characters");
            assertThat(pia.post("/practice/invitations", "kind", "nonsense").statusCode()).isEqualTo(400);
        }
    }

    public static WebClient practitioner(TestServer server, String email, String practice) {
        WebClient browser = signUp(server, email, "practitioner");
        browser.get("/practice");
        assertThat(browser.post("/practice", "name", practice).statusCode()).isEqualTo(303);
        browser.get("/practice");
        return browser;
    }

    public static WebClient signUp(TestServer server, String email, String role) {
        WebClient browser = new WebClient(server.base);
        browser.get("/signup");
        browser.post("/signup", "email", email, "password", "correct horse battery", "role", role, "timeZone", "Europe/Berlin");
        browser.get("/account");
        return browser;
    }

    public static String link(String page) {
        Matcher m = LINK.matcher(page);
        assertThat(m.find()).as("an invitation link is shown").isTrue();
        return m.group(1).substring(m.group(1).indexOf("/join/"));
    }

    private static String clientIdOf(String page, WebClient pia) {
        Matcher m = CLIENT.matcher(pia.get("/practice").body());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }
}
