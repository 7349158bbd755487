package org.psoascoach.web.api;

import org.psoascoach.web.http.ProblemDocument;

import org.psoascoach.web.http.Visitor;
import org.psoascoach.web.http.Visitors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.psoascoach.account.Account;
import org.psoascoach.catalog.Catalog;
import org.psoascoach.contract.CatalogJson;
import org.psoascoach.contract.IntakeReader;
import org.psoascoach.contract.PlanJson;
import org.psoascoach.contract.SessionLogReader;
import org.psoascoach.journal.Journal;
import org.psoascoach.journal.PlanRecord;
import org.psoascoach.json.InvalidInputException;
import org.psoascoach.json.Problem;
import org.psoascoach.planning.Plan;
import org.psoascoach.planning.PlanResult;
import org.psoascoach.planning.Planner;
import org.psoascoach.progress.DoneItem;
import org.psoascoach.progress.LoggedSession;
import org.psoascoach.session.SessionScript;
import org.psoascoach.store.Ids;
import org.psoascoach.store.Times;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The JSON API under {@code /api/v1}: the catalog, intake → plan (the same contract as {@code psoas plan}),
 * and a signed-in person's assessments and plans. Every error is {@code application/problem+json} with
 * one entry per field at fault. Documented in {@code /api/v1/openapi.json}; a test calls every route
 * it documents.
 */
public final class Api {
    public static final String CSRF_HEADER = "X-CSRF-Token";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Visitors visitors;
    private final Catalog catalog;
    private final Planner planner;
    private final Journal journal;
    private final String catalogJson;
    private final byte[] openApi;

    public Api(Visitors visitors, Catalog catalog, Planner planner, Journal journal) {
        this.visitors = visitors;
        this.catalog = catalog;
        this.planner = planner;
        this.journal = journal;
        this.catalogJson = CatalogJson.write(catalog);
        try (InputStream in = Api.class.getResourceAsStream("/web/openapi.json")) {
            this.openApi = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An API request that cannot be served: answered as a problem document. */
    public static final class Failure extends RuntimeException {
        public final HttpStatus status;
        public final String title;
        public final List<Problem> problems;

        public Failure(HttpStatus status, String title, String detail, List<Problem> problems) {
            super(detail, null, false, false);
            this.status = status;
            this.title = title;
            this.problems = problems;
        }
    }

    public void openApi(Context ctx) { ctx.contentType("application/json").result(openApi); }

    public void catalog(Context ctx) { json(ctx, HttpStatus.OK, catalogJson); }

    public void catalogItem(Context ctx) {
        String id = ctx.pathParam("id");
        var item = catalog.find(id).orElseThrow(() -> new Failure(HttpStatus.NOT_FOUND, "Not found",
                "No catalog item with id \"" + id + "\"", List.of(new Problem("id", "is not a catalog item id"))));
        json(ctx, HttpStatus.OK, CatalogJson.item(item).toString());
    }

    /** Intake JSON in, plan JSON out; nothing is saved. */
    public void plan(Context ctx) {
        var intake = intake(ctx);
        json(ctx, HttpStatus.OK, PlanJson.write(planner.plan(intake)));
    }

    /** Saves an assessment for the signed-in person and answers with the plan it makes. */
    public void assess(Context ctx) {
        Account who = account(ctx);
        checkCsrf(ctx);
        var intake = intake(ctx);
        Journal.Assessed assessed = journal.assess(who, intake);
        ObjectNode body = JSON.createObjectNode();
        body.put("assessmentId", assessed.assessment().id());
        body.put("planId", assessed.plan().id());
        if (assessed.retestDue() == null) body.putNull("retestDue");
        else body.put("retestDue", assessed.retestDue().toString());
        body.set("result", PlanJson.tree(assessed.result()));
        ctx.header("Location", "/api/v1/plans/current");
        json(ctx, HttpStatus.CREATED, body.toString());
    }

    /** The signed-in person's saved plans, newest first (without their bodies). */
    public void plans(Context ctx) {
        Account who = account(ctx);
        ArrayNode array = JSON.createArrayNode();
        List<PlanRecord> plans = journal.record(who).plans();
        for (int i = plans.size() - 1; i >= 0; i--) {
            PlanRecord p = plans.get(i);
            array.addObject().put("id", p.id()).put("assessmentId", p.assessmentId()).put("createdAt", Times.text(p.createdAt()))
                    .put("reason", p.reason().id()).put("triageLevel", p.triageLevel()).put("catalogVersion", p.catalogVersion());
        }
        json(ctx, HttpStatus.OK, array.toString());
    }

    /** The current plan: the latest assessment with the logged weeks applied. */
    public void currentPlan(Context ctx) {
        Account who = account(ctx);
        Optional<Journal.Today> today = journal.current(who, visitors.of(ctx).revision(), journal.today(who));
        if (today.isEmpty()) {
            throw new Failure(HttpStatus.NOT_FOUND, "No plan yet", "This account has no assessment yet; POST one to /api/v1/assessments",
                    List.of());
        }
        ObjectNode body = JSON.createObjectNode();
        body.put("planId", today.get().plan().id());
        if (today.get().retestDue() == null) body.putNull("retestDue");
        else body.put("retestDue", today.get().retestDue().toString());
        body.set("result", PlanJson.tree(today.get().result()));
        json(ctx, HttpStatus.OK, body.toString());
    }

    /**
     * Logs a session (the session log JSON of {@code psoas log}); without items, the current plan as done in full.
     * 201 when saved; 200 with the first one when a session with this idempotency key was saved before, which is
     * what a retried or queued offline send gets. Send a key: without one, every send is a new session.
     */
    public void logSession(Context ctx) {
        Account who = account(ctx);
        checkCsrf(ctx);
        if (!visitors.sameAccount(ctx, ctx.header(Visitors.ACCOUNT_HEADER))) {
            // a log queued on a shared browser under another person's sign-in: it waits for that person
            throw new Failure(HttpStatus.FORBIDDEN, "Another account's log", "This log was made under another account on this device",
                    List.of(new Problem("$", "was made under another account; sign in as that person to send it")));
        }
        requireJson(ctx, "the session");
        LocalDate today = journal.today(who);
        SessionLogReader.Read read;
        try {
            read = SessionLogReader.read(new String(ctx.bodyAsBytes(), StandardCharsets.UTF_8), today, Ids::next);
        } catch (InvalidInputException e) {
            throw new Failure(HttpStatus.BAD_REQUEST, "Invalid session", e.problems().size() + " problem(s) in the session; see errors", e.problems());
        }
        Journal.Logged logged;
        try {
            logged = journal.log(who, visitors.of(ctx).revision(), today, program -> {
                Plan plan = program.map(PlanResult::plan).orElse(null);
                // built once: this runs on the database's single writer, inside the log's own write
                List<DoneItem> planned = plan == null ? List.of() : SessionScript.asPlanned(plan);
                LoggedSession session = read.session();
                if (!read.itemsGiven()) {
                    if (plan == null) {
                        throw new Failure(HttpStatus.CONFLICT, "No plan to log against", "There is no current plan; send the items that were done",
                                List.of(new Problem("$.items", "is required when there is no current plan")));
                    }
                    session = session.withItems(planned);
                }
                // "completed" is the server's to decide, from the sets done against the current plan; a client's own is ignored
                return session.decided(planned);
            });
        } catch (InvalidInputException e) {
            throw new Failure(HttpStatus.BAD_REQUEST, "Invalid session", e.problems().size() + " problem(s) in the session; see errors", e.problems());
        }
        ObjectNode body = JSON.createObjectNode();
        boolean saved = logged.status() == Journal.Logged.Status.SAVED;
        body.put("status", saved ? "saved" : "already-saved");
        body.put("idempotencyKey", logged.session().idempotencyKey());
        body.put("date", logged.session().date().toString());
        json(ctx, saved ? HttpStatus.CREATED : HttpStatus.OK, body.toString());
    }

    private void checkCsrf(Context ctx) { checkCsrf(ctx, visitors.of(ctx)); }

    /** A signed-in API write carries this session's CSRF token in {@link #CSRF_HEADER}; else 403. */
    public static void checkCsrf(Context ctx, Visitor visitor) {
        String token = ctx.header(CSRF_HEADER);
        if (token == null || !token.equals(visitor.csrf())) {
            throw new Failure(HttpStatus.FORBIDDEN, "Missing or wrong CSRF token",
                    "Send the " + CSRF_HEADER + " header given with any signed-in API response", List.of(new Problem(CSRF_HEADER, "must be this session's token")));
        }
    }

    /** A body sent as anything but JSON: 415. */
    public static void requireJson(Context ctx, String what) {
        String type = ctx.contentType();
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            throw new Failure(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type", "Send " + what + " as application/json",
                    List.of(new Problem("Content-Type", "must be application/json")));
        }
    }

    public void fail(Context ctx, Failure f) { ProblemDocument.send(ctx, f.status, f.title, f.getMessage(), f.problems); }

    private org.psoascoach.assessment.Intake intake(Context ctx) {
        requireJson(ctx, "the intake");
        try {
            return IntakeReader.read(new String(ctx.bodyAsBytes(), StandardCharsets.UTF_8));
        } catch (InvalidInputException e) {
            throw new Failure(HttpStatus.BAD_REQUEST, "Invalid intake", e.problems().size() + " problem(s) in the intake; see errors",
                    e.problems());
        }
    }

    private Account account(Context ctx) {
        Visitor visitor = visitors.of(ctx);
        if (!visitor.signedIn()) {
            throw new Failure(HttpStatus.UNAUTHORIZED, "Sign in first", "This route needs a signed-in session (the psoas_session cookie)",
                    List.of());
        }
        ctx.header(CSRF_HEADER, visitor.csrf());
        return visitor.account();
    }

    private static void json(Context ctx, HttpStatus status, String body) {
        ctx.status(status).contentType("application/json").result(body);
    }
}
