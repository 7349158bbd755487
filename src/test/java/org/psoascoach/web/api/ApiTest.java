package org.psoascoach.web.api;

import org.psoascoach.web.TestServer;
import org.psoascoach.web.WebClient;
import org.psoascoach.web.WebTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psoascoach.Fixtures;
import org.psoascoach.contract.CatalogJson;
import org.psoascoach.store.Backend;
import org.psoascoach.store.Database;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The JSON API does what its OpenAPI document says, route by route, and names the field at fault in every error. */
class ApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    @Test
    void everyDocumentedRouteAnswersWithADocumentedStatusAndContentType() throws Exception {
        try (Database db = Backend.SQLITE.open(folder); TestServer server = TestServer.start(db)) {
            WebClient anonymous = new WebClient(server.base);
            JsonNode doc = JSON.readTree(anonymous.json("GET", "/api/v1/openapi.json", null).body());
            assertThat(doc.path("openapi").asText()).startsWith("3.");

            WebClient person = new WebClient(server.base);
            person.get("/signup");
            WebTest.signUp(person, "api@example.org");
            String personCsrf = WebTest.apiToken(person);
            // routes marked x-psoas-role: practitioner are called as a practitioner with a practice, and refused to a person
            WebClient practitioner = org.psoascoach.web.practice.PracticePagesTest.practitioner(server, "pia@example.org", "Riverside Physio");
            String practitionerCsrf = WebTest.apiToken(practitioner);
            // the practitioner's client, tested as the desk worker, whose record the client routes read and change
            WebClient ana = WebTest.startAssessment(server, "ana@example.org");
            WebTest.answerAsTheDeskWorker(ana);
            ana.post(org.psoascoach.web.practice.PracticePagesTest.link(practitioner.post("/practice/invitations", "kind", "client").body()));
            Map<String, String> ids = new java.util.HashMap<>();
            ids.put("id", JSON.readTree(practitioner.json("GET", "/api/v1/practice/clients", null).body()).path(0).path("id").asText());
            practitionerCsrf = WebTest.apiToken(practitioner);

            List<String> called = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext(); ) {
                var path = paths.next();
                for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                    var op = ops.next();
                    String method = op.getKey().toUpperCase();
                    boolean secured = op.getValue().has("security");
                    boolean forPractitioners = "practitioner".equals(op.getValue().path("x-psoas-role").asText());
                    String url = path.getKey();
                    // a practitioner's route is about their client; a change or template is the one the routes before it made
                    if (forPractitioners) for (var id : ids.entrySet()) url = url.replace("{" + id.getKey() + "}", id.getValue());
                    url = url.replace("{id}", "ball-bridge");
                    WebClient signedIn = forPractitioners ? practitioner : person;
                    String csrf = forPractitioners ? practitionerCsrf : personCsrf;
                    String body = op.getValue().has("requestBody") ? example(doc, op.getValue()) : null;
                    JsonNode responses = op.getValue().path("responses");
                    HttpResponse<String> r = secured
                            ? signedIn.json(method, url, body, Api.CSRF_HEADER, csrf)
                            : anonymous.json(method, url, body);
                    if (forPractitioners) {
                        HttpResponse<String> notOne = person.json(method, url, body, Api.CSRF_HEADER, personCsrf);
                        assertThat(notOne.statusCode()).as(method + " " + url + " as a person").isEqualTo(403);
                        assertThat(responses.has("403")).isTrue();
                        assertProblem(notOne);
                    }
                    String status = String.valueOf(r.statusCode());
                    assertThat(responses.has(status)).as(method + " " + url + " answered " + status + ": " + r.body()).isTrue();
                    assertThat(status).as(method + " " + url + ": " + r.body()).startsWith("2");
                    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
                    JsonNode answer = JSON.readTree(r.body());
                    if (answer.has("adjustmentId")) ids.put("change", answer.path("adjustmentId").asText());
                    if (method.equals("POST") && url.endsWith("/templates")) ids.put("template", answer.path("id").asText());
                    if (secured) {
                        HttpResponse<String> refused = anonymous.json(method, url, body);
                        assertThat(refused.statusCode()).as(method + " " + url + " without signing in").isEqualTo(401);
                        assertThat(responses.has("401")).isTrue();
                        assertProblem(refused);
                    }
                    called.add(method + " " + path.getKey());
                }
            }
            assertThat(called).contains("GET /api/v1/practice/clients", "GET /api/v1/practice/clients/{id}",
                    "POST /api/v1/practice/clients/{id}/adjustments", "DELETE /api/v1/practice/clients/{id}/adjustments/{change}",
                    "POST /api/v1/practice/clients/{id}/templates", "POST /api/v1/practice/clients/{id}/templates/{template}/apply",
                    "GET /api/v1/practice/templates");
            assertThat(called).contains("GET /api/v1/catalog", "POST /api/v1/plan", "POST /api/v1/assessments", "GET /api/v1/plans",
                    "GET /api/v1/plans/current", "GET /api/v1/catalog/{id}", "POST /api/v1/sessions");
        }
    }

    @Test
    void theCatalogAndPlanRoutesGiveTheContractsOfTheCommandLine() throws Exception {
        try (Database db = Backend.SQLITE.open(folder); TestServer server = TestServer.start(db)) {
            WebClient client = new WebClient(server.base);
            assertThat(JSON.readTree(client.json("GET", "/api/v1/catalog", null).body())).isEqualTo(JSON.readTree(CatalogJson.write(Fixtures.CATALOG)));
            HttpResponse<String> plan = client.json("POST", "/api/v1/plan", org.psoascoach.contract.IntakeJson.write(Fixtures.intake().build()));
            assertThat(plan.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(plan.body()).has("triage")).isTrue();
        }
    }

    @Test
    void aBadIntakeIsA400ProblemNamingEachField() throws Exception {
        try (Database db = Backend.SQLITE.open(folder); TestServer server = TestServer.start(db)) {
            WebClient client = new WebClient(server.base);
            HttpResponse<String> bad = client.json("POST", "/api/v1/plan", "{\"person\": {\"age\": 300}, \"tests\": {}, \"minutesPerSession\": 2}");
            assertThat(bad.statusCode()).isEqualTo(400);
            JsonNode problem = assertProblem(bad);
            List<String> fields = new ArrayList<>();
            problem.path("errors").forEach(e -> fields.add(e.path("field").asText()));
            assertThat(fields).containsExactlyInAnyOrder("$.person.age", "$.minutesPerSession");
            assertThat(problem.path("errors").get(0).path("message").asText()).contains("between");

            assertProblem(client.json("POST", "/api/v1/plan", "{not json"));
            HttpResponse<String> wrongType = client.json("POST", "/api/v1/plan", null, "Content-Type", "text/plain");
            assertThat(wrongType.statusCode()).isEqualTo(415);
            assertProblem(wrongType);
            HttpResponse<String> unknownItem = client.json("GET", "/api/v1/catalog/no-such-item", null);
            assertThat(unknownItem.statusCode()).isEqualTo(404);
            assertThat(assertProblem(unknownItem).path("errors").get(0).path("field").asText()).isEqualTo("id");
            assertThat(client.json("GET", "/api/v1/nothing-here", null).statusCode()).isEqualTo(404);
        }
    }

    @Test
    void savingAnAssessmentNeedsTheSessionsCsrfToken() throws Exception {
        try (Database db = Backend.SQLITE.open(folder); TestServer server = TestServer.start(db)) {
            WebClient client = WebTest.signedUp(server, "api@example.org");
            HttpResponse<String> forged = client.json("POST", "/api/v1/assessments", org.psoascoach.contract.IntakeJson.write(Fixtures.intake().build()));
            assertThat(forged.statusCode()).isEqualTo(403);
            assertThat(assertProblem(forged).path("errors").get(0).path("field").asText()).isEqualTo(Api.CSRF_HEADER);
            assertThat(WebTest.count(db, "assessment")).isZero();
        }
    }

    @Test
    void aSessionSentTwiceWithItsKeyIsSavedOnceAndTheSecondSendSaysSo() throws Exception {
        try (Database db = Backend.SQLITE.open(folder); TestServer server = TestServer.start(db)) {
            WebClient client = WebTest.signedUp(server, "log@example.org");
            String csrf = WebTest.apiToken(client);
            client.json("POST", "/api/v1/assessments", org.psoascoach.contract.IntakeJson.write(Fixtures.intake().build()), Api.CSRF_HEADER, csrf);
            String session = "{\"idempotencyKey\": \"offline-1\", \"painBefore\": 4, \"painAfter\": 3}";

            HttpResponse<String> first = client.json("POST", "/api/v1/sessions", session, Api.CSRF_HEADER, csrf);
            assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
            assertThat(JSON.readTree(first.body()).path("status").asText()).isEqualTo("saved");
            HttpResponse<String> again = client.json("POST", "/api/v1/sessions", session, Api.CSRF_HEADER, csrf);
            assertThat(again.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(again.body()).path("status").asText()).isEqualTo("already-saved");
            assertThat(WebTest.count(db, "session_log")).isEqualTo(1);
            int planned = Fixtures.plan(Fixtures.intake()).plan().items().size();
            assertThat(WebTest.count(db, "session_log_item")).as("logged as planned").isEqualTo(planned);

            HttpResponse<String> reused = client.json("POST", "/api/v1/sessions", session.replace("\"painAfter\": 3", "\"painAfter\": 9"),
                    Api.CSRF_HEADER, csrf);
            assertThat(reused.statusCode()).isEqualTo(400);
            assertThat(assertProblem(reused).path("errors").get(0).path("field").asText()).isEqualTo("$.idempotencyKey");

            HttpResponse<String> bad = client.json("POST", "/api/v1/sessions", "{\"painBefore\": 11}", Api.CSRF_HEADER, csrf);
            assertThat(bad.statusCode()).isEqualTo(400);
            List<String> fields = new ArrayList<>();
            assertProblem(bad).path("errors").forEach(e -> fields.add(e.path("field").asText()));
            assertThat(fields).contains("$.painBefore", "$.painAfter");
            HttpResponse<String> forged = client.json("POST", "/api/v1/sessions", session.replace("offline-1", "offline-2"));
            assertThat(forged.statusCode()).isEqualTo(403);
            assertThat(WebTest.count(db, "session_log")).isEqualTo(1);
        }
    }

    @Test
    void aSessionWithoutItemsNeedsAPlanAndWhetherItIsCompletedIsTheServersToDecide() throws Exception {
        try (Database db = Backend.SQLITE.open(folder); TestServer server = TestServer.start(db)) {
            WebClient client = WebTest.signedUp(server, "decide@example.org");
            String csrf = WebTest.apiToken(client);

            // no assessment yet, so no plan: "as planned" means nothing, and nothing is saved
            HttpResponse<String> noPlan = client.json("POST", "/api/v1/sessions", "{\"painBefore\": 2, \"painAfter\": 2}", Api.CSRF_HEADER, csrf);
            assertThat(noPlan.statusCode()).isEqualTo(409);
            assertThat(assertProblem(noPlan).path("errors").get(0).path("field").asText()).isEqualTo("$.items");
            assertThat(WebTest.count(db, "session_log")).isZero();

            client.json("POST", "/api/v1/assessments", org.psoascoach.contract.IntakeJson.write(Fixtures.intake().build()), Api.CSRF_HEADER, csrf);
            var first = org.psoascoach.session.SessionScript.asPlanned(Fixtures.plan(Fixtures.intake()).plan()).get(0);
            var oneSet = JSON.createObjectNode().put("idempotencyKey", "part").put("completed", true).put("painBefore", 2).put("painAfter", 2);
            var item = oneSet.putArray("items").addObject().put("id", first.itemId()).put("side", first.side().id()).put("sets", 1);
            if (first.reps() != null) item.put("reps", first.reps());
            if (first.holdSeconds() != null) item.put("holdSeconds", first.holdSeconds());
            HttpResponse<String> part = client.json("POST", "/api/v1/sessions", oneSet.toString(), Api.CSRF_HEADER, csrf);
            assertThat(part.statusCode()).as(part.body()).isEqualTo(201);
            assertThat(completed(db, "part")).as("one set of one item, whatever the client claims").isFalse();

            HttpResponse<String> asPlanned = client.json("POST", "/api/v1/sessions",
                    "{\"idempotencyKey\": \"whole\", \"completed\": false, \"painBefore\": 2, \"painAfter\": 2}", Api.CSRF_HEADER, csrf);
            assertThat(asPlanned.statusCode()).as(asPlanned.body()).isEqualTo(201);
            assertThat(completed(db, "whole")).as("no items sent: the plan as it stands, done whole").isTrue();
        }
    }

    private static boolean completed(Database db, String key) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT completed FROM session_log WHERE idempotency_key = :key")
                .bind("key", key).mapTo(Boolean.class).one());
    }

    /** The first example the operation documents for its request body. */
    private static String example(JsonNode doc, JsonNode op) {
        JsonNode examples = op.at("/requestBody/content/application~1json/examples");
        JsonNode first = examples.elements().next();
        if (first.has("$ref")) first = doc.at(first.path("$ref").asText().substring(1));
        return first.path("value").toString();
    }

    private static JsonNode assertProblem(HttpResponse<String> r) throws Exception {
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.path("status").asInt()).isEqualTo(r.statusCode());
        assertThat(body.has("title")).isTrue();
        assertThat(body.path("errors").isArray()).isTrue();
        return body;
    }
}
