package org.psoascoach.reminders;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A person's reminders as an iCalendar document (RFC 5545) any calendar app can subscribe to: the planned
 * sessions as one all-day event repeating on the session days until the re-test, and the re-test day itself.
 * Pure: the caller passes the plan's facts and the words; the same input gives the same text, so calendar apps
 * see no change (and send no notification) until the plan really changes.
 */
public final class CalendarFeed {
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final int LINE_OCTETS = 75;

    private CalendarFeed() {}

    /**
     * One all-day event. {@code weekly} days with {@code until} make it repeat on those days up to and including
     * {@code until}; a null {@code weekly} is a single day. {@code remindAt} is a time of day for an alarm, or null.
     */
    public record Event(String uid, Instant stamp, LocalDate start, Set<DayOfWeek> weekly, LocalDate until, String summary,
                        String description, java.time.Duration remindAt) {}

    public static String write(String calendarName, String calendarDescription, List<Event> events) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Psoas Coach//Reminders//EN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + text(calendarName));
        line(out, "X-WR-CALDESC:" + text(calendarDescription));
        line(out, "REFRESH-INTERVAL;VALUE=DURATION:PT12H");
        line(out, "X-PUBLISHED-TTL:PT12H");
        for (Event e : events) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + e.uid());
            line(out, "DTSTAMP:" + STAMP.format(e.stamp()));
            line(out, "DTSTART;VALUE=DATE:" + DATE.format(e.start()));
            line(out, "DTEND;VALUE=DATE:" + DATE.format(e.start().plusDays(1)));
            if (e.weekly() != null && !e.weekly().isEmpty()) {
                String days = e.weekly().stream().sorted().map(CalendarFeed::day).collect(Collectors.joining(","));
                line(out, "RRULE:FREQ=WEEKLY;BYDAY=" + days + (e.until() == null ? "" : ";UNTIL=" + DATE.format(e.until())));
            }
            line(out, "SUMMARY:" + text(e.summary()));
            line(out, "DESCRIPTION:" + text(e.description()));
            line(out, "TRANSP:TRANSPARENT"); // a reminder, not a busy slot
            if (e.remindAt() != null) {
                line(out, "BEGIN:VALARM");
                line(out, "ACTION:DISPLAY");
                line(out, "DESCRIPTION:" + text(e.summary()));
                line(out, "TRIGGER;RELATED=START:PT" + e.remindAt().toMinutes() + "M");
                line(out, "END:VALARM");
            }
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    private static String day(DayOfWeek d) { return d.name().substring(0, 2); }

    /** TEXT values escape backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11). */
    static String text(String value) {
        if (value == null) return "";
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n");
    }

    /** Writes a content line folded at 75 octets (never inside a UTF-8 sequence), ending in CRLF (§3.1). */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = LINE_OCTETS;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4; // its UTF-8 octets
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 0;
                limit = LINE_OCTETS - 1; // the leading space of a continuation line counts
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }
}
