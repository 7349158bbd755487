package org.psoascoach.web.http;

import org.psoascoach.web.TestServer;
import org.psoascoach.web.WebClient;
import org.psoascoach.web.WebTest;
import org.psoascoach.web.api.Api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psoascoach.store.Backend;
import org.psoascoach.store.Database;
import org.psoascoach.store.DatabaseLocation;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The program page is drawn once per state of the person's record and kept; these pin down that a kept page is
 * never shown once the record has changed, on this server or on another one of the same database.
 */
class KeptPagesTest {
    @TempDir
    Path folder;

    @Test
    @org.junit.jupiter.api.Tag("postgresql")
    void aNewAssessmentThroughAnotherServerShowsOnTheProgramPageAtOnce() throws Exception {
        DatabaseLocation shared = Backend.POSTGRESQL.freshLocation(folder);
        try (Database first = Database.open(shared); Database second = Database.open(shared);
             TestServer a = TestServer.start(first); TestServer b = TestServer.start(second)) {
            WebClient browser = WebTest.startAssessment(a);
            browser.follow(WebTest.answerAsTheDeskWorker(browser));
            HttpResponse<String> before = browser.get("/program");
            assertThat(before.body()).contains("about 15 minutes each");
            assertThat(browser.get("/program").body()).isEqualTo(before.body()); // the kept page, as drawn

            browser.base = b.base; // the load balancer sends the next visit to the other instance
            String token = browser.json("GET", "/api/v1/plans", null).headers().firstValue(Api.CSRF_HEADER).orElseThrow();
            String tenMinutes = Files.readString(Path.of("examples/desk-worker.json"))
                    .replace("\"minutesPerSession\": 15", "\"minutesPerSession\": 10");
            assertThat(browser.json("POST", "/api/v1/assessments", tenMinutes, Api.CSRF_HEADER, token).statusCode()).isEqualTo(201);

            browser.base = a.base; // and back to the first, which kept the old page
            assertThat(browser.get("/program").body()).contains("(you chose up to 10)").doesNotContain("(you chose up to 15)");
        }
    }

    @Test
    void aPersonNeverSeesAnotherPersonsKeptPage() {
        try (Database db = Backend.SQLITE.open(folder); TestServer server = TestServer.start(db)) {
            WebClient ada = WebTest.startAssessment(server, "ada@example.org");
            ada.follow(WebTest.answerAsTheDeskWorker(ada));
            WebClient bea = WebTest.startAssessment(server, "bea@example.org");
            bea.follow(WebTest.answerAsTheDeskWorker(bea)); // the same answers, the same day: only the person differs
            String adasPage = ada.get("/program").body();
            String beasPage = bea.get("/program").body();
            assertThat(csrfOf(adasPage)).isNotEqualTo(csrfOf(beasPage));
            assertThat(ada.get("/program").body()).isEqualTo(adasPage);
        }
    }

    @Test
    void theKeptPageIsSentGzippedToBrowsersThatAcceptItAndPlainToOthers() throws Exception {
        try (Database db = Backend.SQLITE.open(folder); TestServer server = TestServer.start(db)) {
            WebClient browser = WebTest.startAssessment(server);
            browser.follow(WebTest.answerAsTheDeskWorker(browser));
            String plain = browser.get("/program").body();
            HttpResponse<byte[]> zipped = browser.bytes("/program", "Accept-Encoding", "gzip, deflate, br");
            assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
            assertThat(zipped.headers().firstValue("Vary")).hasValue("Accept-Encoding");
            assertThat(zipped.headers().firstValue("Content-Length")).hasValue(String.valueOf(zipped.body().length));
            try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(zipped.body()))) {
                assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(plain);
            }
        }
    }

    private static String csrfOf(String page) {
        int at = page.indexOf("name=\"csrf\" value=\"") + "name=\"csrf\" value=\"".length();
        return page.substring(at, page.indexOf('"', at));
    }
}
