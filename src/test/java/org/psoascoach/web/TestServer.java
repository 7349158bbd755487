package org.psoascoach.web;

import io.javalin.Javalin;
import org.psoascoach.Fixtures;
import org.psoascoach.store.Database;

import java.time.Clock;

/** A real web server on a free loopback port over a real database, as {@code psoas serve} starts it. */
final class TestServer implements AutoCloseable {
    final Database db;
    final Javalin app;
    final String base;

    private final double timeScale;
    private boolean stopped;

    private TestServer(Database db, Javalin app, double timeScale) {
        this.db = db;
        this.app = app;
        this.timeScale = timeScale;
        this.base = "http://127.0.0.1:" + app.port();
    }

    static TestServer start(Database db) { return start(db, 1.0); }

    /** With the session player's clock sped up by {@code timeScale} (0.01: a 30 s hold takes 0.3 s). */
    static TestServer start(Database db, double timeScale) { return start(db, timeScale, 0); }

    static TestServer start(Database db, double timeScale, int port) {
        Javalin app = WebApp.create(db, Fixtures.CATALOG, Fixtures.MESSAGES, Clock.systemUTC(), false, timeScale).start("127.0.0.1", port);
        return new TestServer(db, app, timeScale);
    }

    /** Stops this server and starts a new one on the same port and database: the network comes back. */
    TestServer restart() {
        int port = Integer.parseInt(base.substring(base.lastIndexOf(':') + 1)); // a stopped app no longer knows it
        close();
        return start(db, timeScale, port);
    }

    @Override
    public void close() {
        if (stopped) return;
        stopped = true;
        app.stop();
    }
}
