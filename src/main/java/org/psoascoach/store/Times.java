package org.psoascoach.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * How times are written to the database: instants as fixed-width UTC text with milliseconds
 * ({@code 2026-11-21T07:30:00.000Z}), so text order is time order on both databases; dates as YYYY-MM-DD.
 */
public final class Times {
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Times() {}

    public static String text(Instant instant) { return instant == null ? null : INSTANT.format(instant); }

    public static Instant instant(String text) { return text == null ? null : Instant.parse(text); }

    public static String text(LocalDate date) { return date == null ? null : date.toString(); }

    public static LocalDate date(String text) { return text == null ? null : LocalDate.parse(text); }

    /** What the database keeps of an instant: milliseconds. */
    public static Instant stored(Instant instant) { return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS); }
}
