package org.psoascoach.journal;

import org.junit.jupiter.api.io.TempDir;
import org.psoascoach.assessment.SessionLog;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.psoascoach.Fixtures;
import org.psoascoach.account.Account;
import org.psoascoach.account.Accounts;
import org.psoascoach.assessment.Activity;
import org.psoascoach.assessment.Intake;
import org.psoascoach.assessment.Side;
import org.psoascoach.assessment.Symptom;
import org.psoascoach.catalog.Equipment;
import org.psoascoach.json.InvalidInputException;
import org.psoascoach.planning.PlannedItem;
import org.psoascoach.planning.ProgressionEvent;
import org.psoascoach.progress.DoneItem;
import org.psoascoach.progress.LoggedSession;
import org.psoascoach.progress.SessionLogRules;
import org.psoascoach.store.Backend;
import org.psoascoach.store.Database;
import org.psoascoach.store.TestClock;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The journal on both real databases: what is saved comes back whole, logs are saved once, and the plan follows the logged weeks. */
class JournalTest {
    @TempDir
    Path folder;

    private final TestClock clock = new TestClock("2026-11-02T08:00:00Z"); // a Monday

    private Journal journal(Database db) {
        return new Journal(db, Fixtures.PLANNER, new SessionLogRules(Fixtures.CATALOG), clock);
    }

    private Account person(Database db) {
        return new Accounts(db, clock).localProfile(ZoneId.of("Europe/Berlin"));
    }

    private static Intake deskWorker() { return deskWorker(20); }

    private static Intake deskWorker(int minutesADay) {
        return Fixtures.intake().tightLeft().sitting(9).activities(Activity.DESK_WORK, Activity.RUNNING).age(41)
                .symptoms(Symptom.FRONT_HIP_PAIN).pain(3, true, false).equipment(Equipment.MAT, Equipment.CHAIR, Equipment.RESISTANCE_BAND)
                .legRaise(18, 27.5).minutes(minutesADay).build();
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aPageOfClientsAtAGlanceReadsOnlyTheWindowAndTheLatestOfEach(Backend backend) {
        try (Database db = backend.open(folder)) {
            Journal journal = journal(db);
            Accounts accounts = new Accounts(db, clock);
            Account ana = accounts.signUp("ana@example.org", "client secret 123", "person", "Europe/Berlin");
            Account ben = accounts.signUp("ben@example.org", "client secret 456", "person", "Europe/Berlin");
            Account cat = accounts.signUp("cat@example.org", "client secret 789", "person", "Europe/Berlin");
            Account dan = accounts.signUp("dan@example.org", "client secret 012", "person", "Europe/Berlin");
            journal.assess(ana, deskWorker());
            journal.assess(ben, Fixtures.intake().balanced().symptoms(Symptom.UNEXPLAINED_WEIGHT_LOSS).equipment(Equipment.MAT).build());
            journal.assess(dan, Fixtures.intake().balanced().symptoms(Symptom.UNEXPLAINED_WEIGHT_LOSS).equipment(Equipment.MAT).build());
            clock.advance(java.time.Duration.ofMinutes(1));
            journal.assess(dan, deskWorker()); // his latest test day has no warning sign any more
            List<DoneItem> planned = org.psoascoach.session.SessionScript.asPlanned(journal.today(ana, journal.today(ana)).orElseThrow().result().plan());
            LocalDate today = journal.today(ana);
            journal.log(ana, new LoggedSession("old", today.minusDays(20), null, null, true, 5, 5, null, planned));
            journal.log(ana, new LoggedSession("a", today.minusDays(3), null, null, true, 4, 4, null, planned));
            journal.log(ana, new LoggedSession("b", today, null, null, false, 2, 5, "flared",
                    planned.stream().map(d -> new DoneItem(d.itemId(), d.side(), 0, d.reps(), d.holdSeconds())).toList()));

            journal.log(dan, new LoggedSession("long-ago", today.minusDays(20), null, null, true, 3, 3, null, planned));

            var glances = journal.glance(List.of(ana.id(), ben.id(), cat.id(), dan.id()), today.minusDays(13));
            Glance a = glances.get(ana.id());
            assertThat(a.lastSession()).isEqualTo(today);
            assertThat(a.sessions()).extracting(SessionLog::painBefore).containsExactly(4, 2); // the window only, in order
            assertThat(a.doneDays()).isEqualTo(1); // the stopped attempt of today has no set done
            assertThat(a.sessionsPerWeek()).isEqualTo(7);
            assertThat(a.warningSign()).isFalse();
            assertThat(a.retestDue()).isNotNull();
            Glance b = glances.get(ben.id());
            assertThat(b.warningSign()).isTrue(); // a warning sign in the latest assessment
            assertThat(b.sessionsPerWeek()).isZero();
            assertThat(b.lastSession()).isNull();
            assertThat(glances.get(cat.id())).isEqualTo(Glance.NONE);
            Glance d = glances.get(dan.id());
            assertThat(d.lastSession()).isEqualTo(today.minusDays(20)); // nothing in the window: the last one before it
            assertThat(d.sessions()).isEmpty();
            assertThat(d.warningSign()).isFalse();
            assertThat(d.sessionsPerWeek()).isEqualTo(7);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aPlanOrASessionSavedBeforeTheListsFiguresHadColumnsIsReadFromWhatItKeeps(Backend backend) {
        try (Database db = backend.open(folder)) {
            Journal journal = journal(db);
            Account me = person(db);
            journal.assess(me, deskWorker());
            LocalDate today = journal.today(me);
            List<DoneItem> planned = org.psoascoach.session.SessionScript.asPlanned(journal.today(me, today).orElseThrow().result().plan());
            journal.log(me, new LoggedSession("done", today, null, null, true, 2, 2, null, planned));
            journal.log(me, new LoggedSession("stopped", today.minusDays(1), null, null, false, 2, 2, null,
                    planned.stream().map(d -> new DoneItem(d.itemId(), d.side(), 0, d.reps(), d.holdSeconds())).toList()));
            Integer perWeek = db.jdbi().withHandle(h -> h.createQuery("SELECT sessions_per_week FROM plan").mapTo(Integer.class).one());
            assertThat(perWeek).isEqualTo(7);
            List<Integer> setsDone = db.jdbi().withHandle(h -> h.createQuery("SELECT sets_done FROM session_log ORDER BY performed_on")
                    .mapTo(Integer.class).list());
            assertThat(setsDone).containsExactly(0, planned.stream().mapToInt(DoneItem::sets).sum());
            Glance kept = journal.glance(List.of(me.id()), today.minusDays(13)).get(me.id());

            // as V11 leaves the rows saved before it (and as an export made before it imports)
            db.jdbi().useHandle(h -> {
                h.execute("UPDATE plan SET sessions_per_week = NULL");
                h.execute("UPDATE session_log SET sets_done = NULL");
            });

            Glance read = journal.glance(List.of(me.id()), today.minusDays(13)).get(me.id());
            assertThat(read).isEqualTo(kept);
            assertThat(read.sessionsPerWeek()).isEqualTo(7);
            assertThat(read.doneDays()).isEqualTo(1);
            assertThat(journal.record(me).plans()).singleElement().extracting(PlanRecord::sessionsPerWeek).isEqualTo(7);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aSavedAssessmentReadsBackAsTheSameIntakeWithItsPlanAndRetestDate(Backend backend) {
        try (Database db = backend.open(folder)) {
            Journal journal = journal(db);
            Account me = person(db);
            Journal.Assessed saved = journal.assess(me, deskWorker());

            Journal.Record record = journal.record(me);
            assertThat(record.assessments()).hasSize(1);
            assertThat(record.assessments().get(0).intake()).isEqualTo(deskWorker());
            assertThat(record.plans()).singleElement().satisfies(p -> {
                assertThat(p.reason()).isEqualTo(PlanReason.ASSESSMENT);
                assertThat(p.catalogVersion()).isEqualTo(Fixtures.CATALOG.version());
                assertThat(p.planJson()).contains("\"sessionsPerWeek\": 7");
                assertThat(p.intakeJson()).contains("\"sittingHoursPerDay\": 9");
            });
            assertThat(saved.retestDue()).isEqualTo(LocalDate.parse("2026-11-16"));
            assertThat(record.retestDue()).isEqualTo(LocalDate.parse("2026-11-16"));
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aRedFlagAssessmentIsSavedWithoutAPlanAndBooksNoRetest(Backend backend) {
        try (Database db = backend.open(folder)) {
            Journal journal = journal(db);
            Account me = person(db);
            Journal.Assessed saved = journal.assess(me, Fixtures.intake().tightLeft().symptoms(Symptom.CAUDA_EQUINA_SIGNS).build());
            assertThat(saved.result().plan()).isNull();
            assertThat(saved.retestDue()).isNull();
            assertThat(journal.today(me, LocalDate.parse("2026-11-02")).orElseThrow().result().plan()).isNull();
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aRetriedSubmitWithTheSameKeyMakesOneLog(Backend backend) {
        try (Database db = backend.open(folder)) {
            Journal journal = journal(db);
            Account me = person(db);
            journal.assess(me, deskWorker());
            LoggedSession session = session("retry-1", "2026-11-02", 3, 2, true);

            assertThat(journal.log(me, session).status()).isEqualTo(Journal.Logged.Status.SAVED);
            assertThat(journal.log(me, session).status()).isEqualTo(Journal.Logged.Status.ALREADY_SAVED);
            assertThat(journal.record(me).sessions()).containsExactly(session);
            assertThat(count(db, "session_log")).isEqualTo(1);
            assertThat(count(db, "session_log_item")).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aKeyReusedForADifferentSessionIsRefusedByField(Backend backend) {
        try (Database db = backend.open(folder)) {
            Journal journal = journal(db);
            Account me = person(db);
            journal.log(me, session("k", "2026-11-02", 3, 2, true));
            assertThatThrownBy(() -> journal.log(me, session("k", "2026-11-02", 5, 2, true)))
                    .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("$.idempotencyKey: was already used");
            assertThat(journal.record(me).sessions()).extracting(LoggedSession::painBefore).containsExactly(3);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void badLogsAreRefusedFieldByFieldAndNothingIsWritten(Backend backend) {
        try (Database db = backend.open(folder)) {
            Journal journal = journal(db);
            Account me = person(db);
            LoggedSession bad = new LoggedSession("bad key!", LocalDate.parse("2026-11-02"), null, null, true, 11, -1, null,
                    List.of(new DoneItem("no-such-item", Side.LEFT, 3, 10, null), new DoneItem("kneeling-lunge", Side.BOTH, 99, null, 30),
                            new DoneItem("modified-thomas-test", Side.LEFT, 1, 1, null)));
            assertThatThrownBy(() -> journal.log(me, bad)).isInstanceOfSatisfying(InvalidInputException.class, e ->
                    assertThat(e.problems()).extracting(p -> p.path()).containsExactly("$.idempotencyKey", "$.painBefore", "$.painAfter",
                            "$.items[0].id", "$.items[1].side", "$.items[1].sets", "$.items[2].id"));
            assertThat(count(db, "session_log")).isZero();
            assertThat(count(db, "session_log_item")).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void theProgressWindowReadsItsWeeksAndTheTestDayInEffectWhenItStarts(Backend backend) {
        try (Database db = backend.open(folder)) {
            Journal journal = journal(db);
            Account me = person(db);
            for (String day : new String[]{"2026-11-02", "2026-11-16", "2026-11-30"}) {
                clock.at(LocalDate.parse(day));
                journal.assess(me, deskWorker());
            }
            for (String day : new String[]{"2026-11-03", "2026-11-20", "2026-12-01"}) {
                clock.at(LocalDate.parse(day));
                journal.log(me, session("on-" + day, day, 3, 2, true));
            }
            Journal.Window window = journal.window(me, LocalDate.parse("2026-11-20"));
            assertThat(window.assessments()).extracting(AssessmentRecord::takenOn)
                    .containsExactly(LocalDate.parse("2026-11-16"), LocalDate.parse("2026-11-30"));
            assertThat(window.sessions()).extracting(org.psoascoach.assessment.SessionLog::date)
                    .containsExactly(LocalDate.parse("2026-11-20"), LocalDate.parse("2026-12-01"));
            assertThat(window.retestDue()).isEqualTo(LocalDate.parse("2026-12-14"));
            assertThat(journal.lastTwo(me)).extracting(AssessmentRecord::takenOn)
                    .containsExactly(LocalDate.parse("2026-11-16"), LocalDate.parse("2026-11-30"));
            // before the first test day, the window starts with the first one
            assertThat(journal.window(me, LocalDate.parse("2026-10-01")).assessments()).hasSize(3);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aCompletedWeekWithoutMorePainRaisesTheDoseAndTodaySaysWhy(Backend backend) {
        try (Database db = backend.open(folder)) {
            Journal journal = journal(db);
            Account me = person(db);
            journal.assess(me, deskWorker());
            LocalDate monday = LocalDate.parse("2026-11-02");
            Journal.Today first = journal.today(me, monday).orElseThrow();
            int holdBefore = stretchHold(first);
            assertThat(first.changed()).isNull();

            for (int day = 0; day < 7; day++) {
                clock.at(monday.plusDays(day));
                journal.log(me, session("w1-" + day, monday.plusDays(day).toString(), 3, 2, true));
            }
            Journal.Today nextWeek = journal.today(me, monday.plusDays(7)).orElseThrow();

            assertThat(stretchHold(nextWeek)).isEqualTo(holdBefore + 5);
            assertThat(nextWeek.changed().kind()).isEqualTo(ProgressionEvent.Kind.DOSE_UP);
            assertThat(nextWeek.plan().reason()).isEqualTo(PlanReason.PROGRESSION);
            assertThat(journal.record(me).plans()).hasSize(2);
            // asking again changes nothing and writes no further plan
            assertThat(journal.today(me, monday.plusDays(7)).orElseThrow().changed()).isNull();
            assertThat(journal.record(me).plans()).hasSize(2);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aSessionWithPainUpByTwoStepsBackToThePreviousDose(Backend backend) {
        try (Database db = backend.open(folder)) {
            Journal journal = journal(db);
            Account me = person(db);
            journal.assess(me, deskWorker());
            LocalDate monday = LocalDate.parse("2026-11-02");
            int start = stretchHold(journal.today(me, monday).orElseThrow());
            for (int day = 0; day < 7; day++) {
                clock.at(monday.plusDays(day));
                journal.log(me, session("w1-" + day, monday.plusDays(day).toString(), 3, 2, true));
            }
            assertThat(stretchHold(journal.today(me, monday.plusDays(7)).orElseThrow())).isEqualTo(start + 5);

            clock.at(monday.plusDays(8));
            journal.log(me, session("flare", monday.plusDays(8).toString(), 2, 4, true));
            Journal.Today after = journal.today(me, monday.plusDays(9)).orElseThrow();
            assertThat(stretchHold(after)).isEqualTo(start);
            assertThat(after.changed().kind()).isEqualTo(ProgressionEvent.Kind.STEP_BACK);
            assertThat(after.changed().painAfter()).isEqualTo(4);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void todaysPlanGoesOnFromTheWeeksCountedAndALateLogForACountedWeekCountsThemAgain(Backend backend) {
        try (Database db = backend.open(folder)) {
            Journal journal = journal(db);
            Account me = person(db);
            Intake answers = deskWorker();
            journal.assess(me, answers);
            LocalDate monday = LocalDate.parse("2026-11-02");
            java.util.Random random = new java.util.Random(19);
            LocalDate day = monday;
            for (int n = 0; n < 120; n++, day = day.plusDays(1)) {
                clock.at(day);
                int before = random.nextInt(5), after = Math.max(0, before + random.nextInt(4) - 1); // now and then up by 2
                journal.log(me, session("d" + n, day.toString(), before, after, random.nextInt(8) > 0));
                if (n % 5 == 0) journal.today(me, day); // the program page now and then, as a person opens it
            }
            LocalDate last = day.minusDays(1);
            Journal.Today today = journal.today(me, last).orElseThrow();
            assertThat(today.plan().planJson()).isEqualTo(everyLogReplayed(journal, me, answers));
            // whole weeks are counted up to the latest log's week: a plan reads that week's logs, not all 120
            assertThat(countedWeeks(db, me)).hasSize(1);
            assertThat(countedWeeks(db, me).get(0)).isAfter(last.minusDays(7)).isBeforeOrEqualTo(last);

            // a session logged late, for a day of a counted week, with a pain rise that steps the dose back
            clock.at(last);
            journal.log(me, session("late", monday.plusDays(20).toString(), 1, 5, true));
            assertThat(countedWeeks(db, me)).isEmpty();
            assertThat(journal.today(me, last).orElseThrow().plan().planJson()).isEqualTo(everyLogReplayed(journal, me, answers));
            assertThat(countedWeeks(db, me)).hasSize(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void theProgramALogIsCheckedAgainstIsTodaysAndAChangedPlanIsSavedOnceBeforeTheLog(Backend backend) {
        try (Database db = backend.open(folder)) {
            Journal journal = journal(db);
            Account me = person(db);
            journal.assess(me, deskWorker());
            LocalDate monday = LocalDate.parse("2026-11-02");
            for (int day = 0; day < 7; day++) {
                clock.at(monday.plusDays(day));
                journal.log(me, session("w1-" + day, monday.plusDays(day).toString(), 3, 2, true));
            }
            // the week raised the dose and nobody has looked yet: the program is the new one, saved before anything is logged
            assertThat(journal.record(me).plans()).hasSize(1);
            LocalDate next = monday.plusDays(7);
            clock.at(next);
            var checkedAgainst = new java.util.concurrent.atomic.AtomicReference<org.psoascoach.planning.PlanResult>();
            journal.log(me, "no revision kept", next, program -> {
                checkedAgainst.set(program.orElseThrow());
                return session("w2-0", next.toString(), 3, 2, true);
            });
            assertThat(journal.record(me).plans()).hasSize(2);
            String today = org.psoascoach.contract.PlanJson.write(journal.today(me, next).orElseThrow().result());
            assertThat(org.psoascoach.contract.PlanJson.write(checkedAgainst.get())).isEqualTo(today);
            assertThat(journal.record(me).plans()).hasSize(2); // and reading it again saves nothing more
            journal.log(me, "no revision kept", next, program -> {
                checkedAgainst.set(program.orElseThrow());
                return session("w2-1", next.toString(), 3, 2, true);
            });
            assertThat(org.psoascoach.contract.PlanJson.write(checkedAgainst.get())).isEqualTo(today);
            assertThat(journal.record(me).plans()).hasSize(2);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aLogCheckedAgainstTheProgramIsMadeFromTodaysProgramSavedWithItAndARefusalSavesNeither(Backend backend) {
        try (Database db = backend.open(folder)) {
            Journal journal = journal(db);
            Account me = person(db);
            LocalDate monday = LocalDate.parse("2026-11-02");
            clock.at(monday);
            journal.log(me, "no revision kept", monday, program -> {
                assertThat(program).as("no test day yet: no program").isEmpty();
                return session("w0", monday.toString(), 3, 3, true);
            });
            journal.assess(me, deskWorker());
            for (int day = 0; day < 7; day++) {
                clock.at(monday.plusDays(day));
                journal.log(me, session("w1-" + day, monday.plusDays(day).toString(), 3, 2, true));
            }
            LocalDate next = monday.plusDays(7);
            clock.at(next);
            // the week raised the dose, unsaved yet: a refusal while checking the log against it keeps nothing of either
            assertThatThrownBy(() -> journal.log(me, "no revision kept", next, program -> {
                throw new IllegalStateException("refused");
            })).hasMessage("refused");
            assertThat(journal.record(me).plans()).hasSize(1);
            assertThatThrownBy(() -> journal.log(me, "no revision kept", next, program -> session("bad", next.toString(), 3, 11, true)))
                    .isInstanceOf(InvalidInputException.class);
            assertThat(journal.record(me).sessions()).hasSize(8);
            var checkedAgainst = new java.util.concurrent.atomic.AtomicReference<org.psoascoach.planning.PlanResult>();
            Journal.Logged logged = journal.log(me, "no revision kept", next, program -> {
                checkedAgainst.set(program.orElseThrow());
                return session("w2-0", next.toString(), 3, 2, true);
            });
            assertThat(logged.status()).isEqualTo(Journal.Logged.Status.SAVED);
            assertThat(journal.record(me).plans()).as("the new plan, saved with the log").hasSize(2);
            assertThat(journal.record(me).sessions()).hasSize(9);
            assertThat(org.psoascoach.contract.PlanJson.write(checkedAgainst.get()))
                    .isEqualTo(journal.record(me).plans().get(1).planJson());
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aDayWorkedOutBeforeTheRecordChangedIsNotTheProgramALogIsCheckedAgainst(Backend backend) {
        try (Database db = backend.open(folder)) {
            Journal journal = journal(db);
            Account me = person(db);
            LocalDate day = LocalDate.parse("2026-11-02");
            clock.at(day);
            journal.assess(me, deskWorker());
            String shownAt = db.read(h -> org.psoascoach.account.Revisions.of(h, me.id()));
            Journal.Today shown = journal.current(me, shownAt, day).orElseThrow(); // the program page, kept at that revision
            // an hour later a new test day on another device, with less time a day: another plan
            clock.advance(java.time.Duration.ofHours(1));
            journal.assess(me, deskWorker(10));
            var checkedAgainst = new java.util.concurrent.atomic.AtomicReference<org.psoascoach.planning.PlanResult>();
            journal.log(me, shownAt, day, program -> { // sent from the page still showing the first plan
                checkedAgainst.set(program.orElseThrow());
                return session("after", day.toString(), 3, 2, true);
            });
            String now = org.psoascoach.contract.PlanJson.write(journal.today(me, day).orElseThrow().result());
            assertThat(now).isNotEqualTo(org.psoascoach.contract.PlanJson.write(shown.result()));
            assertThat(org.psoascoach.contract.PlanJson.write(checkedAgainst.get())).isEqualTo(now);
        }
    }

    /** The plan made from every log of the record, the way it was made before weeks were counted. */
    private static String everyLogReplayed(Journal journal, Account who, Intake answers) {
        List<SessionLog> all = journal.record(who).sessions().stream().map(LoggedSession::forProgression).toList();
        return org.psoascoach.contract.PlanJson.write(Fixtures.PLANNER.plan(answers.withHistory(all)));
    }

    private static List<LocalDate> countedWeeks(Database db, Account who) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT next_week FROM progression_counted WHERE account_id = :a")
                .bind("a", who.id()).map((rs, ctx) -> LocalDate.parse(rs.getString(1))).list());
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void everyWriteToTheRecordMakesANewRevisionAndReadingMakesNone(Backend backend) {
        try (Database db = backend.open(folder)) {
            Journal journal = journal(db);
            Account me = person(db);
            LocalDate monday = LocalDate.parse("2026-11-02");
            journal.assess(me, deskWorker());
            String assessed = revision(db, me);
            Journal.Today today = journal.current(me, assessed, monday).orElseThrow();
            assertThat(today.revision()).isEqualTo(assessed);
            assertThat(journal.current(me, assessed, monday).orElseThrow()).isSameAs(today); // kept, not read again
            assertThat(revision(db, me)).isEqualTo(assessed);

            journal.log(me, session("one", "2026-11-02", 3, 2, true));
            String logged = revision(db, me);
            assertThat(logged).isNotEqualTo(assessed);
            assertThat(journal.current(me, logged, monday).orElseThrow().loggedToday()).isEqualTo(1);
            journal.log(me, session("one", "2026-11-02", 3, 2, true)); // the same session sent again is not a change
            assertThat(revision(db, me)).isEqualTo(logged);

            for (int day = 1; day < 7; day++) {
                clock.at(monday.plusDays(day));
                journal.log(me, session("w1-" + day, monday.plusDays(day).toString(), 3, 2, true));
            }
            String weekLogged = revision(db, me);
            Journal.Today nextWeek = journal.current(me, weekLogged, monday.plusDays(7)).orElseThrow();
            assertThat(nextWeek.changed()).isNotNull(); // the logged week raised the dose: a new plan row, so a new revision
            assertThat(nextWeek.revision()).isEqualTo(revision(db, me)).isNotEqualTo(weekLogged);
        }
    }

    private static String revision(Database db, Account who) {
        return db.jdbi().withHandle(h -> org.psoascoach.account.Revisions.of(h, who.id()));
    }

    private static int stretchHold(Journal.Today today) {
        PlannedItem stretch = today.result().plan().items().stream().filter(i -> i.item().id().equals("kneeling-lunge") && i.side() == Side.LEFT)
                .findFirst().orElseThrow();
        return stretch.dose().holdSeconds();
    }

    static LoggedSession session(String key, String date, int before, int after, boolean completed) {
        return new LoggedSession(key, LocalDate.parse(date), null, null, completed, before, after, null,
                List.of(new DoneItem("kneeling-lunge", Side.LEFT, 4, null, 30), new DoneItem("breath-release", Side.BOTH, 1, null, 60)));
    }

    static int count(Database db, String table) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Integer.class).one());
    }
}
