package org.psoascoach.web.progress;

import org.psoascoach.web.http.Text;

import org.psoascoach.assessment.Side;
import org.psoascoach.assessment.SidePair;
import org.psoascoach.assessment.TestResults;
import org.psoascoach.progress.Adherence;
import org.psoascoach.progress.Change;
import org.psoascoach.progress.Measure;
import org.psoascoach.progress.ProgressReport;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The progress page, drawn: per-side charts of every test measure, the pain trend and the adherence calendar, with
 * every coordinate worked out here so the template only places them. Changes inside a measure's error read
 * "no measurable change" (SPEC §1.1 for the goniometer; docs/architecture.md for the others).
 */
public record ProgressView(List<Chart> charts, List<TestRow> testDays, Chart pain, String painChange, Calendar calendar,
                           String streak, String adherence, String retestDue, boolean retestIsDue,
                           boolean exerciseOnHold) {

    public static final double WIDTH = 320, HEIGHT = 170, LEFT = 40, RIGHT = 12, TOP = 12, BOTTOM = 28;

    /** A line chart: one line per side (or per pain score), its axis labels and the change in words. */
    public record Chart(String id, String title, String yLow, String yHigh, String xFirst, String xLast, List<Line> lines,
                        List<String> changes, String summary) {}

    public record Line(String kind, String label, String points, List<Dot> dots) {}

    public record Dot(String x, String y, String title) {}

    public record TestRow(String date, String left, String leftId, String right, String rightId, String thomasLeft, String thomasRight) {}

    public record Calendar(List<Cell> cells, List<Label> months, String viewBox, String summary) {}

    public record Cell(String x, String y, String mark, String title) {}

    public record Label(String x, String text) {}

    /**
     * @param exerciseOnHold the latest assessment rules a program out (urgent, or see-doctor not cleared): the page then
     *                       invites neither a session nor a re-test (SPEC §1.2), and says what to do instead
     */
    public static ProgressView of(ProgressReport report, Adherence adherence, LocalDate today, LocalDate retestDue, Text t,
                           boolean exerciseOnHold) {
        if (exerciseOnHold) retestDue = null;
        List<Chart> charts = new ArrayList<>();
        for (Measure m : Measure.values()) {
            List<ProgressReport.Series> series = report.series().stream().filter(s -> s.measure() == m).toList();
            if (series.isEmpty()) continue;
            List<List<ProgressReport.Point>> points = series.stream().map(ProgressReport.Series::points).toList();
            List<Line> lines = new ArrayList<>();
            Scale scale = Scale.of(points, m.error());
            List<String> changes = new ArrayList<>();
            for (ProgressReport.Series s : series) {
                String side = t.get("text.side." + s.side().id());
                lines.add(line(s.side().id(), side, s.points(), scale, t, m.unit()));
                changes.add(change(t, side, s.change(), m.unit()));
            }
            report.gaps().stream().filter(g -> g.measure() == m).findFirst()
                    .ifPresent(g -> changes.add(t.get("progress.gap." + g.change().verdict().id(), t.number(g.change().from()), t.number(g.change().to()), m.unit())));
            String title = t.get("progress.measure." + m.name().toLowerCase(Locale.ROOT));
            charts.add(new Chart(m.name().toLowerCase(Locale.ROOT).replace('_', '-'), title, t.number(scale.low) + " " + m.unit(),
                    t.number(scale.high) + " " + m.unit(), t.date(scale.first), scale.lastLabel(t), lines, changes, title + ": " + String.join(" ", changes)));
        }
        List<TestRow> rows = new ArrayList<>();
        for (ProgressReport.TestDay d : report.testDays()) {
            rows.add(new TestRow(t.date(d.date()), t.get("finding." + d.status(Side.LEFT).id()), d.status(Side.LEFT).id(),
                    t.get("finding." + d.status(Side.RIGHT).id()), d.status(Side.RIGHT).id(), thomas(t, d.tests(), Side.LEFT), thomas(t, d.tests(), Side.RIGHT)));
        }
        Chart pain = null;
        String painChange = null;
        if (!report.pain().isEmpty()) {
            List<ProgressReport.Point> before = report.pain().stream().map(w -> new ProgressReport.Point(w.weekStart(), w.before())).toList();
            List<ProgressReport.Point> after = report.pain().stream().map(w -> new ProgressReport.Point(w.weekStart(), w.after())).toList();
            Scale scale = Scale.fixed(before, 0, 10);
            pain = new Chart("pain", t.get("progress.pain.title"), "0", "10", t.date(scale.first), scale.lastLabel(t),
                    List.of(line("before", t.get("progress.pain.before"), before, scale, t, ""), line("after", t.get("progress.pain.after"), after, scale, t, "")),
                    List.of(), t.get("progress.pain.summary", report.pain().size()));
            Change c = report.painChange();
            painChange = t.get("progress.painChange." + c.verdict().id(), t.number(c.from()), t.number(c.to()));
        }
        String streak = adherence.streakWeeks() == 0 ? t.get("progress.streak.none")
                : t.get(adherence.streakFillsWindow() ? "progress.streak.fills" : "progress.streak.weeks", adherence.streakWeeks());
        String done = t.get("progress.adherence", adherence.done(), adherence.planned(), adherence.weeks().size());
        return new ProgressView(charts, rows, pain, painChange, calendar(adherence, t), streak, done,
                retestDue == null ? null : t.date(retestDue), retestDue != null && !today.isBefore(retestDue), exerciseOnHold);
    }

    private static String thomas(Text t, TestResults tests, Side side) {
        SidePair<TestResults.ThomasTest> pair = tests.modifiedThomas();
        TestResults.ThomasTest one = pair == null ? null : side == Side.LEFT ? pair.left() : pair.right();
        if (one == null) return "—";
        return t.get(one.thighRestsOnTable() ? "progress.thomas.pass" : "progress.thomas.fail");
    }

    private static String change(Text t, String side, Change c, String unit) {
        return t.get("progress.change." + c.verdict().id(), side, t.number(c.from()), t.number(c.to()), unit);
    }

    private static Line line(String kind, String label, List<ProgressReport.Point> points, Scale scale, Text t, String unit) {
        StringBuilder path = new StringBuilder();
        List<Dot> dots = new ArrayList<>();
        for (ProgressReport.Point p : points) {
            String x = fmt(scale.x(p.date())), y = fmt(scale.y(p.value()));
            if (path.length() > 0) path.append(' ');
            path.append(x).append(',').append(y);
            dots.add(new Dot(x, y, label + ", " + t.date(p.date()) + ": " + t.number(p.value()) + (unit.isEmpty() ? "" : " " + unit)));
        }
        return new Line(kind, label, path.toString(), dots);
    }

    /** The adherence calendar: a column per week, a row per weekday, like a wall chart; month names above. */
    private static Calendar calendar(Adherence a, Text t) {
        double cell = 11, gap = 2, top = 14;
        List<Cell> cells = new ArrayList<>();
        List<Label> months = new ArrayList<>();
        int lastMonth = -1;
        java.util.Map<Adherence.Mark, String> words = new java.util.EnumMap<>(Adherence.Mark.class);
        for (Adherence.Mark m : Adherence.Mark.values()) words.put(m, ": " + t.get("progress.mark." + m.id()));
        for (int w = 0; w < a.weeks().size(); w++) {
            Adherence.Week week = a.weeks().get(w);
            double x = w * (cell + gap);
            if (week.monday().getMonthValue() != lastMonth && week.monday().getDayOfMonth() <= 7 && w < a.weeks().size() - 2) {
                months.add(new Label(fmt(x), week.monday().getMonth().getDisplayName(java.time.format.TextStyle.SHORT, t.locale())));
            }
            lastMonth = week.monday().getMonthValue();
            for (int d = 0; d < week.days().size(); d++) {
                Adherence.Day day = week.days().get(d);
                cells.add(new Cell(fmt(x), fmt(top + d * (cell + gap)), day.mark().id(),
                        t.date(day.date()) + words.get(day.mark())));
            }
        }
        String viewBox = "0 0 " + fmt(a.weeks().size() * (cell + gap)) + " " + fmt(top + 7 * (cell + gap));
        return new Calendar(cells, months, viewBox, t.get("progress.calendar.summary", a.done(), a.planned(), a.weeks().size()));
    }

    /** A coordinate to one decimal (a tenth of an SVG unit is finer than any screen shows); hundreds of these per page. */
    public static String fmt(double v) {
        long tenths = Math.round(v * 10);
        String sign = tenths < 0 ? "-" : "";
        tenths = Math.abs(tenths);
        return sign + (tenths / 10) + "." + (tenths % 10);
    }

    /** Maps dates and values onto the chart's box. */
    private record Scale(LocalDate first, LocalDate last, double low, double high) {
        public static Scale of(List<List<ProgressReport.Point>> lines, double error) {
            double low = Double.MAX_VALUE, high = -Double.MAX_VALUE;
            LocalDate first = null, last = null;
            for (List<ProgressReport.Point> line : lines) {
                for (ProgressReport.Point p : line) {
                    low = Math.min(low, p.value());
                    high = Math.max(high, p.value());
                    if (first == null || p.date().isBefore(first)) first = p.date();
                    if (last == null || p.date().isAfter(last)) last = p.date();
                }
            }
            double pad = Math.max(error, (high - low) * 0.1);
            return new Scale(first, last, Math.floor(low - pad), Math.ceil(high + pad));
        }

        public static Scale fixed(List<ProgressReport.Point> line, double low, double high) {
            return new Scale(line.get(0).date(), line.get(line.size() - 1).date(), low, high);
        }

        public double x(LocalDate d) {
            long span = ChronoUnit.DAYS.between(first, last);
            if (span == 0) return LEFT + (WIDTH - LEFT - RIGHT) / 2;
            return LEFT + (WIDTH - LEFT - RIGHT) * ChronoUnit.DAYS.between(first, d) / span;
        }

        public double y(double v) { return TOP + (HEIGHT - TOP - BOTTOM) * (high - v) / (high - low); }

        /** The date under the right end of the axis; none when every point is on one day (it is under the left end). */
        public String lastLabel(Text t) { return first.equals(last) ? "" : t.date(last); }
    }
}
