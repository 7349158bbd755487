package org.psoascoach.web.practice;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psoascoach.store.Backend;
import org.psoascoach.store.Database;
import org.psoascoach.web.TestServer;
import org.psoascoach.web.WebClient;
import org.psoascoach.web.WebTest;
import org.psoascoach.web.api.Api;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The practitioner's API does what the pages do, under the same rules: a page of clients with the next page's address,
 * a client's record, changes tried against the client's rules (a refusal names the rule and keeps nothing), changes
 * taken back, templates saved and given; bad requests are 400 naming the field; another practice's client is not found.
 */
class PracticeApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    @Test
    void thePractitionerPagesTheListReadsARecordChangesItWithinTheRulesAndTakesAChangeBack() throws Exception {
        try (Database db = Backend.SQLITE.open(folder); TestServer server = TestServer.start(db)) {
            WebClient pia = PracticePagesTest.practitioner(server, "pia@example.org", "Riverside Physio");
            WebClient ana = WebTest.startAssessment(server, "ana@example.org");
            WebTest.answerAsTheDeskWorker(ana);
            ana.post(PracticePagesTest.link(pia.post("/practice/invitations", "kind", "client").body()));
            pia.post("/practice/clients", "clientName", "Bea Clinic");
            String csrf = WebTest.apiToken(pia);

            HttpResponse<String> first = pia.json("GET", "/api/v1/practice/clients?size=1", null);
            assertThat(first.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(first.body())).hasSize(1);
            assertThat(first.headers().firstValue("Link")).hasValue("</api/v1/practice/clients?q=&sort=name&page=2&size=1>; rel=\"next\"");
            HttpResponse<String> second = pia.json("GET", "/api/v1/practice/clients?q=&sort=name&page=2&size=1", null);
            assertThat(second.headers().firstValue("Link")).isEmpty();
            assertThat(JSON.readTree(first.body()).path(0).path("name").asText() + JSON.readTree(second.body()).path(0).path("name").asText())
                    .contains("ana@example.org").contains("Bea Clinic");
            String id = JSON.readTree(pia.json("GET", "/api/v1/practice/clients?q=ana", null).body()).path(0).path("id").asText();
            assertProblem(pia.json("GET", "/api/v1/practice/clients?size=500", null), 400, "size", "1 to 100");
            assertProblem(pia.json("GET", "/api/v1/practice/clients?sort=age", null), 400, "sort", "name, last-session or newest");

            String at = "/api/v1/practice/clients/" + id;
            JsonNode record = JSON.readTree(pia.json("GET", at, null).body());
            assertThat(record.path("practice").asText()).isEqualTo("Riverside Physio");
            assertThat(record.path("program").path("items").findValuesAsText("itemId")).contains("kneeling-lunge");
            assertThat(record.path("adjustments")).isEmpty();

            HttpResponse<String> kept = pia.json("POST", at + "/adjustments",
                    "{\"kind\":\"dose\",\"itemId\":\"kneeling-lunge\",\"side\":\"left\",\"sets\":5,\"holdSeconds\":45}", Api.CSRF_HEADER, csrf);
            assertThat(kept.statusCode()).isEqualTo(201);
            JsonNode changed = JSON.readTree(kept.body());
            String change = changed.path("adjustmentId").asText();
            assertThat(changed.path("adjustments").path(0).path("id").asText()).isEqualTo(change);
            JsonNode lunge = item(changed, "kneeling-lunge", "left");
            assertThat(lunge.path("sets").asInt()).isEqualTo(5);
            assertThat(lunge.path("holdSeconds").asInt()).isEqualTo(45);
            assertThat(lunge.path("changedByPractice").asBoolean()).isTrue();
            assertThat(ana.get("/program").body()).contains("5 × 45 s hold");

            // refused by a range, by a rule, by the request itself: each names why, and nothing is kept
            assertProblem(pia.json("POST", at + "/adjustments", "{\"kind\":\"dose\",\"itemId\":\"kneeling-lunge\",\"side\":\"left\",\"sets\":40}",
                    Api.CSRF_HEADER, csrf), 400, "$", "Sets must be from 3 to 6.");
            assertProblem(pia.json("POST", at + "/adjustments", "{\"kind\":\"add\",\"itemId\":\"practitioner-psoas-release\",\"side\":\"left\"}",
                    Api.CSRF_HEADER, csrf), 400, "$", "Only a trained practitioner may do this");
            assertProblem(pia.json("POST", at + "/adjustments", "{\"kind\":\"bigger\",\"itemId\":\"kneeling-lunge\",\"side\":\"left\"}",
                    Api.CSRF_HEADER, csrf), 400, "$.kind", "dose, remove or add");
            assertProblem(pia.json("POST", at + "/adjustments", "{\"kind\":\"add\",\"itemId\":\"cartwheel\",\"side\":\"left\"}",
                    Api.CSRF_HEADER, csrf), 400, "$.itemId", "exercise of the catalog");
            assertProblem(pia.json("POST", at + "/adjustments", "{\"kind\":\"dose\",\"itemId\":\"kneeling-lunge\",\"side\":\"up\"}",
                    Api.CSRF_HEADER, csrf), 400, "$.side", "left, right or both");
            assertProblem(pia.json("POST", at + "/adjustments", "{\"kind\":\"dose\",\"itemId\":\"kneeling-lunge\",\"side\":\"left\",\"sets\":\"five\"}",
                    Api.CSRF_HEADER, csrf), 400, "$.sets", "whole number");
            assertProblem(pia.json("POST", at + "/adjustments", "{\"kind\":\"dose\",\"colour\":\"red\"}", Api.CSRF_HEADER, csrf), 400, "$.colour",
                    "allowed: holdSeconds, itemId, kind, reps, sets, side");
            assertProblem(pia.json("POST", at + "/adjustments", "{\"kind\":", Api.CSRF_HEADER, csrf), 400, "$", "JSON object");
            assertProblem(pia.json("POST", at + "/adjustments", "{\"kind\":\"remove\",\"itemId\":\"kneeling-lunge\",\"side\":\"left\"}"),
                    403, "X-CSRF-Token", "this session's token");
            assertThat(JSON.readTree(pia.json("GET", at, null).body()).path("adjustments")).hasSize(1);

            HttpResponse<String> undone = pia.json("DELETE", at + "/adjustments/" + change, null, Api.CSRF_HEADER, csrf);
            assertThat(undone.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(undone.body()).path("adjustments")).isEmpty();
            assertThat(item(JSON.readTree(undone.body()), "kneeling-lunge", "left").path("changedByPractice").asBoolean()).isFalse();
            assertProblem(pia.json("DELETE", at + "/adjustments/" + change, null, Api.CSRF_HEADER, csrf), 404, "change", "not a change of your practice");

            // the client sees who read and changed her record
            assertThat(ana.get("/account").body()).contains("Opened your record").contains("Changed your program");
        }
    }

    @Test
    void aTemplateSavedThroughTheApiIsGivenToAnotherClientWhereHerRulesAllowAndAnotherPracticeFindsNeither() throws Exception {
        try (Database db = Backend.SQLITE.open(folder); TestServer server = TestServer.start(db)) {
            WebClient pia = PracticePagesTest.practitioner(server, "pia@example.org", "Riverside Physio");
            WebClient desk = WebTest.startAssessment(server, "desk@example.org");
            WebTest.answerAsTheDeskWorker(desk);
            desk.post(PracticePagesTest.link(pia.post("/practice/invitations", "kind", "client").body()));
            WebClient mum = new WebClient(server.base);
            mum.get("/signup");
            WebTest.signUp(mum, "mum@example.org");
            assertThat(mum.json("POST", "/api/v1/assessments", Files.readString(Path.of("examples/pregnant-partner.json")), Api.CSRF_HEADER,
                    WebTest.apiToken(mum)).statusCode()).isEqualTo(201);
            mum.get("/account");
            mum.post(PracticePagesTest.link(pia.post("/practice/invitations", "kind", "client").body()));
            String csrf = WebTest.apiToken(pia);
            String deskId = JSON.readTree(pia.json("GET", "/api/v1/practice/clients?q=desk", null).body()).path(0).path("id").asText();
            String mumId = JSON.readTree(pia.json("GET", "/api/v1/practice/clients?q=mum", null).body()).path(0).path("id").asText();

            pia.json("POST", "/api/v1/practice/clients/" + deskId + "/adjustments",
                    "{\"kind\":\"dose\",\"itemId\":\"kneeling-lunge\",\"side\":\"left\",\"sets\":5,\"holdSeconds\":40}", Api.CSRF_HEADER, csrf);
            assertProblem(pia.json("POST", "/api/v1/practice/clients/" + deskId + "/templates", "{\"name\":\"  \"}", Api.CSRF_HEADER, csrf),
                    400, "$.name", "1 to 120 characters");
            HttpResponse<String> saved = pia.json("POST", "/api/v1/practice/clients/" + deskId + "/templates", "{\"name\":\"Desk hips\"}",
                    Api.CSRF_HEADER, csrf);
            assertThat(saved.statusCode()).isEqualTo(201);
            String template = JSON.readTree(saved.body()).path("id").asText();
            JsonNode listed = JSON.readTree(pia.json("GET", "/api/v1/practice/templates", null).body());
            assertThat(listed.findValuesAsText("name")).containsExactly("Desk hips");
            assertThat(listed.path(0).path("items").findValuesAsText("itemId")).contains("kneeling-lunge");

            HttpResponse<String> given = pia.json("POST", "/api/v1/practice/clients/" + mumId + "/templates/" + template + "/apply", null,
                    Api.CSRF_HEADER, csrf);
            assertThat(given.statusCode()).isEqualTo(200);
            JsonNode after = JSON.readTree(given.body());
            assertThat(after.path("templateNotApplied").findValuesAsText("why")).contains("Not allowed for this client: Left out from pregnancy week 13 on.");
            assertThat(item(after, "kneeling-lunge", "left").path("sets").asInt()).isEqualTo(5);
            assertThat(mum.get("/session").body()).doesNotContain("Lying single-leg lift");
            assertProblem(pia.json("POST", "/api/v1/practice/clients/" + mumId + "/templates/not-ours/apply", null, Api.CSRF_HEADER, csrf),
                    404, "template", "not a template of your practice");

            // another practice: neither the clients nor the template exist for it
            WebClient olga = PracticePagesTest.practitioner(server, "olga@example.org", "Other Studio");
            String olgaCsrf = WebTest.apiToken(olga);
            assertProblem(olga.json("GET", "/api/v1/practice/clients/" + mumId, null), 404, "id", "not a client of your practice");
            assertProblem(olga.json("POST", "/api/v1/practice/clients/" + mumId + "/templates/" + template + "/apply", null, Api.CSRF_HEADER, olgaCsrf),
                    404, "id", "not a client of your practice");
            assertThat(olga.json("GET", "/api/v1/practice/templates", null).body()).isEqualTo("[]");
            assertThat(JSON.readTree(pia.json("GET", "/api/v1/practice/clients/" + mumId, null).body()).path("adjustments").size())
                    .as("Olga changed nothing").isEqualTo(JSON.readTree(given.body()).path("adjustments").size());
        }
    }

    private static JsonNode item(JsonNode record, String itemId, String side) {
        for (JsonNode i : record.path("program").path("items")) {
            if (i.path("itemId").asText().equals(itemId) && i.path("side").asText().equals(side)) return i;
        }
        throw new AssertionError(itemId + " on the " + side + " is not in the program: " + record);
    }

    private static void assertProblem(HttpResponse<String> r, int status, String field, String says) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.path("errors").path(0).path("field").asText()).as(r.body()).isEqualTo(field);
        assertThat(body.path("errors").path(0).path("message").asText()).as(r.body()).contains(says);
    }
}
