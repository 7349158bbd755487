package org.psoascoach.web;

import org.psoascoach.web.account.AccountPages;
import org.psoascoach.web.account.AccountSettingsPages;
import org.psoascoach.web.account.ResetPages;
import org.psoascoach.web.api.Api;
import org.psoascoach.web.assessment.AssessmentPages;
import org.psoascoach.web.home.HomePages;
import org.psoascoach.web.http.Assets;
import org.psoascoach.web.http.JettyErrors;
import org.psoascoach.web.http.Pages;
import org.psoascoach.web.http.Renderer;
import org.psoascoach.web.http.RequestChecks;
import org.psoascoach.web.http.SecurityHeaders;
import org.psoascoach.web.http.Settings;
import org.psoascoach.web.http.Visitors;
import org.psoascoach.web.learn.LearnPages;
import org.psoascoach.web.library.LibraryPages;
import org.psoascoach.web.program.ProgramPages;
import org.psoascoach.web.progress.ProgressPages;
import org.psoascoach.web.reminders.ReminderPages;
import org.psoascoach.practice.Practices;
import org.psoascoach.practice.ProgramTemplates;
import org.psoascoach.web.practice.ClientPages;
import org.psoascoach.web.practice.JoinPages;
import org.psoascoach.web.practice.PracticeApi;
import org.psoascoach.web.practice.PracticePages;
import org.psoascoach.web.program.HandoutPages;
import org.psoascoach.web.session.HistoryPages;
import org.psoascoach.web.session.SessionPages;
import org.psoascoach.web.session.TodayPages;

import io.javalin.Javalin;
import org.psoascoach.account.Accounts;
import org.psoascoach.account.KnownDevices;
import org.psoascoach.account.PasswordResets;
import org.psoascoach.account.SignInSessions;
import org.psoascoach.account.SignInThrottle;
import org.psoascoach.export.DataExport;
import org.psoascoach.store.Secrets;
import org.psoascoach.assessment.Assessment;
import org.psoascoach.catalog.Catalog;
import org.psoascoach.catalog.CatalogSearch;
import org.psoascoach.journal.Journal;
import org.psoascoach.language.Messages;
import org.psoascoach.planning.Planner;
import org.psoascoach.progress.SessionLogRules;
import org.psoascoach.reminders.Reminders;
import org.psoascoach.store.Database;

import java.time.Clock;
import java.util.Map;

/**
 * The web app: every route in one place, each handled by the page class of its feature. Pages are
 * rendered on the server (jte); the JSON API under {@code /api/v1} does the same work for programs.
 * No state lives in this process but caches of values that never change, so any number of instances
 * can serve one database.
 */
public final class WebApp {

    private WebApp() {}

    /** The web app over this database, as {@code settings} say (public address, HTTPS, mail). */
    public static Javalin create(Database db, Catalog catalog, Messages english, Clock clock, Settings settings) {
        Planner planner = new Planner(catalog, english);
        Journal journal = new Journal(db, planner, new SessionLogRules(catalog), clock);
        Accounts accounts = new Accounts(db, clock);
        SignInSessions sessions = new SignInSessions(db, clock);
        SignInThrottle throttle = new SignInThrottle(db, clock);
        // the form-token key is the deployment's, read from the database once it is open (`psoas serve` opens it late)
        Visitors visitors = new Visitors(sessions, () -> Secrets.named(db, "form-token-key"), Map.of("en", english), settings.secureCookies());
        Renderer renderer = new Renderer();
        Pages pages = new Pages(visitors, renderer);
        Map<String, String> securityHeaders = SecurityHeaders.all(settings.secureCookies());

        HomePages home = new HomePages(pages);
        Practices practices = new Practices(db, clock);
        AccountPages account = new AccountPages(pages, accounts, throttle, new KnownDevices(db, clock));
        PasswordResets resets = new PasswordResets(db, accounts, sessions, throttle, clock);
        ResetPages reset = new ResetPages(pages, resets, settings, english);
        AccountSettingsPages settingsPages = new AccountSettingsPages(pages, accounts, sessions, new DataExport(db, clock), journal, practices);
        HandoutPages handouts = new HandoutPages(pages, journal, settings);
        Assessment findings = new Assessment(english);
        ProgressPages progress = new ProgressPages(pages, journal, planner, findings);
        PracticePages practice = new PracticePages(pages, practices, journal, settings);
        ProgramTemplates templates = new ProgramTemplates(db, clock);
        ClientPages clients = new ClientPages(pages, practices, accounts, journal, catalog, handouts, progress, templates);
        PracticeApi practiceApi = new PracticeApi(visitors, practices, accounts, journal, catalog, templates);
        JoinPages join = new JoinPages(pages, practices, accounts);
        AssessmentPages assessment = new AssessmentPages(pages, journal, planner, catalog, findings, db, clock, practices, accounts);
        ProgramPages program = new ProgramPages(pages, journal, catalog);
        SessionPages session = new SessionPages(pages, journal, settings.timeScale());
        TodayPages today = new TodayPages(pages, journal, catalog);
        HistoryPages history = new HistoryPages(pages, journal, catalog);
        ReminderPages reminders = new ReminderPages(pages, new Reminders(db, journal, accounts, english, clock), journal, settings);
        LibraryPages library = new LibraryPages(pages, catalog, new CatalogSearch(english));
        LearnPages learn = new LearnPages(pages);
        Api api = new Api(visitors, catalog, planner, journal);
        Assets stylesAndScripts = new Assets("web/static", "public, max-age=3600");
        Assets drawings = new Assets("catalog/figures", "public, max-age=3600");
        // the service worker must come from the root to look after /session; always checked for a newer one
        Assets worker = new Assets("web/worker", "no-cache");
        Assets webjars = new Assets("META-INF/resources/webjars", "public, max-age=31536000, immutable"); // the path names the version

        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.http.generateEtags = false;
            // Jetty builds a ~100 KiB cache of header fields for every new connection; a browser opens several and
            // keeps them for seconds, so under load they outlived the young generation and filled the old one with
            // garbage (a full collection, ~50 ms, every half minute of wrk's reconnecting). Headers are parsed anew.
            config.jetty.modifyHttpConfiguration(http -> http.setHeaderCacheSize(0));
            // what Jetty answers itself (a header too large, a request it cannot read) carries the same headers, no stack
            config.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors(securityHeaders)));
            // sign-in sessions live in the database (Visitors); Jetty's own servlet sessions are never used, and its
            // session handler would otherwise look for a session id among the cookies of every request
            config.jetty.modifyServletContextHandler(handler -> {
                handler.getSessionHandler().setUsingCookies(false);
                handler.getSessionHandler().setUsingUriParameters(false);
            });
            var routes = config.routes;
            routes.before(ctx -> db.awaitOpen()); // `psoas serve` may start listening while the database still opens
            routes.before(ctx -> SecurityHeaders.apply(ctx, securityHeaders));
            routes.before(RequestChecks::check);
            routes.get("/health", ctx -> ctx.result("ok"));
            routes.get("/static/<path>", stylesAndScripts::serve);
            routes.get("/figures/<path>", drawings::serve);
            routes.get("/webjars/<path>", webjars::serve);
            routes.get("/sw.js", ctx -> worker.serve(ctx, "sw.js"));

            routes.get("/", home::show);
            routes.get("/signup", account::signUpForm);
            routes.post("/signup", account::signUp);
            routes.get("/signin", account::signInForm);
            routes.post("/signin", account::signIn);
            routes.post("/signout", account::signOut);
            routes.get("/reset", reset::requestForm);
            routes.post("/reset", reset::request);
            routes.get("/reset/{token}", reset::newPasswordForm);
            routes.post("/reset/{token}", reset::setPassword);

            routes.get("/account", settingsPages::show);
            routes.post("/account/email", settingsPages::changeEmail);
            routes.post("/account/password", settingsPages::changePassword);
            routes.post("/account/devices/others", settingsPages::signOutOthers);
            routes.get("/account/export.json", settingsPages::exportJson);
            routes.get("/account/export.csv", settingsPages::exportCsv);
            routes.post("/account/delete", settingsPages::delete);
            routes.post("/account/practices/{id}/end", settingsPages::endPractice);

            routes.get("/practice", practice::home);
            routes.post("/practice", practice::name);
            routes.post("/practice/invitations", practice::invite);
            routes.post("/practice/clients", practice::addClient);
            routes.get("/practice/clients/{id}", clients::client);
            routes.get("/practice/clients/{id}/handout.pdf", clients::handout);
            routes.post("/practice/clients/{id}/adjustments", clients::adjust);
            routes.post("/practice/clients/{id}/adjustments/{change}/undo", clients::undo);
            routes.post("/practice/clients/{id}/note", clients::note);
            routes.post("/practice/clients/{id}/private-note", clients::privateNote);
            routes.post("/practice/clients/{id}/templates", clients::saveTemplate);
            routes.post("/practice/clients/{id}/templates/apply", clients::applyTemplate);
            routes.post("/practice/clients/{id}/assessment", assessment::clinicStart);
            routes.get("/practice/clients/{id}/assessment/{step}", assessment::clinicStep);
            routes.post("/practice/clients/{id}/assessment/{step}", assessment::clinicAnswer);
            routes.get("/join/{token}", join::show);
            routes.post("/join/{token}", join::accept);

            routes.get("/assessment", assessment::start);
            routes.post("/assessment/restart", assessment::restart);
            routes.post("/assessment/retest", assessment::retest);
            routes.get("/assessment/{step}", assessment::step);
            routes.post("/assessment/{step}", assessment::answer);
            routes.get("/results", assessment::results);

            routes.get("/today", today::show);
            routes.get("/history", history::show);
            routes.get("/program", program::show);
            routes.get("/program/print", program::print);
            routes.get("/program.pdf", handouts::own);
            routes.get("/session", session::show);
            routes.post("/session", session::log);
            routes.get("/session/offline", session::savedOffline);
            routes.get("/progress", progress::show);
            routes.get("/reminders", reminders::show);
            routes.post("/reminders/new", reminders::makeAddress);
            routes.post("/reminders/off", reminders::turnOff);
            routes.post("/reminders/schedule", reminders::choose);
            routes.get("/calendar/{file}", reminders::feed);

            routes.get("/library", library::list);
            routes.get("/library/{id}", library::item);

            routes.get("/learn", learn::index);
            routes.get("/learn/{topic}", learn::topic);

            routes.get("/api/v1/openapi.json", api::openApi);
            routes.get("/api/v1/catalog", api::catalog);
            routes.get("/api/v1/catalog/{id}", api::catalogItem);
            routes.post("/api/v1/plan", api::plan);
            routes.post("/api/v1/assessments", api::assess);
            routes.get("/api/v1/plans", api::plans);
            routes.get("/api/v1/plans/current", api::currentPlan);
            routes.post("/api/v1/sessions", api::logSession);
            routes.get("/api/v1/practice/clients", practiceApi::clients);
            routes.get("/api/v1/practice/clients/{id}", practiceApi::client);
            routes.post("/api/v1/practice/clients/{id}/adjustments", practiceApi::adjust);
            routes.delete("/api/v1/practice/clients/{id}/adjustments/{change}", practiceApi::undo);
            routes.post("/api/v1/practice/clients/{id}/templates", practiceApi::saveTemplate);
            routes.post("/api/v1/practice/clients/{id}/templates/{template}/apply", practiceApi::applyTemplate);
            routes.get("/api/v1/practice/templates", practiceApi::templates);

            routes.exception(RequestChecks.Malformed.class, (e, ctx) -> RequestChecks.answer(ctx, e, pages));
            routes.exception(Visitors.SignInNeeded.class, (e, ctx) -> pages.signInFirst(ctx, e.returnTo));
            routes.exception(Visitors.FormExpired.class, (e, ctx) -> pages.formExpired(ctx));
            routes.exception(Api.Failure.class, (e, ctx) -> api.fail(ctx, e));
            routes.exception(Exception.class, (e, ctx) -> pages.failed(ctx, e));
            routes.error(404, ctx -> pages.notFound(ctx));
        });
    }
}
