package org.psoascoach.store;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The direct path for stored instants writes and reads exactly what the formatter does. */
class TimesProperties {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    @Property
    void anInstantIsWrittenAsTheFormatterWritesIt(@ForAll @LongRange(min = -30_610_224_000_000L, max = 253_402_300_799_999L) long millis,
                                                  @ForAll @LongRange(min = 0, max = 999_999) long nanos) {
        Instant instant = Instant.ofEpochMilli(millis).plusNanos(nanos);
        assertThat(Times.text(instant)).isEqualTo(FORMAT.format(instant));
    }

    @Property
    void whatIsWrittenReadsBackToTheStoredMillisecond(@ForAll @LongRange(min = -30_610_224_000_000L, max = 253_402_300_799_999L) long millis,
                                                      @ForAll @LongRange(min = 0, max = 999_999) long nanos) {
        Instant instant = Instant.ofEpochMilli(millis).plusNanos(nanos);
        assertThat(Times.instant(Times.text(instant))).isEqualTo(Times.stored(instant));
    }

    @Example
    void otherShapesOfInstantStillRead() {
        assertThat(Times.instant("2026-11-21T07:30:00Z")).isEqualTo(Instant.parse("2026-11-21T07:30:00Z"));
        assertThat(Times.text(Instant.parse("+10000-01-01T00:00:00Z"))).isEqualTo("+10000-01-01T00:00:00.000Z");
    }

    @Example
    void anImpossibleDateIsRefusedNotRolledOver() {
        assertThatThrownBy(() -> Times.instant("2026-02-30T07:30:00.000Z")).isInstanceOf(java.time.DateTimeException.class);
        assertThatThrownBy(() -> Times.instant("2026-1x-21T07:30:00.000Z")).isInstanceOf(java.time.DateTimeException.class);
    }
}
