package org.psoascoach.journal;

import org.psoascoach.account.Account;
import org.psoascoach.account.Revisions;
import org.psoascoach.assessment.Intake;
import org.psoascoach.assessment.SessionLog;
import org.psoascoach.contract.IntakeJson;
import org.psoascoach.contract.PlanJson;
import org.psoascoach.json.InvalidInputException;
import org.psoascoach.json.Problem;
import org.psoascoach.planning.Plan;
import org.psoascoach.planning.PlanResult;
import org.psoascoach.planning.Planner;
import org.psoascoach.planning.Progression;
import org.psoascoach.planning.ProgressionEvent;
import org.psoascoach.planning.Adjustment;
import org.psoascoach.planning.Adjustments;
import org.psoascoach.planning.SessionDays;
import org.psoascoach.progress.LoggedSession;
import org.psoascoach.progress.SessionLogRules;
import org.psoascoach.store.Database;
import org.psoascoach.store.Ids;
import org.psoascoach.store.PlainStatement;
import org.psoascoach.store.Recent;
import org.psoascoach.store.Times;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A person's record over months: saves assessments with the plan they make and the next re-test
 * date, keeps the plan in step with the logged weeks (SPEC §1.3), and logs sessions exactly once.
 * Every write is one transaction: it is all there, or none of it is.
 */
public final class Journal {
    private final Database db;
    private final Planner planner;
    private final SessionLogRules rules;
    private final Clock clock;
    /** A day holds the plan and its answers, some tens of KiB: a bound that fits the default heap with room to spare. */
    private final Recent<Day, Today> days = new Recent<>(256);

    private record Day(String account, String revision, LocalDate date) {}

    /*
     * What never changes once written, kept so that a log and the page after it do not read and work it out again:
     * an assessment by id, a saved plan by id, and the plan the planner makes of an assessment at a progression
     * state (the planner is a pure function of the two: SPEC, "the same input always gives the same output").
     */
    private final Recent<String, AssessmentRecord> assessments = new Recent<>(256);
    private final Recent<String, PlanRecord> savedPlans = new Recent<>(256);
    private final Recent<Made, Planned> planned = new Recent<>(256);
    /** Sessions a week the rules give an assessment's answers, by assessment id: its answers never change. */
    private final Recent<String, Integer> sessionsPerWeek = new Recent<>(256);

    private record Made(String assessmentId, Progression.State state) {}

    private record Planned(PlanResult result, String json) {}

    public Journal(Database db, Planner planner, SessionLogRules rules, Clock clock) {
        this.db = db;
        this.planner = planner;
        this.rules = rules;
        this.clock = clock;
    }

    /** Saves a test day and the plan it makes; books the re-test when there is a plan. The assessment replaces any draft. */
    public Assessed assess(Account who, Intake answers) { return assess(who, answers, null); }

    /** As {@link #assess(Account, Intake)}, made in the clinic by a practitioner ({@code clinic} says who, and any clearance). */
    public Assessed assess(Account who, Intake answers, AssessmentRecord.Clinic clinic) {
        Instant now = Times.stored(clock.instant());
        LocalDate today = today(who);
        Intake intake = answers.withHistory(List.of()); // the saved answers; earlier logs come from the journal itself
        AssessmentRecord assessment = new AssessmentRecord(Ids.next(), now, today, intake, clinic);
        return db.write(h -> {
            Revisions.lock(h, who.id());
            Weeks weeks = new Weeks(h, who.id());
            PlanResult result = planner.plan(intake, weeks);
            weeks.keep();
            new AssessmentStore(h).insert(who.id(), assessment);
            AssessmentDrafts.discard(h, who.id());
            PlanRecord plan = planRecord(assessment, result, PlanReason.ASSESSMENT, now);
            new PlanStore(h).insert(who.id(), plan);
            RetestStore retests = new RetestStore(h);
            retests.closeOpen(who.id(), assessment.id());
            LocalDate retest = null;
            if (result.plan() != null) {
                retest = today.plusDays(result.plan().retestAfterDays());
                retests.schedule(who.id(), assessment.id(), retest);
            }
            Revisions.renew(h, who.id());
            return new Assessed(assessment, plan, result, retest);
        });
    }

    /**
     * Today's plan: the latest assessment planned again with the logged weeks, so the dose follows them. When that
     * changes the plan, the new plan is saved and {@code changed} says why. Reads a bounded number of rows whatever the
     * history: the progression goes on from the weeks already counted (kept as they are counted), and the rest reads
     * one day, one week or one row. Read in a snapshot; written (the new plan, the weeks counted) only when something is.
     */
    public Optional<Today> today(Account who, LocalDate date) {
        Optional<Today> read = db.read(h -> work(h, who, date, false));
        // null: something is to be written; the writer works the day out again, holding the account
        if (read != null) return read;
        return db.write(h -> {
            Revisions.lock(h, who.id()); // a log saved meanwhile either came before this, and is read, or waits for it
            return work(h, who, date, true);
        });
    }

    /** Today's plan worked out in {@code h}; with {@code mayWrite} false, null when something needs to be written first. */
    private Optional<Today> work(org.jdbi.v3.core.Handle h, Account who, LocalDate date, boolean mayWrite) {
        Newest ids = Newest.read(h, who.id());
        if (ids.assessmentId() == null) return Optional.empty();
        AssessmentRecord latest = latestAssessment(h, who, ids);
        Weeks weeks = new Weeks(h, who.id());
        Planned made = planned(latest, weeks);
        PlanResult result = made.result();
        PlanStore plans = new PlanStore(h);
        PlanRecord previous = savedPlan(h, who, ids);
        boolean planChanged = changedSince(previous, latest, made);
        if (!mayWrite && (planChanged || weeks.advanced())) return null;
        weeks.keep();
        PlanRecord current = previous;
        ProgressionEvent change = null;
        if (planChanged) {
            // same answers, same catalog: only the logged weeks can have changed the plan
            PlanReason reason = previous != null && !previous.catalogVersion().equals(result.catalogVersion())
                    ? PlanReason.CATALOG : PlanReason.PROGRESSION;
            current = planRecord(latest, result, reason, Times.stored(clock.instant()));
            plans.insert(who.id(), current);
            Revisions.renew(h, who.id());
            if (reason == PlanReason.PROGRESSION && result.plan() != null) change = result.plan().progression().last();
        }
        // a practitioner's changes, applied to the plan the rules made wherever the rules still allow them
        AdjustmentStore adjustmentStore = new AdjustmentStore(h);
        Adjustments.Adjusted adjusted = Adjustments.apply(result, adjustmentStore.forClient(who.id()), planner.catalog(), planner.messages());
        List<ClientNote> notes = adjustmentStore.notes(who.id());
        SessionLogStore logs = new SessionLogStore(h);
        int loggedToday = logs.countOn(who.id(), date);
        LocalDate retest = new RetestStore(h).nextDue(who.id()).orElse(null);
        LocalDate monday = date.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
        List<LocalDate> doneThisWeek = logs.doneDaysFrom(who.id(), monday);
        LocalDate began = new AssessmentStore(h).firstTakenOn(who.id()).orElse(latest.takenOn());
        Schedule schedule = schedule(h, who.id());
        return Optional.of(new Today(date, latest, current, adjusted.result(), change, loggedToday, retest, doneThisWeek, began,
                schedule, adjusted.applied(), adjusted.notApplied(), notes, Revisions.of(h, who.id())));
    }

    /** The ids of the account's latest assessment and newest saved plan, each null when there is none: one statement. */
    record Newest(String assessmentId, String planId) {
        static final String SQL = "SELECT (" + AssessmentStore.LATEST_ID + "), (" + PlanStore.LATEST_ID + ")";

        static Newest read(org.jdbi.v3.core.Handle h, String accountId) {
            try (PlainStatement newest = PlainStatement.of(h, SQL)) { // every log reads it, on SQLite in the writer
                return newest.text(accountId).text(accountId).first(rs -> new Newest(rs.getString(1), rs.getString(2))).orElseThrow();
            }
        }
    }

    /** The account's latest assessment (there is one: {@code ids} has its id), kept by id: an assessment never changes. */
    private AssessmentRecord latestAssessment(org.jdbi.v3.core.Handle h, Account who, Newest ids) {
        return assessments.get(ids.assessmentId(), () -> new AssessmentStore(h).latest(who.id()).orElseThrow());
    }

    /** The account's newest saved plan, or null, kept by id: a saved plan never changes. */
    private PlanRecord savedPlan(org.jdbi.v3.core.Handle h, Account who, Newest ids) {
        if (ids.planId() == null) return null;
        return savedPlans.get(ids.planId(), () -> new PlanStore(h).byId(who.id(), ids.planId()).orElseThrow());
    }

    /** Whether the plan the rules make now differs from the one saved (none saved, another test day, another dose). */
    private static boolean changedSince(PlanRecord saved, AssessmentRecord latest, Planned made) {
        return saved == null || !saved.assessmentId().equals(latest.id()) || !saved.planJson().equals(made.json());
    }

    /** The plan the rules make of this assessment with the logged weeks ({@code weeks} reads them), kept by its inputs. */
    private Planned planned(AssessmentRecord latest, Weeks weeks) {
        int perWeek = sessionsPerWeek.get(latest.id(), () -> planner.sessionsPerWeek(latest.intake()));
        Progression.State state = perWeek == 0 ? Progression.State.START : weeks.apply(perWeek);
        return planned.get(new Made(latest.id(), state), () -> {
            PlanResult r = planner.plan(latest.intake(), n -> state);
            return new Planned(r, PlanJson.write(r));
        });
    }

    /**
     * The program as it stands, with the practice's changes, read in {@code h}: what a session being logged is checked
     * against. Only what makes the plan is read (the latest assessment's id, the weeks counted, the days since, the saved
     * plan's id, the changes): a handful of rows. Empty when there is no assessment; null when the plan changed since it
     * was saved (then today's plan is to be made and saved first).
     */
    private Optional<PlanResult> programIn(org.jdbi.v3.core.Handle h, Account who) {
        Newest ids = Newest.read(h, who.id());
        if (ids.assessmentId() == null) return Optional.empty();
        AssessmentRecord latest = latestAssessment(h, who, ids);
        Planned made = planned(latest, new Weeks(h, who.id()));
        if (changedSince(savedPlan(h, who, ids), latest, made)) return null;
        return Optional.of(Adjustments.apply(made.result(), new AdjustmentStore(h).forClient(who.id()), planner.catalog(),
                planner.messages()).result());
    }

    /**
     * The progression for the plan being made, gone on from the weeks counted for its sessions a week with the logs
     * since (SPEC §1.3, {@link Progression#resume}); {@link #keep} saves how far whole weeks
     * are counted now, in the writing transaction that holds the account's lock.
     */
    private static final class Weeks implements java.util.function.IntFunction<Progression.State> {
        private final org.jdbi.v3.core.Handle h;
        private final String accountId;
        private int sessionsPerWeek;
        private Progression.Counted counted, through;

        Weeks(org.jdbi.v3.core.Handle h, String accountId) {
            this.h = h;
            this.accountId = accountId;
        }

        @Override
        public Progression.State apply(int sessionsPerWeek) {
            this.sessionsPerWeek = sessionsPerWeek;
            counted = new ProgressionStore(h).counted(accountId, sessionsPerWeek);
            var counting = Progression.resume(counted, new SessionLogStore(h).days(accountId, counted.nextWeek()),
                    sessionsPerWeek);
            through = counting.through();
            return counting.state();
        }

        /** Whether whole weeks were counted past what was kept (the first week alone is not worth a row). */
        boolean advanced() {
            return through != null && !through.equals(counted) && through.nextWeek().isAfter(through.firstDay());
        }

        void keep() {
            if (advanced()) new ProgressionStore(h).keep(accountId, sessionsPerWeek, through);
        }
    }

    /**
     * Today's plan as {@link #today(Account, LocalDate)} gives it, without reading the record again when the
     * account's revision (read with the sign-in session) is one this server has already worked the day out at.
     * Every write to the record makes a new revision in its own transaction, so a kept day is exact on every
     * server. This is what keeps the program page fast.
     */
    public Optional<Today> current(Account who, String revision, LocalDate date) {
        Today kept = days.get(new Day(who.id(), revision, date));
        if (kept != null) return Optional.of(kept);
        Optional<Today> today = today(who, date);
        // kept under the revision it was read at, which is newer than the one asked for if a write came in between
        today.ifPresent(t -> days.put(new Day(who.id(), t.revision(), date), t));
        return today;
    }

    /**
     * Saves a logged session once. A retried submit with the same idempotency key and the same content
     * is acknowledged again without a second row; the same key with other content is refused.
     */
    public Logged log(Account who, LoggedSession session) {
        List<Problem> problems = rules.check(session, today(who));
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        Instant now = Times.stored(clock.instant());
        String id = Ids.ordered(now.toEpochMilli());
        LoggedSession stored = normalised(session);
        return db.write(h -> {
            Revisions.lock(h, who.id()); // before reading or writing: a plan being made meanwhile reads this log, or is read by it
            return save(h, who, id, stored, now);
        });
    }

    /**
     * As {@link #log(Account, LoggedSession)}, for a session that is only complete once checked against the program as
     * it stands ({@link #programIn}, or the day this server worked out at {@code revision} if the record has not changed
     * since): {@code against} makes it from the program (empty when there is none), in the same transaction as the
     * save, so the program it was checked against is the one it is saved under. On SQLite that transaction is the
     * writer's, whose page cache holds what the program reads; a request's own read of it began with a cold cache after
     * every write (issue 19). {@code against} may refuse by throwing: nothing is saved.
     */
    public Logged log(Account who, String revision, LocalDate date, java.util.function.Function<Optional<PlanResult>, LoggedSession> against) {
        Today kept = days.get(new Day(who.id(), revision, date));
        Instant now = Times.stored(clock.instant());
        String id = Ids.ordered(now.toEpochMilli());
        return db.write(h -> {
            Revisions.lock(h, who.id());
            // the day worked out before is the program only if nothing was written to the record since
            Optional<PlanResult> program = kept != null && kept.revision().equals(Revisions.of(h, who.id()))
                    ? Optional.of(kept.result()) : programIn(h, who);
            if (program == null) program = work(h, who, date, true).map(Today::result); // changed since saved: saved first
            LoggedSession session = against.apply(program);
            List<Problem> problems = rules.check(session, date);
            if (!problems.isEmpty()) throw new InvalidInputException(problems);
            return save(h, who, id, normalised(session), now);
        });
    }

    private Logged save(org.jdbi.v3.core.Handle h, Account who, String id, LoggedSession stored, Instant now) {
        SessionLogStore logs = new SessionLogStore(h);
        if (logs.insertIfNew(who.id(), id, stored, now)) {
            new ProgressionStore(h).logSavedFor(who.id(), stored.date()); // a log for a week already counted: count again
            // the practices' lists order by each client's latest session through an index: kept with the log
            try (PlainStatement latest = PlainStatement.of(h,
                    "UPDATE practice_client SET last_session_on = ? WHERE client_id = ? AND last_session_on < ?")) {
                latest.text(Times.text(stored.date())).text(who.id()).text(Times.text(stored.date())).update();
            }
            Revisions.renew(h, who.id());
            return new Logged(Logged.Status.SAVED, stored);
        }
        LoggedSession earlier = logs.byKey(who.id(), stored.idempotencyKey()).orElseThrow();
        if (earlier.sameContentAs(stored)) return new Logged(Logged.Status.ALREADY_SAVED, earlier);
        throw new InvalidInputException(List.of(new Problem("$.idempotencyKey",
                "was already used for a different session on " + earlier.date() + "; use a new key for a new session")));
    }

    /** Everything the account has recorded, oldest first. */
    public Record record(Account who) {
        return db.read(h -> new Record(new AssessmentStore(h).all(who.id()), new PlanStore(h).all(who.id()),
                new SessionLogStore(h).all(who.id()), new RetestStore(h).nextDue(who.id()).orElse(null)));
    }

    /**
     * What the progress page shows of the record: the test days from {@code from} on with the one still in effect on
     * that day, the sessions done from then on, and the next re-test. Reads only the window, so its cost does not grow
     * with the years of history before it.
     */
    public Window window(Account who, LocalDate from) {
        return db.read(h -> new Window(new AssessmentStore(h).inEffectFrom(who.id(), from),
                new SessionLogStore(h).summariesFrom(who.id(), from), new SessionLogStore(h).doneDaysFrom(who.id(), from),
                new RetestStore(h).nextDue(who.id()).orElse(null)));
    }

    /** The sessions logged from {@code from} to {@code to}, both included, with their items, pain and notes, in the order done. */
    public List<LoggedSession> sessions(Account who, LocalDate from, LocalDate to) {
        return db.read(h -> new SessionLogStore(h).between(who.id(), from, to));
    }

    /** The day of the latest session logged before {@code day}, if there is one. */
    public Optional<LocalDate> latestSessionBefore(Account who, LocalDate day) {
        return db.read(h -> new SessionLogStore(h).latestBefore(who.id(), day));
    }

    /** A page of clients at a glance, by account id: a few queries for the whole page, the sessions from {@code from} on. */
    public Map<String, Glance> glance(List<String> accountIds, LocalDate from) {
        if (accountIds.isEmpty()) return Map.of();
        // a glance, not a record: no snapshot taken around its statements (a transaction is two more round trips), so a
        // session logged while the page is read may show in one figure and not yet in another, until the next look
        return db.jdbi().withHandle(h -> new GlanceStore(h).of(accountIds, from));
    }

    /** The person's chosen days and reminder time ({@link Schedule#NONE} until they choose). */
    public Schedule schedule(Account who) { return db.read(h -> schedule(h, who.id())); }

    /** Keeps the person's days and reminder time; the program, Today and the calendar follow them from now on. */
    public void choose(Account who, Schedule schedule) {
        String now = Times.text(Times.stored(clock.instant()));
        db.useWrite(h -> {
            int updated = h.createUpdate("UPDATE session_schedule SET days = :days, remind_at = :at, updated_at = :now WHERE account_id = :a")
                    .bind("a", who.id()).bind("days", schedule.storedDays()).bind("at", schedule.remindAt().toString()).bind("now", now).execute();
            if (updated == 0) {
                h.createUpdate("INSERT INTO session_schedule (account_id, days, remind_at, updated_at) VALUES (:a, :days, :at, :now)")
                        .bind("a", who.id()).bind("days", schedule.storedDays()).bind("at", schedule.remindAt().toString()).bind("now", now).execute();
            }
            Revisions.renew(h, who.id()); // the week shown on every server changes with it
        });
    }

    private static Schedule schedule(org.jdbi.v3.core.Handle h, String accountId) {
        return h.createQuery("SELECT days, remind_at FROM session_schedule WHERE account_id = :a").bind("a", accountId)
                .map((rs, ctx) -> new Schedule(Schedule.readDays(rs.getString(1)), java.time.LocalTime.parse(rs.getString(2))))
                .findOne().orElse(Schedule.NONE);
    }

    /** The latest assessment and the one before it, oldest first (fewer when there are fewer): what a re-test compares. */
    public List<AssessmentRecord> lastTwo(Account who) {
        return db.read(h -> new AssessmentStore(h).latest(who.id(), 2));
    }

    /** The person's local date now. */
    public LocalDate today(Account who) { return LocalDate.now(clock.withZone(who.timeZone())); }

    private PlanRecord planRecord(AssessmentRecord assessment, PlanResult result, PlanReason reason, Instant at) {
        return new PlanRecord(Ids.next(), assessment.id(), at, reason, result.triage().level().id(), step(result),
                result.catalogVersion(), IntakeJson.write(assessment.intake()), PlanJson.write(result),
                result.plan() == null ? 0 : result.plan().sessionsPerWeek());
    }

    private static int step(PlanResult result) {
        Plan plan = result.plan();
        return plan == null ? 0 : plan.progression().step();
    }

    /** What the database keeps: instants to the millisecond, blank notes as none. */
    private static LoggedSession normalised(LoggedSession s) {
        String notes = s.notes() == null || s.notes().isBlank() ? null : s.notes().strip();
        return new LoggedSession(s.idempotencyKey(), s.date(), Times.stored(s.startedAt()), Times.stored(s.finishedAt()), s.completed(),
                s.painBefore(), s.painAfter(), notes, s.items());
    }

    public record Assessed(AssessmentRecord assessment, PlanRecord plan, PlanResult result, LocalDate retestDue) {}

    /**
     * Today's session: the plan, what changed in it and why (null when nothing did), sessions already logged today, the re-test date,
     * the days of this week (Monday on) with a session done, and the day the program began (the first test day).
     * {@code revision} is the account's revision it was read at: the same revision and date give the same day.
     */
    public record Today(LocalDate date, AssessmentRecord assessment, PlanRecord plan, PlanResult result, ProgressionEvent changed,
                        int loggedToday, LocalDate retestDue, List<LocalDate> doneThisWeek, LocalDate began, Schedule schedule,
                        List<Adjustment> adjustments, List<Adjustments.NotApplied> notApplied, List<ClientNote> notes, String revision) {
        public boolean retestIsDue() { return retestDue != null && !date.isBefore(retestDue); }

        /** The program's session days this week: the person's own when they chose as many as the plan has, else the even spread. */
        public java.util.Set<java.time.DayOfWeek> sessionDays() {
            return result.plan() == null ? java.util.Set.of() : SessionDays.of(result.plan().sessionsPerWeek(), schedule.days());
        }

        /** Whether days were chosen that no longer match the plan's sessions a week (a re-test changed it). */
        public boolean scheduleIsStale() {
            return result.plan() != null && !schedule.days().isEmpty() && schedule.days().size() != result.plan().sessionsPerWeek();
        }
    }

    /** A practice's note to the client, shown with the program. */
    public record ClientNote(String practice, String text, String by, Instant at) {}

    /** Keeps a practitioner's change to the client's program (the caller has checked the practice may). */
    public void adjust(Account client, String practiceId, Adjustment adjustment) {
        String now = Times.text(Times.stored(clock.instant()));
        db.useWrite(h -> {
            new AdjustmentStore(h).put(client.id(), practiceId, adjustment, now);
            Revisions.renew(h, client.id()); // the program on every server follows
        });
    }

    /** Takes a practitioner's change back; returns whether there was one. */
    public boolean undoAdjustment(Account client, String practiceId, String adjustmentId) {
        return db.write(h -> {
            int undone = new AdjustmentStore(h).undo(client.id(), practiceId, adjustmentId);
            Revisions.renew(h, client.id());
            return undone == 1;
        });
    }

    /** The practice's note to the client (empty text takes it away). */
    public void note(Account client, String practiceId, String text, String by) {
        String now = Times.text(Times.stored(clock.instant()));
        db.useWrite(h -> {
            new AdjustmentStore(h).note(client.id(), practiceId, text, by, now);
            Revisions.renew(h, client.id());
        });
    }

    public record Logged(Status status, LoggedSession session) {
        public enum Status { SAVED, ALREADY_SAVED }
    }

    /** A window of the record, oldest first: see {@link #window}. */
    /** {@code sessions}: every logged session, stopped attempts included (their pain counts); {@code doneDays}: the days with a set done. */
    public record Window(List<AssessmentRecord> assessments, List<SessionLog> sessions, List<LocalDate> doneDays, LocalDate retestDue) {}

    /** Everything one account has recorded. */
    public record Record(List<AssessmentRecord> assessments, List<PlanRecord> plans, List<LoggedSession> sessions, LocalDate retestDue) {}
}
