package org.psoascoach.web;

import org.psoascoach.web.http.Settings;

import io.javalin.Javalin;
import org.psoascoach.Fixtures;
import org.psoascoach.store.Database;

import java.time.Clock;

/** A real web server on a free loopback port over a real database, as {@code psoas serve} starts it. */
public final class TestServer implements AutoCloseable {
    public final Database db;
    public final Javalin app;
    public final String base;

    private final Settings settings;
    private boolean stopped;

    private TestServer(Database db, Javalin app, Settings settings) {
        this.db = db;
        this.app = app;
        this.settings = settings;
        this.base = "http://127.0.0.1:" + app.port();
    }

    public Settings settings() { return settings; }

    public static TestServer start(Database db) { return start(db, 1.0); }

    /** With the session player's clock sped up by {@code timeScale} (0.01: a 30 s hold takes 0.3 s). */
    public static TestServer start(Database db, double timeScale) { return start(db, s -> s.withTimeScale(timeScale)); }

    /** With settings changed from the defaults (a mail server, HTTPS cookies…); the public address is the server's own unless changed. */
    public static TestServer start(Database db, java.util.function.UnaryOperator<Settings> change) {
        int port = freePort();
        return start(db, change.apply(Settings.at("http://127.0.0.1:" + port)), port);
    }

    private static TestServer start(Database db, Settings settings, int port) {
        Javalin app = WebApp.create(db, Fixtures.CATALOG, Fixtures.MESSAGES, Clock.systemUTC(), settings).start("127.0.0.1", port);
        return new TestServer(db, app, settings);
    }

    private static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Stops this server and starts a new one on the same port and database: the network comes back. */
    public TestServer restart() {
        int port = app.port() > 0 ? app.port() : Integer.parseInt(base.substring(base.lastIndexOf(':') + 1));
        close();
        return start(db, settings, port);
    }

    @Override
    public void close() {
        if (stopped) return;
        stopped = true;
        app.stop();
    }
}
