package org.psoascoach.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * How times are written to the database: instants as fixed-width UTC text with milliseconds
 * ({@code 2026-11-21T07:30:00.000Z}), so text order is time order on both databases; dates as YYYY-MM-DD.
 * Every signed-in request writes one instant and reads one, so the fixed format has a direct path
 * (DateTimeFormatter took a third of the sign-in check); other years go through the formatter.
 */
public final class Times {
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final int LENGTH = "2026-11-21T07:30:00.000Z".length();

    private Times() {}

    public static String text(Instant instant) {
        if (instant == null) return null;
        LocalDateTime t = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC);
        if (t.getYear() < 1000 || t.getYear() > 9999) return INSTANT.format(instant);
        char[] c = new char[LENGTH];
        digits(c, 0, t.getYear(), 4);
        c[4] = '-';
        digits(c, 5, t.getMonthValue(), 2);
        c[7] = '-';
        digits(c, 8, t.getDayOfMonth(), 2);
        c[10] = 'T';
        digits(c, 11, t.getHour(), 2);
        c[13] = ':';
        digits(c, 14, t.getMinute(), 2);
        c[16] = ':';
        digits(c, 17, t.getSecond(), 2);
        c[19] = '.';
        digits(c, 20, instant.getNano() / 1_000_000, 3);
        c[23] = 'Z';
        return new String(c);
    }

    public static Instant instant(String text) {
        if (text == null) return null;
        if (text.length() != LENGTH || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T' || text.charAt(13) != ':'
                || text.charAt(16) != ':' || text.charAt(19) != '.' || text.charAt(23) != 'Z') {
            return Instant.parse(text);
        }
        int year = number(text, 0, 4), month = number(text, 5, 2), day = number(text, 8, 2);
        int hour = number(text, 11, 2), minute = number(text, 14, 2), second = number(text, 17, 2), millis = number(text, 20, 3);
        if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0 || millis < 0) return Instant.parse(text);
        long epochSecond = LocalDateTime.of(year, month, day, hour, minute, second).toEpochSecond(ZoneOffset.UTC);
        return Instant.ofEpochSecond(epochSecond, millis * 1_000_000L);
    }

    public static String text(LocalDate date) { return date == null ? null : date.toString(); }

    public static LocalDate date(String text) { return text == null ? null : LocalDate.parse(text); }

    /** What the database keeps of an instant: milliseconds. */
    public static Instant stored(Instant instant) { return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS); }

    private static void digits(char[] into, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            into[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    /** The decimal number in {@code width} characters from {@code at}, or -1 when one is not a digit. */
    private static int number(String text, int at, int width) {
        int value = 0;
        for (int i = at; i < at + width; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') return -1;
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
