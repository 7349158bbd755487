package org.psoascoach.assessment;

import org.psoascoach.language.Messages;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns test results into findings per side (SPEC §1.1):
 * <ul>
 *   <li>standing knee-lift hold: weak when held under 15 s or the pelvis did not stay level;</li>
 *   <li>modified Thomas test: tight when the thigh does not rest on the table without the low back
 *       arching, or when the thigh sits above the table line (hip angle &gt; 0°); a knee angle under 80°
 *       adds a rectus-femoris note;</li>
 *   <li>prone leg lift: the side lifting at least 15 % lower than the other is tight;</li>
 *   <li>resisted hip flexion: weak at grade 3 or below, or a grade or more below the other side.</li>
 * </ul>
 */
public final class Assessment {
    public static final double MIN_HOLD_SECONDS = 15;
    public static final int WEAK_GRADE = 3;
    public static final double RECTUS_FEMORIS_KNEE_DEG = 80;

    private final Messages messages;

    public Assessment(Messages messages) { this.messages = messages; }

    /** Findings from the tests alone (no pregnancy week known). */
    public Findings assess(TestResults tests) { return assess(tests, null); }

    /**
     * Findings per side. From pregnancy week 13 the tests done lying down are not used even when values were given
     * (they are never asked then), and the findings say that tightness went untested because of the pregnancy.
     */
    public Findings assess(TestResults tests, Integer pregnancyWeek) {
        boolean noLying = Pregnancy.rulesOutLying(pregnancyWeek);
        TestResults used = noLying ? tests.withoutLyingTests() : tests;
        return new Findings(side(used, Side.LEFT, noLying), side(used, Side.RIGHT, noLying), asymmetry(used));
    }

    public Findings assess(Intake intake) { return assess(intake.tests(), intake.person().pregnancyWeek()); }

    private SideFinding side(TestResults t, Side side, boolean lyingRuledOut) {
        List<String> tight = new ArrayList<>(2);
        List<String> weak = new ArrayList<>(2);
        List<Note> notes = new ArrayList<>(2);
        boolean tightnessTested = false, weaknessTested = false;

        TestResults.HoldTest hold = t.standingHipFlexionHold().of(side);
        if (hold != null) {
            weaknessTested = true;
            if (hold.seconds() < MIN_HOLD_SECONDS || !hold.pelvisStable()) {
                boolean tooShort = hold.seconds() < MIN_HOLD_SECONDS;
                String key = !hold.pelvisStable() && tooShort ? "evidence.hold.both" : tooShort ? "evidence.hold.short" : "evidence.hold.pelvis";
                weak.add(messages.get(key, seconds(hold.seconds())));
            }
        }
        TestResults.ThomasTest thomas = t.modifiedThomas().of(side);
        if (thomas != null) {
            tightnessTested = true;
            if (!thomas.thighRestsOnTable()) {
                tight.add(messages.get("evidence.thomas.noRest"));
            } else if (thomas.lowBackArched()) {
                tight.add(messages.get("evidence.thomas.arched"));
            } else if (thomas.hipAngleDeg() != null && thomas.hipAngleDeg() > 0) {
                tight.add(messages.get("evidence.thomas.angle", number(thomas.hipAngleDeg())));
            }
            if (thomas.kneeAngleDeg() != null && thomas.kneeAngleDeg() < RECTUS_FEMORIS_KNEE_DEG) {
                notes.add(new Note(Note.RECTUS_FEMORIS_TIGHT, messages.get("note.rectusFemoris", number(thomas.kneeAngleDeg()))));
            }
        }
        TestResults.LegRaiseTest raise = t.proneLegRaise().of(side);
        if (raise != null) {
            TestResults.LegRaiseTest otherRaise = t.proneLegRaise().of(side.other());
            if (otherRaise == null) {
                notes.add(new Note(Note.LEG_RAISE_NEEDS_BOTH_SIDES, messages.get("note.legRaiseNeedsBoth")));
            } else {
                tightnessTested = true;
                double higher = Math.max(raise.heightCm(), otherRaise.heightCm());
                if (MeasurementError.legRaiseDiffers(raise.heightCm(), higher)) {
                    tight.add(messages.get("evidence.legRaise", number(raise.heightCm()), number(otherRaise.heightCm())));
                }
            }
        }
        TestResults.ResistedTest resisted = t.resistedHipFlexion().of(side);
        if (resisted != null) {
            weaknessTested = true;
            TestResults.ResistedTest otherResisted = t.resistedHipFlexion().of(side.other());
            if (resisted.grade() <= WEAK_GRADE) {
                weak.add(messages.get("evidence.resisted.low", resisted.grade()));
            } else if (otherResisted != null && otherResisted.grade() - resisted.grade() >= MeasurementError.GRADE) {
                weak.add(messages.get("evidence.resisted.lower", resisted.grade(), otherResisted.grade()));
            }
        }

        boolean tested = tightnessTested || weaknessTested;
        if (lyingRuledOut) notes.add(new Note(Note.TIGHTNESS_NOT_TESTED, messages.get("note.tightnessNotTested.pregnancy")));
        else if (tested && !tightnessTested) notes.add(new Note(Note.TIGHTNESS_NOT_TESTED, messages.get("note.tightnessNotTested")));
        if (tested && !weaknessTested) notes.add(new Note(Note.WEAKNESS_NOT_TESTED, messages.get("note.weaknessNotTested")));
        FindingStatus status = FindingStatus.of(tested, !tight.isEmpty(), !weak.isEmpty());
        return new SideFinding(side, status, List.copyOf(tight), List.copyOf(weak), List.copyOf(notes));
    }

    /** Side-to-side differences; one inside the measure's error names no side (SPEC §1.1). */
    private static List<Asymmetry> asymmetry(TestResults t) {
        List<Asymmetry> out = new ArrayList<>(4);
        var hold = t.standingHipFlexionHold();
        if (hold.hasBoth()) {
            out.add(lower(TestId.STANDING_HIP_FLEXION_HOLD, "seconds", hold.left().seconds(), hold.right().seconds(),
                    MeasurementError.HOLD_SECONDS));
        }
        var thomas = t.modifiedThomas();
        if (thomas.hasBoth() && thomas.left().hipAngleDeg() != null && thomas.right().hipAngleDeg() != null) {
            // a higher thigh is the tighter side, so the "lower" side here is the one with the larger angle
            double l = thomas.left().hipAngleDeg(), r = thomas.right().hipAngleDeg();
            Side tighter = Math.abs(l - r) < MeasurementError.ANGLE_DEG ? null : (l > r ? Side.LEFT : Side.RIGHT);
            out.add(new Asymmetry(TestId.MODIFIED_THOMAS.id(), "hipAngleDeg", l, r, Math.abs(l - r), tighter));
        }
        var raise = t.proneLegRaise();
        if (raise.hasBoth()) {
            double l = raise.left().heightCm(), r = raise.right().heightCm();
            Side lowerSide = MeasurementError.legRaiseDiffers(Math.min(l, r), Math.max(l, r)) ? (l < r ? Side.LEFT : Side.RIGHT) : null;
            out.add(new Asymmetry(TestId.PRONE_LEG_RAISE.id(), "heightCm", l, r, Math.abs(l - r), lowerSide));
        }
        var resisted = t.resistedHipFlexion();
        if (resisted.hasBoth()) {
            out.add(lower(TestId.RESISTED_HIP_FLEXION, "grade", resisted.left().grade(), resisted.right().grade(),
                    MeasurementError.GRADE));
        }
        return List.copyOf(out);
    }

    private static Asymmetry lower(TestId test, String measure, double left, double right, double error) {
        double difference = Math.abs(left - right);
        Side lowerSide = difference < error ? null : (left < right ? Side.LEFT : Side.RIGHT);
        return new Asymmetry(test.id(), measure, left, right, difference, lowerSide);
    }

    static String seconds(double s) { return number(s); }

    /** Whole numbers without ".0", others with one decimal. */
    public static String number(double value) {
        if (value == Math.rint(value)) return Long.toString((long) value);
        return String.valueOf(Math.round(value * 10) / 10.0);
    }
}
