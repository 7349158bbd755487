package org.psoascoach.web.program;

import org.psoascoach.web.http.Text;

import org.psoascoach.catalog.Catalog;
import org.psoascoach.journal.Journal;
import org.psoascoach.planning.Exclusion;
import org.psoascoach.planning.Plan;
import org.psoascoach.planning.PlannedItem;
import org.psoascoach.planning.SessionPart;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * A person's program as the page shows it: this week's session days, the session's items in order
 * (illustration, dose, side, why), what was left out and why, and the re-test date.
 */
public record ProgramView(int sessionsPerWeek, String frequencyWhy, int estimatedMinutes, int budgetMinutes, List<Day> week,
                          List<Part> parts, List<Left> excluded, List<String> advice, List<String> changes, String retestDue,
                          boolean retestIsDue, int loggedToday, List<Journal.ClientNote> notes) {

    /**
     * A day of this week: a session day of the program or a rest day, whether a session was done on it (a set or more), and
     * whether it came before the program began (neither, then).
     */
    public record Day(String weekday, String date, boolean session, boolean today, boolean done, boolean beforeStart) {
        public String state() { return beforeStart ? "before" : done ? "done" : session ? "session" : "rest"; }
    }

    public record Part(String titleKey, List<Entry> items) {}

    /** One planned item. {@code variant} is the easier or chair-held version to do, or null. */
    public record Entry(String id, String name, String summary, String dose, String side, String why, String variant, String variantHow,
                        String keyCue, List<String> steps) {}

    public record Left(String id, String name, String reason) {}

    public static ProgramView of(Journal.Today today, Text t, Catalog catalog) {
        Plan plan = today.result().plan();
        List<Part> parts = new ArrayList<>();
        for (SessionPart part : SessionPart.values()) {
            List<Entry> entries = new ArrayList<>();
            for (PlannedItem p : plan.items()) {
                if (p.part() != part) continue;
                var text = p.item().text();
                entries.add(new Entry(p.item().id(), text.name(), text.summary(), p.dose().words(t.messages()), t.get("text.side." + p.side().id()),
                        p.why(), p.variant() == null ? null : p.variant().text().name(), p.variant() == null ? null : p.variant().text().how(),
                        text.keyCue(), text.steps()));
            }
            if (!entries.isEmpty()) parts.add(new Part("text.part." + part.id(), entries));
        }
        List<Left> excluded = new ArrayList<>();
        for (Exclusion e : today.result().excluded()) {
            excluded.add(new Left(e.id(), catalog.find(e.id()).map(i -> i.text().name()).orElse(e.id()), e.message()));
        }
        return new ProgramView(plan.sessionsPerWeek(), plan.frequencyWhy(), plan.estimatedMinutes(), plan.minutesPerSession(),
                week(today, t), parts, excluded, today.result().advice(), plan.progressionChanges(),
                today.retestDue() == null ? null : t.date(today.retestDue()), today.retestIsDue(), today.loggedToday(), today.notes());
    }


    /**
     * Monday to Sunday of the person's current week: the session days (the person's own, or spread evenly) from the day the
     * program began, and the days a session was done.
     */
    public static List<Day> week(Journal.Today today, Text t) {
        LocalDate monday = today.date().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        var sessionDays = today.sessionDays();
        List<Day> days = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            LocalDate d = monday.plusDays(i);
            boolean before = d.isBefore(today.began());
            days.add(new Day(t.weekday(d), t.date(d), !before && sessionDays.contains(d.getDayOfWeek()), d.equals(today.date()),
                    today.doneThisWeek().contains(d), before));
        }
        return days;
    }
}
