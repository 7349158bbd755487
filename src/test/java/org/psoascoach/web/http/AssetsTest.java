package org.psoascoach.web.http;

import org.psoascoach.web.TestServer;
import org.psoascoach.web.WebClient;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psoascoach.store.Backend;
import org.psoascoach.store.Database;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Styles, scripts, drawings and webjars, served from the classpath by {@link Assets}. */
class AssetsTest {
    @TempDir
    Path folder;

    @Test
    void aFileIsServedWithItsTypeTagAndCachingAndAnswers304WhenTheBrowserHasIt() {
        try (Database db = Backend.SQLITE.open(folder); TestServer server = TestServer.start(db)) {
            WebClient browser = new WebClient(server.base);
            HttpResponse<String> css = browser.get("/static/app.css");
            assertThat(css.statusCode()).isEqualTo(200);
            assertThat(css.headers().firstValue("Content-Type")).hasValue("text/css; charset=utf-8");
            assertThat(css.headers().firstValue("Cache-Control")).hasValue("public, max-age=3600");
            assertThat(css.headers().firstValue("Content-Security-Policy")).isPresent();
            String tag = css.headers().firstValue("ETag").orElseThrow();
            HttpResponse<byte[]> again = browser.bytes("/static/app.css", "If-None-Match", tag);
            assertThat(again.statusCode()).isEqualTo(304);
            assertThat(again.body()).isEmpty();

            HttpResponse<byte[]> zipped = browser.bytes("/static/app.css", "Accept-Encoding", "gzip");
            assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
            assertThat(zipped.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(tag); // another representation
            assertThat(browser.bytes("/static/app.css", "Accept-Encoding", "gzip", "If-None-Match",
                    zipped.headers().firstValue("ETag").orElseThrow()).statusCode()).isEqualTo(304);

            assertThat(browser.get("/figures/ball-bridge.svg").headers().firstValue("Content-Type")).hasValue("image/svg+xml");
            HttpResponse<String> htmx = browser.get("/webjars/htmx.org/2.0.10/dist/htmx.min.js");
            assertThat(htmx.statusCode()).isEqualTo(200);
            assertThat(htmx.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
        }
    }

    @Test
    void nothingOutsideTheFolderOrOfAnUnknownKindIsServed() throws Exception {
        try (Database db = Backend.SQLITE.open(folder); TestServer server = TestServer.start(db)) {
            WebClient browser = new WebClient(server.base);
            assertThat(browser.get("/static/nope.css").statusCode()).isEqualTo(404);
            assertThat(browser.get("/static/app.css.bak").statusCode()).isEqualTo(404);
            assertThat(browser.get("/webjars/htmx.org/2.0.10/").statusCode()).isEqualTo(404);
            assertThat(browser.get("/static/%2e%2e/db/migration/V1__accounts_assessments_plans_logs.sql").statusCode()).isEqualTo(404);
            // sent as written, without the client tidying the dots away first
            for (String path : new String[] {"/static/../db/migration/V1__accounts_assessments_plans_logs.sql",
                    "/figures/../../org/psoascoach/cli/Psoas.class", "/static/..%2fmessages/psoas_en.properties"}) {
                assertThat(rawStatus(server.base, path)).as(path).isNotEqualTo(200);
            }
        }
    }

    @Test
    void gzipIsSentOnlyWhenTheBrowserAcceptsIt() {
        assertThat(Body.acceptsGzip("gzip, deflate, br")).isTrue();
        assertThat(Body.acceptsGzip("br;q=1.0, gzip;q=0.8")).isTrue();
        assertThat(Body.acceptsGzip("*")).isTrue();
        assertThat(Body.acceptsGzip("gzip;q=0")).isFalse();
        assertThat(Body.acceptsGzip("*;q=1, gzip;q=0")).isFalse();
        assertThat(Body.acceptsGzip("identity")).isFalse();
        assertThat(Body.acceptsGzip("gzip;q=nonsense")).isFalse();
        assertThat(Body.acceptsGzip(null)).isFalse();
    }

    @Test
    void keptPagesLoseTheirIndentationButNeverInsidePreformattedText() {
        byte[] page = "<ul>\n    <li>a</li>\n\t<li>b</li>\n</ul>".getBytes(StandardCharsets.UTF_8);
        assertThat(new String(Renderer.unindented(page), StandardCharsets.UTF_8)).isEqualTo("<ul>\n<li>a</li>\n<li>b</li>\n</ul>");
        byte[] preformatted = "<pre>\n    kept\n</pre>".getBytes(StandardCharsets.UTF_8);
        assertThat(Renderer.unindented(preformatted)).isEqualTo(preformatted);
    }

    private static int rawStatus(String base, String path) throws Exception {
        URI uri = URI.create(base);
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + uri.getHost() + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String statusLine = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            return Integer.parseInt(statusLine.substring(9, 12));
        }
    }
}
