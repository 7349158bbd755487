package org.psoascoach.web.session;

import org.psoascoach.web.http.Frame;
import org.psoascoach.web.http.Pages;
import org.psoascoach.web.http.Text;
import org.psoascoach.web.http.Visitors;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.psoascoach.account.Account;
import org.psoascoach.assessment.Side;
import org.psoascoach.journal.Journal;
import org.psoascoach.json.InvalidInputException;
import org.psoascoach.json.Problem;
import org.psoascoach.planning.Plan;
import org.psoascoach.progress.DoneItem;
import org.psoascoach.session.SessionScript;
import org.psoascoach.progress.LoggedSession;
import org.psoascoach.store.Ids;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Today's guided session: the player and the log form on one page (the form works without scripts), and the
 * page that confirms a logged session and says what it changed in the plan. A log is saved once per key:
 * sending the same form again, as a reload or an offline queue may, finds the first one.
 */
public final class SessionPages {
    private static final int MAX_ITEMS = 60;
    private static final Pattern PROBLEM_ITEM = Pattern.compile("\\$\\.items\\[(\\d+)]\\.(\\w+)");

    private final Pages pages;
    private final Journal journal;
    private final double timeScale;

    public SessionPages(Pages pages, Journal journal, double timeScale) {
        this.pages = pages;
        this.journal = journal;
        this.timeScale = timeScale;
    }

    public void show(Context ctx) {
        Account who = pages.visitors.account(ctx);
        Optional<Journal.Today> day = day(ctx, who);
        if (day.isEmpty()) return;
        LocalDate today = journal.today(who);
        Map<String, String> values = new HashMap<>();
        values.put("key", Ids.next()); // chosen now, so that every later send of this form is the same session
        values.put("date", today.toString());
        render(ctx, day.get(), new SessionView.SessionForm(values, Map.of()));
    }

    public void log(Context ctx) {
        pages.visitors.checkForm(ctx);
        Account who = pages.visitors.account(ctx);
        Text t = pages.visitor(ctx).text();
        Optional<Journal.Today> day = day(ctx, who);
        if (day.isEmpty()) return;
        Plan plan = day.get().result().plan();
        if (!pages.visitors.sameAccount(ctx, ctx.formParam("account"))) {
            // opened under another person's sign-in on this browser: never saved into this record
            ctx.status(HttpStatus.CONFLICT);
            pages.message(ctx, "session.otherAccount.title", Frame.Section.PROGRAM, "session.otherAccount.body");
            return;
        }
        Map<String, String> values = new LinkedHashMap<>();
        ctx.formParamMap().forEach((name, list) -> { if (!list.isEmpty() && !name.equals(Visitors.CSRF_FIELD)) values.put(name, list.get(0)); });
        Map<String, String> errors = new LinkedHashMap<>();
        LoggedSession session = read(values, errors, t);
        // the server alone decides "completed": from the sets done against today's plan, not the form's own figures
        if (session != null) session = session.decided(SessionScript.asPlanned(plan));
        if (errors.isEmpty()) {
            int stepBefore = plan.progression().step();
            try {
                Journal.Logged logged = journal.log(who, session);
                done(ctx, who, logged, stepBefore);
                return;
            } catch (InvalidInputException e) {
                for (Problem p : e.problems()) errors.putIfAbsent(field(p.path()), message(t, p));
            }
        }
        ctx.status(HttpStatus.BAD_REQUEST);
        render(ctx, day.get(), new SessionView.SessionForm(values, errors));
    }

    /**
     * What the service worker shows when a log form was sent without a network: the log is kept on the device and
     * sent when a page opens with a network again. Kept by the worker when it installs, so it holds nothing personal.
     */
    public void savedOffline(Context ctx) {
        pages.message(ctx, "session.offline.title", Frame.Section.PROGRAM, "session.offline.body");
    }

    private void done(Context ctx, Account who, Journal.Logged logged, int stepBefore) {
        LoggedSession s = logged.session();
        // read afresh: the log has just made a new revision, and may have moved the dose
        Plan after = journal.today(who, journal.today(who)).map(d -> d.result().plan()).orElse(null);
        String change = null;
        if (after != null && after.progression().step() != stepBefore && !after.progressionChanges().isEmpty()) {
            change = after.progressionChanges().get(after.progressionChanges().size() - 1);
        }
        int setsDone = s.items().stream().mapToInt(DoneItem::sets).sum();
        Text t = pages.visitor(ctx).text();
        String outcome = s.stopped() ? t.get("session.done.stopped")
                : s.completed() ? t.get("session.done.complete", setsDone) : t.get("session.done.partial", setsDone);
        DoneView view = new DoneView(logged.status() == Journal.Logged.Status.ALREADY_SAVED, s, t.date(s.date()), outcome,
                s.painAfter() - s.painBefore() >= org.psoascoach.planning.Progression.PAIN_RISE_THAT_MATTERS, change);
        pages.show(ctx, "session.done.title", Frame.Section.PROGRAM, frame -> pages.templates.sessionDone(frame, view));
    }

    /** The plan today, or a redirect to where the person has to go first (the assessment, or the results that rule a plan out). */
    private Optional<Journal.Today> day(Context ctx, Account who) {
        Optional<Journal.Today> today = journal.current(who, pages.visitor(ctx).revision(), journal.today(who));
        if (today.isEmpty()) {
            ctx.redirect("/assessment", HttpStatus.SEE_OTHER);
            return Optional.empty();
        }
        if (today.get().result().plan() == null) {
            ctx.redirect("/results", HttpStatus.SEE_OTHER);
            return Optional.empty();
        }
        return today;
    }

    private void render(Context ctx, Journal.Today day, SessionView.SessionForm form) {
        Text t = pages.visitor(ctx).text();
        SessionView view = SessionView.of(day.result().plan(), form.value("date", ""), t, timeScale, form, day.loggedToday());
        pages.show(ctx, "session.title", Frame.Section.PROGRAM, frame -> pages.templates.sessionPlayer(frame, view));
    }

    /** The session the form describes; what cannot be read goes into {@code errors} by field, in the visitor's words. */
    private static LoggedSession read(Map<String, String> v, Map<String, String> errors, Text t) {
        Integer before = pain(v, "painBefore", errors, t), after = pain(v, "painAfter", errors, t);
        LocalDate date = null;
        try {
            date = LocalDate.parse(v.getOrDefault("date", ""));
        } catch (DateTimeParseException e) {
            errors.put("form", t.get("session.error.date"));
        }
        String notes = v.getOrDefault("notes", "");
        if (notes.length() > LoggedSession.MAX_NOTES) errors.put("notes", t.get("session.error.notes", LoggedSession.MAX_NOTES));
        List<DoneItem> items = new ArrayList<>();
        for (int i = 0; i < MAX_ITEMS && v.containsKey("items." + i + ".id"); i++) {
            String p = "items." + i + ".";
            Integer sets = whole(v.get(p + "sets"));
            if (sets == null || sets < 0 || sets > DoneItem.MAX_SETS) {
                errors.put(p + "sets", t.get("session.error.sets", DoneItem.MAX_SETS));
                continue;
            }
            Side side = Side.fromId(v.get(p + "side"));
            items.add(new DoneItem(v.get(p + "id"), side, sets, whole(v.get(p + "reps")), whole(v.get(p + "hold"))));
        }
        if (!errors.isEmpty()) return null;
        return new LoggedSession(v.get("key"), date, instant(v.get("startedAt")), instant(v.get("finishedAt")), false, before, after,
                notes, items);
    }

    private static Integer pain(Map<String, String> v, String field, Map<String, String> errors, Text t) {
        Integer value = whole(v.get(field));
        if (value == null || value < 0 || value > 10) {
            errors.put(field, t.get("session.error.pain"));
            return null;
        }
        return value;
    }

    private static Integer whole(String text) {
        if (text == null || text.isBlank()) return null;
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The player's clock readings; informative only, so a reading that is not an instant is left out. */
    private static Instant instant(String text) {
        if (text == null || text.isBlank()) return null;
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The form field a problem of the session rules is about ({@code $.items[2].sets} → {@code items.2.sets}). */
    public static String field(String path) {
        Matcher m = PROBLEM_ITEM.matcher(path);
        if (m.matches()) return m.group(2).equals("sets") ? "items." + m.group(1) + ".sets" : "form";
        return switch (path) {
            case "$.painBefore" -> "painBefore";
            case "$.painAfter" -> "painAfter";
            case "$.notes" -> "notes";
            default -> "form";
        };
    }

    private static String message(Text t, Problem p) {
        return switch (p.path()) {
            case "$.idempotencyKey" -> t.get("session.error.keyUsed");
            case "$.date" -> t.get("session.error.date");
            case "$.painBefore", "$.painAfter" -> t.get("session.error.pain");
            case "$.notes" -> t.get("session.error.notes", LoggedSession.MAX_NOTES);
            default -> p.path().endsWith(".sets") ? t.get("session.error.sets", DoneItem.MAX_SETS) : t.get("session.error.plan");
        };
    }
}
