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

    private TestServer(Database db, Javalin app) {
        this.db = db;
        this.app = app;
        this.base = "http://127.0.0.1:" + app.port();
    }

    static TestServer start(Database db) { return start(db, 1.0); }

    /** With the session player's clock sped up by {@code timeScale} (0.01: a 30 s hold takes 0.3 s). */
    static TestServer start(Database db, double timeScale) {
        Javalin app = WebApp.create(db, Fixtures.CATALOG, Fixtures.MESSAGES, Clock.systemUTC(), false, timeScale).start("127.0.0.1", 0);
        return new TestServer(db, app);
    }

    @Override
    public void close() { app.stop(); }
}
