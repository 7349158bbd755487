package org.psoascoach.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psoascoach.store.Backend;
import org.psoascoach.store.Database;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every malformed request gets a 4xx with the security headers, Jetty's own answers included, and leaves no stack
 * trace in the server's log. Sent over a raw socket: an HTTP client library refuses to send most of these.
 */
class MalformedRequestsTest {
    @TempDir
    Path folder;

    /** A request as bytes: the request line and headers (CRLF added), then an optional body. */
    private record Raw(String name, String head, String body) {}

    private static List<Raw> requests() {
        String json = "{\"tests\": {}}";
        return List.of(
                new Raw("json with a path as charset", "POST /api/v1/plan HTTP/1.1\r\nContent-Type: application/json; charset=../../etc", json),
                new Raw("json with an unknown charset", "POST /api/v1/plan HTTP/1.1\r\nContent-Type: application/json; charset=x-unknown-1", json),
                new Raw("form with a path as charset", "POST /signin HTTP/1.1\r\nContent-Type: application/x-www-form-urlencoded; charset=../../etc", "email=a"),
                new Raw("session log with a bad charset", "POST /api/v1/sessions HTTP/1.1\r\nContent-Type: application/json; charset=\"utf-99\"", json),
                new Raw("%u escape in a path parameter", "GET /library/%u0041 HTTP/1.1", null),
                new Raw("%u escape at the root", "GET /%u0041 HTTP/1.1", null),
                new Raw("%u escape in a learn topic", "GET /learn/%u002e%u002e HTTP/1.1", null),
                new Raw("a broken escape", "GET /library/%zz HTTP/1.1", null),
                new Raw("an escaped NUL", "GET /library/a%00b HTTP/1.1", null),
                new Raw("bytes that are not UTF-8", "GET /learn/%FF%FE HTTP/1.1", null),
                new Raw("a broken escape in the query", "GET /library?q=%zz HTTP/1.1", null),
                new Raw("a NUL in the request line", "GET /lib\0rary HTTP/1.1", null),
                new Raw("a header too large", "GET / HTTP/1.1\r\nX-Big: " + "a".repeat(20_000), null),
                new Raw("a control character in a header", "GET / HTTP/1.1\r\nX-Odd: a\u0001b", null),
                new Raw("a path climbing out of the static folder", "GET /static/../../etc/passwd HTTP/1.1", null),
                new Raw("JSON that is not JSON", "POST /api/v1/plan HTTP/1.1\r\nContent-Type: application/json", "{\"tests\": [}"),
                new Raw("a form field that is a bad escape", "POST /signin HTTP/1.1\r\nContent-Type: application/x-www-form-urlencoded", "email=%zz&password=%"),
                new Raw("an unknown method", "BREW /program HTTP/1.1", null),
                new Raw("a very long path", "GET /" + "a".repeat(9000) + " HTTP/1.1", null));
    }

    @Test
    void everyMalformedRequestGetsA4xxWithTheSecurityHeadersAndNoStackTrace() throws Exception {
        List<LogRecord> logged = new ArrayList<>();
        Handler capture = new Handler() {
            @Override public void publish(LogRecord r) { if (r.getThrown() != null) logged.add(r); }
            @Override public void flush() {}
            @Override public void close() {}
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        PrintStream err = System.err;
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
        try (Database db = Backend.SQLITE.open(folder); TestServer server = TestServer.start(db)) {
            int port = Integer.parseInt(server.base.substring(server.base.lastIndexOf(':') + 1));
            for (Raw raw : requests()) {
                String response = send(port, raw);
                int status = Integer.parseInt(response.substring(9, 12));
                assertThat(status).as(raw.name() + ": " + response.lines().findFirst().orElse("")).isBetween(400, 499);
                String head = response.substring(0, Math.max(0, response.indexOf("\r\n\r\n"))).toLowerCase();
                assertThat(head).as(raw.name() + " has the security headers").contains("content-security-policy:").contains("x-content-type-options: nosniff");
                assertThat(response).as(raw.name()).doesNotContain("Exception").doesNotContain("\tat ");
            }
        } finally {
            System.setErr(err);
            root.removeHandler(capture);
        }
        assertThat(logged).as("log records with a stack trace").isEmpty();
        assertThat(stderr.toString(StandardCharsets.UTF_8)).as("the server's log").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aLanguageHeaderNoOneCanReadIsNotTheVisitorsFaultThePageComesInEnglish() throws Exception {
        try (Database db = Backend.SQLITE.open(folder); TestServer server = TestServer.start(db)) {
            int port = Integer.parseInt(server.base.substring(server.base.lastIndexOf(':') + 1));
            String response = send(port, new Raw("a bad Accept-Language", "GET / HTTP/1.1\r\nAccept-Language: ;;;q=x,*-*-*", null));
            assertThat(response).startsWith("HTTP/1.1 200").contains("lang=\"en\"");
        }
    }

    private static String send(int port, Raw raw) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            byte[] body = raw.body() == null ? new byte[0] : raw.body().getBytes(StandardCharsets.UTF_8);
            String head = raw.head() + "\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close\r\n"
                    + (raw.body() == null ? "" : "Content-Length: " + body.length + "\r\n") + "\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
