package org.psoascoach.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.psoascoach.store.Backend;
import org.psoascoach.store.Database;
import org.psoascoach.web.api.Api;
import org.psoascoach.web.practice.PracticePagesTest;
import org.psoascoach.web.session.SessionPagesTest;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Access is proven, not assumed: every page and API route read by every kind of visitor, each cell with the status it
 * must answer, and nowhere the client's private note where that visitor may not see it. The client (Ana) shares her
 * record with a practice; Pia leads her, Carl is Pia's colleague, Olga runs another practice, Pat is a person on his own.
 */
class AccessMatrixTest {
    enum Role { ANONYMOUS, PERSON, CLIENT, LEAD, COLLEAGUE, OTHER_PRACTICE }

    /** Ana's note: it may appear only on her own pages and on her practice's page of her record. */
    static final String SECRET = "Ana's private note 7f3a";

    static Path folder;
    static Database db;
    static TestServer server;
    static final Map<Role, WebClient> VISITORS = new EnumMap<>(Role.class);
    static String ana;

    @BeforeAll
    static void cast() throws IOException {
        folder = Files.createTempDirectory("access-matrix");
        db = Backend.SQLITE.open(folder);
        server = TestServer.start(db);
        VISITORS.put(Role.ANONYMOUS, new WebClient(server.base));
        WebClient pat = WebTest.startAssessment(server, "pat@example.org");
        WebTest.answerAsTheDeskWorker(pat);
        VISITORS.put(Role.PERSON, pat);
        WebClient pia = PracticePagesTest.practitioner(server, "pia@example.org", "Riverside Physio");
        VISITORS.put(Role.LEAD, pia);
        WebClient carl = PracticePagesTest.signUp(server, "carl@example.org", "practitioner");
        carl.post(PracticePagesTest.link(pia.post("/practice/invitations", "kind", "colleague").body()));
        VISITORS.put(Role.COLLEAGUE, carl);
        VISITORS.put(Role.OTHER_PRACTICE, PracticePagesTest.practitioner(server, "olga@example.org", "Other Studio"));

        WebClient client = WebTest.startAssessment(server, "ana@example.org");
        WebTest.answerAsTheDeskWorker(client);
        Map<String, String> form = SessionPagesTest.doneInFull(SessionPagesTest.form(client.get("/session").body()));
        form.put("painBefore", "3");
        form.put("painAfter", "2");
        form.put("notes", SECRET);
        SessionPagesTest.send(client, form);
        client.post(PracticePagesTest.link(pia.post("/practice/invitations", "kind", "client").body()));
        VISITORS.put(Role.CLIENT, client);
        Matcher m = Pattern.compile("href=\"/practice/clients/([^\"]+)\"").matcher(pia.get("/practice").body());
        assertThat(m.find()).isTrue();
        ana = m.group(1);
    }

    @AfterAll
    static void close() {
        server.close();
        db.close();
    }

    /** A route read as each role: the status, and whether Ana's note may be in the answer. */
    record Cell(int status, boolean mayShowSecret) {}

    static Map<Role, Cell> row(int anonymous, int person, int client, int lead, int colleague, int other) {
        Map<Role, Cell> row = new EnumMap<>(Role.class);
        row.put(Role.ANONYMOUS, new Cell(anonymous, false));
        row.put(Role.PERSON, new Cell(person, false));
        row.put(Role.CLIENT, new Cell(client, false));
        row.put(Role.LEAD, new Cell(lead, false));
        row.put(Role.COLLEAGUE, new Cell(colleague, false));
        row.put(Role.OTHER_PRACTICE, new Cell(other, false));
        return row;
    }

    static Map<Role, Cell> secretFor(Map<Role, Cell> row, Role... roles) {
        for (Role r : roles) row.put(r, new Cell(row.get(r).status(), true));
        return row;
    }

    @Test
    void everyRouteAnswersEveryRoleAsTheTableSaysAndTheNoteGoesNowhereElse() {
        Map<String, Map<Role, Cell>> table = new LinkedHashMap<>();
        // public pages
        table.put("/", row(200, 200, 200, 200, 200, 200));
        table.put("/library", row(200, 200, 200, 200, 200, 200));
        table.put("/library/kneeling-lunge", row(200, 200, 200, 200, 200, 200));
        table.put("/learn", row(200, 200, 200, 200, 200, 200));
        // a person's own pages: sign in first; a practitioner without an assessment is sent to take one
        table.put("/today", secretFor(row(303, 200, 200, 303, 303, 303), Role.CLIENT));
        table.put("/history", secretFor(row(303, 200, 200, 200, 200, 200), Role.CLIENT));
        table.put("/program", row(303, 200, 200, 303, 303, 303));
        table.put("/program/print", row(303, 200, 200, 303, 303, 303));
        table.put("/program.pdf", row(303, 200, 200, 303, 303, 303));
        table.put("/session", row(303, 200, 200, 303, 303, 303));
        table.put("/progress", row(303, 200, 200, 303, 303, 303));
        table.put("/results", row(303, 200, 200, 303, 303, 303));
        table.put("/reminders", row(303, 200, 200, 200, 200, 200));
        table.put("/assessment", row(303, 200, 200, 200, 200, 200));
        table.put("/account", row(303, 200, 200, 200, 200, 200));
        table.put("/account/export.json", secretFor(row(303, 200, 200, 200, 200, 200), Role.CLIENT));
        table.put("/account/export.csv", secretFor(row(303, 200, 200, 200, 200, 200), Role.CLIENT));
        // the practitioner's pages
        table.put("/practice", row(303, 403, 403, 200, 200, 200));
        table.put("/practice/clients/{ana}", secretFor(row(303, 403, 403, 200, 200, 404), Role.LEAD, Role.COLLEAGUE));
        table.put("/practice/clients/{ana}/handout.pdf", row(303, 403, 403, 200, 200, 404));
        table.put("/practice/clients/{ana}/assessment/safety", row(303, 403, 403, 303, 303, 404));
        table.put("/practice/clients/no-such-client", row(303, 403, 403, 404, 404, 404));
        table.put("/practice/clients/no-such-client/handout.pdf", row(303, 403, 403, 404, 404, 404));
        // the API
        table.put("/api/v1/plans", row(401, 200, 200, 200, 200, 200));
        table.put("/api/v1/plans/current", row(401, 200, 200, 404, 404, 404));
        table.put("/api/v1/practice/clients", row(401, 403, 403, 200, 200, 200));
        table.put("/api/v1/practice/clients/{ana}", secretFor(row(401, 403, 403, 200, 200, 404), Role.LEAD, Role.COLLEAGUE));
        table.put("/api/v1/practice/clients/no-such-client", row(401, 403, 403, 404, 404, 404));
        table.put("/api/v1/practice/templates", row(401, 403, 403, 200, 200, 200));

        List<String> leaks = new ArrayList<>();
        for (var route : table.entrySet()) {
            String path = route.getKey().replace("{ana}", ana);
            for (var cell : route.getValue().entrySet()) {
                WebClient visitor = VISITORS.get(cell.getKey());
                HttpResponse<String> answer = path.startsWith("/api/") ? visitor.json("GET", path, null) : visitor.get(path);
                if (answer.statusCode() != cell.getValue().status()) {
                    leaks.add(route.getKey() + " as " + cell.getKey() + ": " + answer.statusCode() + ", expected " + cell.getValue().status());
                }
                if (!cell.getValue().mayShowSecret() && answer.body().contains(SECRET)) {
                    leaks.add(route.getKey() + " as " + cell.getKey() + " shows Ana's note");
                }
            }
        }
        assertThat(leaks).isEmpty();
        // another practice's list has nothing of Ana; her own practice's has her
        assertThat(VISITORS.get(Role.OTHER_PRACTICE).json("GET", "/api/v1/practice/clients", null).body()).doesNotContain(ana).isEqualTo("[]");
        assertThat(VISITORS.get(Role.COLLEAGUE).json("GET", "/api/v1/practice/clients", null).body()).contains(ana);
    }

    @Test
    void onlyTheClientsPracticeCanChangeHerProgramOrWriteToHer() {
        String at = "/practice/clients/" + ana, api = "/api/v1/practice/clients/" + ana;
        Map<Role, Integer> expected = new EnumMap<>(Role.class);
        expected.put(Role.PERSON, 403);
        expected.put(Role.CLIENT, 403);
        expected.put(Role.OTHER_PRACTICE, 404);
        String change = "{\"kind\":\"remove\",\"itemId\":\"kneeling-lunge\",\"side\":\"left\"}";
        for (var e : expected.entrySet()) {
            WebClient visitor = VISITORS.get(e.getKey());
            visitor.get("/account");
            Map<String, Integer> answers = new LinkedHashMap<>();
            answers.put("adjust", visitor.post(at + "/adjustments", "kind", "remove", "item", "kneeling-lunge", "side", "left").statusCode());
            answers.put("undo", visitor.post(at + "/adjustments/any/undo").statusCode());
            answers.put("note", visitor.post(at + "/note", "note", "hello").statusCode());
            answers.put("private note", visitor.post(at + "/private-note", "privateNote", "hello").statusCode());
            answers.put("save template", visitor.post(at + "/templates", "templateName", "hello").statusCode());
            answers.put("give template", visitor.post(at + "/templates/apply", "template", "any").statusCode());
            answers.put("assess", visitor.post(at + "/assessment").statusCode());
            answers.put("assessment step", visitor.post(at + "/assessment/safety").statusCode());
            String csrf = WebTest.apiToken(visitor);
            answers.put("API adjust", visitor.json("POST", api + "/adjustments", change, Api.CSRF_HEADER, csrf).statusCode());
            answers.put("API undo", visitor.json("DELETE", api + "/adjustments/any", null, Api.CSRF_HEADER, csrf).statusCode());
            answers.put("API save template", visitor.json("POST", api + "/templates", "{\"name\":\"hello\"}", Api.CSRF_HEADER, csrf).statusCode());
            answers.put("API give template", visitor.json("POST", api + "/templates/any/apply", null, Api.CSRF_HEADER, csrf).statusCode());
            assertThat(answers).as("as " + e.getKey()).allSatisfy((route, status) -> assertThat(status).as(route).isEqualTo(e.getValue()));
        }
        WebClient anonymous = VISITORS.get(Role.ANONYMOUS);
        assertThat(anonymous.json("POST", api + "/adjustments", change).statusCode()).isEqualTo(401);
        assertThat(anonymous.json("DELETE", api + "/adjustments/any", null).statusCode()).isEqualTo(401);
        assertThat(VISITORS.get(Role.CLIENT).get("/program").body()).doesNotContain("by your practitioner").doesNotContain("hello");
        assertThat(VISITORS.get(Role.LEAD).get(at).body()).doesNotContain("hello");
    }

    @Test
    void onlyTheClientCanEndAPracticesAccessAndOnlyToTheirOwnRecord() {
        String account = VISITORS.get(Role.CLIENT).get("/account").body();
        Matcher end = Pattern.compile("action=\"(/account/practices/[^\"]+/end)\"").matcher(account);
        assertThat(end.find()).isTrue();
        // someone else posting the same address ends nothing of Ana's
        for (Role r : List.of(Role.PERSON, Role.LEAD, Role.OTHER_PRACTICE)) {
            WebClient visitor = VISITORS.get(r);
            visitor.get("/account");
            visitor.post(end.group(1));
        }
        assertThat(VISITORS.get(Role.LEAD).get("/practice/clients/" + ana).statusCode()).isEqualTo(200);
        assertThat(VISITORS.get(Role.ANONYMOUS).post(end.group(1)).statusCode()).isIn(303, 403);
        assertThat(VISITORS.get(Role.LEAD).get("/practice/clients/" + ana).statusCode()).isEqualTo(200);
    }
}
