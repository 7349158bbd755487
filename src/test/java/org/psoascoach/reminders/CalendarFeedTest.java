package org.psoascoach.reminders;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** The feed is what calendar apps read: ical4j parses it back to the same events, dates and words. */
class CalendarFeedTest {
    private static final Instant STAMP = Instant.parse("2026-11-21T08:00:00Z");

    static Calendar parse(String text) throws Exception {
        return new CalendarBuilder().build(new StringReader(text));
    }

    static String value(VEvent event, String property) {
        return event.<Property>getProperty(property).map(Property::getValue).orElse(null);
    }

    @Test
    void weeklySessionsRepeatOnTheirDaysUpToTheRetestAndTheRetestIsOneDay() throws Exception {
        LocalDate monday = LocalDate.of(2026, 11, 16);
        String text = CalendarFeed.write("Psoas Coach", "Sessions", List.of(
                new CalendarFeed.Event("s@x", STAMP, monday, Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY), monday.plusDays(13),
                        "Session", "Exercises", Duration.ofHours(9)),
                new CalendarFeed.Event("r@x", STAMP, monday.plusDays(14), null, null, "Test again", "Repeat the tests", Duration.ofHours(9))));
        Calendar calendar = parse(text);
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(2);
        VEvent sessions = events.get(0);
        assertThat(value(sessions, "UID")).isEqualTo("s@x");
        assertThat(value(sessions, "RRULE").split(";")).containsExactlyInAnyOrder("FREQ=WEEKLY", "BYDAY=MO,WE,FR", "UNTIL=20261129");
        Set<Period<LocalDate>> days = sessions.calculateRecurrenceSet(new Period<>(monday.minusDays(1), monday.plusDays(40)));
        Set<LocalDate> starts = new TreeSet<>();
        for (Period<LocalDate> p : days) starts.add(p.getStart());
        assertThat(starts).containsExactly(monday, monday.plusDays(2), monday.plusDays(4), monday.plusDays(7), monday.plusDays(9),
                monday.plusDays(11));
        VEvent retest = events.get(1);
        assertThat(value(retest, "DTSTART")).isEqualTo("20261130");
        assertThat(value(retest, "RRULE")).isNull();
        assertThat(sessions.getComponents("VALARM")).hasSize(1);
    }

    @Test
    void wordsWithCommasSemicolonsLineBreaksAndAccentsComeBackUnchanged() throws Exception {
        String words = "Kneeling lunge, table-edge stretch; then rest.\nNext line: Hüftbeuger-Dehnung, ümlaut ✓ — long enough to need folding "
                + "at seventy-five octets more than once, with multi-byte letters near the fold éééééééééééééééééééééééé";
        String text = CalendarFeed.write("Psoas Coach", "x", List.of(
                new CalendarFeed.Event("u@x", STAMP, LocalDate.of(2026, 11, 21), null, null, "Summary, with; marks", words, null)));
        for (String line : text.split("\r\n")) assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        assertThat(text).endsWith("END:VCALENDAR\r\n").doesNotContain("\n\n");
        VEvent event = parse(text).<VEvent>getComponents("VEVENT").get(0);
        assertThat(value(event, "DESCRIPTION")).isEqualTo(words);
        assertThat(value(event, "SUMMARY")).isEqualTo("Summary, with; marks");
    }

    @Test
    void theSameInputAlwaysGivesTheSameText() {
        var event = new CalendarFeed.Event("u@x", STAMP, LocalDate.of(2026, 11, 21), Set.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY), null, "s", "d", null);
        assertThat(CalendarFeed.write("a", "b", List.of(event))).isEqualTo(CalendarFeed.write("a", "b", List.of(event)))
                .contains("BYDAY=MO,SU");
    }
}
