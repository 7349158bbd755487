package org.psoascoach.journal;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Update;
import org.psoascoach.assessment.Activity;
import org.psoascoach.assessment.Condition;
import org.psoascoach.assessment.Intake;
import org.psoascoach.assessment.Pain;
import org.psoascoach.assessment.Person;
import org.psoascoach.assessment.SidePair;
import org.psoascoach.assessment.Symptom;
import org.psoascoach.assessment.TestResults;
import org.psoascoach.assessment.TestResults.HoldTest;
import org.psoascoach.assessment.TestResults.LegRaiseTest;
import org.psoascoach.assessment.TestResults.ResistedTest;
import org.psoascoach.assessment.TestResults.ThomasTest;
import org.psoascoach.catalog.Equipment;
import org.psoascoach.store.Times;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The SQL for assessments: one row of answers, one row per test and side, one row per chosen code. */
final class AssessmentStore {
    static final String HOLD = org.psoascoach.assessment.TestId.STANDING_HIP_FLEXION_HOLD.id(),
            THOMAS = org.psoascoach.assessment.TestId.MODIFIED_THOMAS.id(),
            LEG_RAISE = org.psoascoach.assessment.TestId.PRONE_LEG_RAISE.id(),
            RESISTED = org.psoascoach.assessment.TestId.RESISTED_HIP_FLEXION.id();

    private final Handle h;

    AssessmentStore(Handle h) { this.h = h; }

    void insert(String accountId, AssessmentRecord a) {
        Intake in = a.intake();
        Person p = in.person();
        h.createUpdate("""
                        INSERT INTO assessment (id, account_id, taken_at, taken_on, age, sitting_hours_per_day, pregnancy_week,
                                                cleared_by_clinician, pain_now, pain_chronic, pain_worsening, minutes_per_session,
                                                assessed_by, cleared_by, cleared_on)
                        VALUES (:id, :account, :takenAt, :takenOn, :age, :sitting, :week, :cleared, :painNow, :chronic, :worsening, :minutes,
                                :assessedBy, :clearedBy, :clearedOn)""")
                .bind("assessedBy", a.clinic() == null ? null : a.clinic().assessedBy())
                .bind("clearedBy", a.clinic() == null ? null : a.clinic().clearedBy())
                .bind("clearedOn", a.clinic() == null ? null : Times.text(a.clinic().clearedOn()))
                .bind("id", a.id()).bind("account", accountId).bind("takenAt", Times.text(a.takenAt())).bind("takenOn", Times.text(a.takenOn()))
                .bind("age", p.age()).bind("sitting", p.sittingHoursPerDay()).bind("week", p.pregnancyWeek())
                .bind("cleared", p.clearedByClinician()).bind("painNow", in.pain().now()).bind("chronic", in.pain().chronic())
                .bind("worsening", in.pain().worsening()).bind("minutes", in.minutesPerSession())
                .execute();

        for (Activity x : p.activities()) code(a.id(), "activity", x.id());
        for (Condition x : in.conditions()) code(a.id(), "condition", x.id());
        for (Symptom x : in.symptoms()) code(a.id(), "symptom", x.id());
        for (Equipment x : in.equipment()) code(a.id(), "equipment", x.id());

        TestResults t = in.tests();
        sides(t.standingHipFlexionHold(), (side, r) -> test(a.id(), HOLD, side).bind("seconds", r.seconds()).bind("stable", r.pelvisStable()).execute());
        sides(t.modifiedThomas(), (side, r) -> test(a.id(), THOMAS, side).bind("rests", r.thighRestsOnTable())
                .bind("arched", r.lowBackArched()).bind("hip", r.hipAngleDeg()).bind("knee", r.kneeAngleDeg()).execute());
        sides(t.proneLegRaise(), (side, r) -> test(a.id(), LEG_RAISE, side).bind("height", r.heightCm()).execute());
        sides(t.resistedHipFlexion(), (side, r) -> test(a.id(), RESISTED, side).bind("grade", r.grade()).execute());
    }

    private void code(String assessmentId, String kind, String code) {
        h.createUpdate("INSERT INTO assessment_answer (assessment_id, kind, code) VALUES (:id, :kind, :code)")
                .bind("id", assessmentId).bind("kind", kind).bind("code", code).execute();
    }

    /** An insert of one test row with every measure null; the caller binds the ones this test has. */
    private Update test(String id, String test, String side) {
        return h.createUpdate("""
                        INSERT INTO test_result (assessment_id, test, side, seconds, pelvis_stable, thigh_rests_on_table, low_back_arched,
                                                 hip_angle_deg, knee_angle_deg, height_cm, grade)
                        VALUES (:id, :test, :side, :seconds, :stable, :rests, :arched, :hip, :knee, :height, :grade)""")
                .bind("id", id).bind("test", test).bind("side", side).bindNull("seconds", Types.DOUBLE)
                .bindNull("stable", Types.BOOLEAN).bindNull("rests", Types.BOOLEAN).bindNull("arched", Types.BOOLEAN)
                .bindNull("hip", Types.DOUBLE).bindNull("knee", Types.DOUBLE).bindNull("height", Types.DOUBLE)
                .bindNull("grade", Types.INTEGER);
    }

    /** Every assessment of the account, oldest first, each read back into the intake it was saved from. */
    List<AssessmentRecord> all(String accountId) { return since(accountId, EARLIEST); }

    /** The day of the account's first test day, when its program began; empty before any. */
    Optional<java.time.LocalDate> firstTakenOn(String accountId) {
        return h.createQuery("SELECT MIN(taken_on) FROM assessment WHERE account_id = :account").bind("account", accountId)
                .map((rs, ctx) -> rs.getString(1)).findOne().map(java.time.LocalDate::parse);
    }

    /**
     * The assessments of the account taken on or after {@code from}, oldest first, and the last one before it (the
     * one still in effect on that day), so a window of days knows every answer that applied in it.
     */
    List<AssessmentRecord> inEffectFrom(String accountId, java.time.LocalDate from) {
        String since = h.createQuery("SELECT MAX(taken_on) FROM assessment WHERE account_id = :account AND taken_on <= :from")
                .bind("account", accountId).bind("from", Times.text(from)).mapTo(String.class).findOne().orElse(null);
        return since(accountId, since == null ? Times.text(from) : since);
    }

    /** The id of the account's latest assessment, without reading it (one {@code ?}: the account). */
    static final String LATEST_ID = "SELECT id FROM assessment WHERE account_id = ? ORDER BY taken_at DESC, id DESC LIMIT 1";

    /** The account's latest assessment (the one the current plan is made from). */
    Optional<AssessmentRecord> latest(String accountId) { return latest(accountId, 1).stream().findFirst(); }

    /** The account's {@code count} latest assessments, oldest first (fewer when there are fewer). */
    List<AssessmentRecord> latest(String accountId, int count) {
        // the day of the count-th latest, or of the oldest when there are fewer: everything from that day on
        List<String> days = h.createQuery("SELECT taken_on FROM assessment WHERE account_id = :account ORDER BY taken_at DESC, id DESC LIMIT :count")
                .bind("account", accountId).bind("count", count).mapTo(String.class).list();
        if (days.isEmpty()) return List.of();
        List<AssessmentRecord> since = since(accountId, days.get(days.size() - 1));
        return since.subList(Math.max(0, since.size() - count), since.size());
    }

    private static final String EARLIEST = "0000-01-01";

    private List<AssessmentRecord> since(String accountId, String from) {
        String window = " AND s.taken_on >= :from";
        Map<String, Row> rows = new LinkedHashMap<>();
        h.createQuery("""
                        SELECT id, taken_at, taken_on, age, sitting_hours_per_day, pregnancy_week, cleared_by_clinician,
                               pain_now, pain_chronic, pain_worsening, minutes_per_session, assessed_by, cleared_by, cleared_on
                        FROM assessment s WHERE account_id = :account""" + window + " ORDER BY taken_at, id")
                .bind("account", accountId).bind("from", from)
                .map((rs, ctx) -> new Row(rs))
                .forEach(r -> rows.put(r.id, r));
        if (rows.isEmpty()) return List.of();
        h.createQuery("""
                        SELECT a.assessment_id, a.kind, a.code FROM assessment_answer a JOIN assessment s ON s.id = a.assessment_id
                        WHERE s.account_id = :account""" + window + " ORDER BY a.assessment_id, a.kind, a.code")
                .bind("account", accountId).bind("from", from)
                .map((rs, ctx) -> new String[]{rs.getString(1), rs.getString(2), rs.getString(3)})
                .forEach(c -> rows.get(c[0]).codes.computeIfAbsent(c[1], k -> new TreeSet<>()).add(c[2]));
        h.createQuery("""
                        SELECT t.assessment_id, t.test, t.side, t.seconds, t.pelvis_stable, t.thigh_rests_on_table, t.low_back_arched,
                               t.hip_angle_deg, t.knee_angle_deg, t.height_cm, t.grade
                        FROM test_result t JOIN assessment s ON s.id = t.assessment_id WHERE s.account_id = :account""" + window)
                .bind("account", accountId).bind("from", from)
                .map((rs, ctx) -> {
                    rows.get(rs.getString(1)).test(rs);
                    return 0;
                })
                .list();
        List<AssessmentRecord> out = new ArrayList<>(rows.size());
        for (Row r : rows.values()) out.add(r.record());
        return out;
    }

    private static <T> void sides(SidePair<T> pair, java.util.function.BiConsumer<String, T> each) {
        if (pair.left() != null) each.accept("left", pair.left());
        if (pair.right() != null) each.accept("right", pair.right());
    }

    /** One assessment being read back. */
    private static final class Row {
        final String id;
        final java.time.Instant takenAt;
        final java.time.LocalDate takenOn;
        final Integer age, pregnancyWeek, painNow;
        final Double sitting;
        final boolean cleared, chronic, worsening;
        final int minutes;
        final String assessedBy, clearedBy;
        final java.time.LocalDate clearedOn;
        final Map<String, Set<String>> codes = new HashMap<>();
        final Map<String, Object[]> tests = new HashMap<>(); // test -> {left, right}

        Row(ResultSet rs) throws SQLException {
            id = rs.getString(1);
            takenAt = Times.instant(rs.getString(2));
            takenOn = Times.date(rs.getString(3));
            age = integer(rs, 4);
            sitting = decimal(rs, 5);
            pregnancyWeek = integer(rs, 6);
            cleared = rs.getBoolean(7);
            painNow = integer(rs, 8);
            chronic = rs.getBoolean(9);
            worsening = rs.getBoolean(10);
            minutes = rs.getInt(11);
            assessedBy = rs.getString(12);
            clearedBy = rs.getString(13);
            clearedOn = Times.date(rs.getString(14));
        }

        void test(ResultSet rs) throws SQLException {
            String test = rs.getString(2);
            int index = "left".equals(rs.getString(3)) ? 0 : 1;
            org.psoascoach.assessment.TestId id = org.psoascoach.assessment.TestId.fromId(test);
            if (id == null) throw new IllegalStateException("unknown test in the database: " + test);
            Object value = switch (id) {
                case STANDING_HIP_FLEXION_HOLD -> new HoldTest(rs.getDouble(4), rs.getBoolean(5));
                case MODIFIED_THOMAS -> new ThomasTest(rs.getBoolean(6), rs.getBoolean(7), decimal(rs, 8), decimal(rs, 9));
                case PRONE_LEG_RAISE -> new LegRaiseTest(rs.getDouble(10));
                case RESISTED_HIP_FLEXION -> new ResistedTest(rs.getInt(11));
            };
            tests.computeIfAbsent(test, k -> new Object[2])[index] = value;
        }

        AssessmentRecord record() {
            Person person = new Person(age, sitting, parse(codes.get("activity"), Activity::fromId, Activity.class), pregnancyWeek, cleared);
            TestResults results = new TestResults(pair(HOLD, HoldTest.class), pair(THOMAS, ThomasTest.class),
                    pair(LEG_RAISE, LegRaiseTest.class), pair(RESISTED, ResistedTest.class));
            Intake intake = new Intake(person, parse(codes.get("condition"), Condition::fromId, Condition.class),
                    parse(codes.get("symptom"), Symptom::fromId, Symptom.class), new Pain(painNow, chronic, worsening), results,
                    parse(codes.get("equipment"), Equipment::fromId, Equipment.class), minutes, List.of());
            return new AssessmentRecord(id, takenAt, takenOn, intake,
                    assessedBy == null ? null : new AssessmentRecord.Clinic(assessedBy, clearedBy, clearedOn));
        }

        private <T> SidePair<T> pair(String test, Class<T> type) {
            Object[] both = tests.get(test);
            if (both == null) return SidePair.none();
            return new SidePair<>(type.cast(both[0]), type.cast(both[1]));
        }

        private static <E extends Enum<E>> Set<E> parse(Set<String> ids, java.util.function.Function<String, E> from, Class<E> type) {
            Set<E> out = java.util.EnumSet.noneOf(type);
            if (ids != null) for (String id : ids) {
                E value = from.apply(id);
                if (value == null) throw new IllegalStateException("unknown " + type.getSimpleName() + " code in the database: " + id);
                out.add(value);
            }
            return out;
        }

        private static Integer integer(ResultSet rs, int column) throws SQLException {
            int value = rs.getInt(column);
            return rs.wasNull() ? null : value;
        }

        private static Double decimal(ResultSet rs, int column) throws SQLException {
            double value = rs.getDouble(column);
            return rs.wasNull() ? null : value;
        }
    }
}
