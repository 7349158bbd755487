package org.psoascoach.progress;

import org.psoascoach.assessment.FindingStatus;
import org.psoascoach.assessment.Findings;
import org.psoascoach.assessment.SessionLog;
import org.psoascoach.assessment.Side;
import org.psoascoach.assessment.TestResults;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Per-side trends over time, as values: each test measure per side with its change judged against the
 * measurement error, the gap between the sides (do they even out?), the finding per side on each test
 * day, and pain per week from the logged sessions. Pure: the caller passes what was recorded.
 */
public record ProgressReport(List<TestDay> testDays, List<Series> series, List<Gap> gaps, List<PainWeek> pain, Change painChange) {

    /** A test day's results and the findings they gave. */
    public record TestDay(LocalDate date, TestResults tests, Findings findings) {
        /**
         * A test day with the findings its answers give. From pregnancy week 13 the tests done lying down are left out
         * of the day, as they are of its findings ({@link org.psoascoach.assessment.Pregnancy}).
         */
        public static TestDay of(LocalDate date, org.psoascoach.assessment.Intake intake, org.psoascoach.assessment.Assessment assessment) {
            boolean noLying = org.psoascoach.assessment.Pregnancy.rulesOutLying(intake.person().pregnancyWeek());
            return new TestDay(date, noLying ? intake.tests().withoutLyingTests() : intake.tests(), assessment.assess(intake));
        }

        public FindingStatus status(Side side) { return findings.of(side).status(); }
    }

    public record Point(LocalDate date, double value) {}

    /** One measure on one side over time. */
    public record Series(Measure measure, Side side, List<Point> points, Change change) {}

    /** The difference between the sides on the first and the latest day both were measured. */
    public record Gap(Measure measure, Change change) {}

    /** Mean pain before and after the sessions of one week (weeks counted from the first session), and how many sessions. */
    public record PainWeek(LocalDate weekStart, double before, double after, int sessions) {}

    public static ProgressReport of(List<TestDay> days, List<SessionLog> sessions) {
        List<Series> series = new ArrayList<>();
        List<Gap> gaps = new ArrayList<>();
        for (Measure m : Measure.values()) {
            for (Side side : Side.SIDES) {
                List<Point> points = new ArrayList<>();
                for (TestDay d : days) {
                    Double v = side == Side.LEFT ? m.left(d.tests()) : m.right(d.tests());
                    if (v != null) points.add(new Point(d.date(), v));
                }
                if (points.isEmpty()) continue;
                series.add(new Series(m, side, List.copyOf(points),
                        Change.of(points.get(0).value(), points.get(points.size() - 1).value(), m.error(), m.higherIsBetter(), points.size())));
            }
            List<Double> differences = new ArrayList<>();
            for (TestDay d : days) {
                Double l = m.left(d.tests()), r = m.right(d.tests());
                if (l != null && r != null) differences.add(Math.abs(l - r));
            }
            if (!differences.isEmpty()) {
                // a smaller gap is better: the sides are evening out
                gaps.add(new Gap(m, Change.of(differences.get(0), differences.get(differences.size() - 1), m.error(), false, differences.size())));
            }
        }
        List<PainWeek> weeks = painWeeks(sessions);
        Change painChange = weeks.isEmpty() ? null : Change.of(weeks.get(0).before(), weeks.get(weeks.size() - 1).before(),
                Measure.PAIN_ERROR, false, weeks.size());
        return new ProgressReport(List.copyOf(days), List.copyOf(series), List.copyOf(gaps), weeks, painChange);
    }

    private static List<PainWeek> painWeeks(List<SessionLog> sessions) {
        if (sessions.isEmpty()) return List.of();
        List<SessionLog> sorted = sessions.stream().sorted(java.util.Comparator.comparing(SessionLog::date)).toList();
        LocalDate first = sorted.get(0).date();
        List<PainWeek> weeks = new ArrayList<>();
        int i = 0;
        while (i < sorted.size()) {
            long week = ChronoUnit.DAYS.between(first, sorted.get(i).date()) / 7;
            double before = 0, after = 0;
            int n = 0;
            while (i < sorted.size() && ChronoUnit.DAYS.between(first, sorted.get(i).date()) / 7 == week) {
                before += sorted.get(i).painBefore();
                after += sorted.get(i).painAfter();
                n++;
                i++;
            }
            weeks.add(new PainWeek(first.plusDays(week * 7), before / n, after / n, n));
        }
        return List.copyOf(weeks);
    }
}
