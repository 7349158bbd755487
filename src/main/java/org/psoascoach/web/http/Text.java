package org.psoascoach.web.http;

import org.psoascoach.language.Messages;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * The words and formats of one visitor: sentences from the message bundle of their language (English
 * when we have no bundle for it), dates and numbers in their locale. Templates ask it for every string
 * they show, so a second language is a second bundle, not a change to the pages.
 */
public final class Text {
    private final Messages messages;
    private final Locale locale;
    private final DateTimeFormatter longDate;
    private final DateTimeFormatter weekday;
    private final String name;
    /** A number format is costly to make and not safe to share between threads: one per thread, made once. */
    private final ThreadLocal<NumberFormat> numbers;

    public Text(Messages messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
        this.longDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        this.weekday = DateTimeFormatter.ofPattern("EEEE", locale);
        this.name = messages.language() + "/" + locale.toLanguageTag();
        this.numbers = ThreadLocal.withInitial(() -> {
            NumberFormat format = NumberFormat.getNumberInstance(locale);
            format.setMaximumFractionDigits(1);
            return format;
        });
    }

    public String get(String key, Object... args) { return messages.get(key, args); }

    public boolean has(String key) { return messages.has(key); }

    /** The language of the page ({@code <html lang>}): the bundle's, not merely the one asked for. */
    public String language() { return messages.language(); }

    public Locale locale() { return locale; }

    /** Names this text's words and formats: equal names draw a page with the same words, dates and numbers. */
    public String name() { return name; }

    public String date(LocalDate date) { return date == null ? "" : longDate.format(date); }

    public String weekday(LocalDate date) { return weekday.format(date); }

    /** A weekday's whole name in this language (Monday). */
    public String weekdayName(java.time.DayOfWeek day) { return day.getDisplayName(java.time.format.TextStyle.FULL, locale); }

    /** A measurement as the locale writes it: 7.5 in English, 7,5 in German; whole numbers without decimals. */
    public String number(double value) { return numbers.get().format(value); }

    public Messages messages() { return messages; }
}
