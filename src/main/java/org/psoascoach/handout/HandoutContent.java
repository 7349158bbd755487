package org.psoascoach.handout;

import org.psoascoach.catalog.figure.Drawing;
import org.psoascoach.catalog.figure.FigureRenderer;
import org.psoascoach.language.Messages;
import org.psoascoach.planning.Plan;
import org.psoascoach.planning.PlannedItem;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a printed handout says, in the reader's words: who it is from (the practice, or nobody) and for, the week with its
 * session days, the re-test date, each item with its drawing, dose, side, why and steps, and the address of the live
 * program (printed as a QR code), or null.
 */
public record HandoutContent(String title, String practice, String forWhom, String lead, List<Day> week, String retest, List<Entry> items,
                             String link, String linkWords, String notDiagnosis) {

    public record Day(String weekday, String date, boolean session) {}

    public record Entry(String name, String doseAndSide, String variant, String why, List<String> steps, Drawing drawing) {}

    /** The handout of a plan as it stands on {@code today}: the week from Monday, the session days given. */
    public static HandoutContent of(Plan plan, LocalDate today, Set<DayOfWeek> sessionDays, LocalDate retestDue, Messages m, Locale locale,
                                    String practice, String forWhom, String link) {
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        DateTimeFormatter shortDate = DateTimeFormatter.ofPattern("d MMM", locale);
        List<Day> week = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            LocalDate d = monday.plusDays(i);
            week.add(new Day(d.getDayOfWeek().getDisplayName(TextStyle.SHORT, locale), shortDate.format(d), sessionDays.contains(d.getDayOfWeek())));
        }
        List<Entry> items = new ArrayList<>();
        for (PlannedItem p : plan.items()) {
            var text = p.item().text();
            String variant = p.variant() == null ? null : m.get("handout.variant", p.variant().text().name(), p.variant().text().how());
            items.add(new Entry(text.name(), p.dose().words(m) + " · " + m.get("text.side." + p.side().id()), variant, p.why(), text.steps(),
                    FigureRenderer.draw(p.item().figure())));
        }
        String retest = retestDue == null ? null : m.get("handout.retest", DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(retestDue));
        return new HandoutContent(m.get("handout.title"), practice, forWhom, m.get("handout.lead", plan.sessionsPerWeek(), plan.estimatedMinutes()),
                week, retest, items, link, link == null ? null : m.get("handout.link"), m.get("footer.notDiagnosis"));
    }
}
