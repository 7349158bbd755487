package org.psoascoach.store;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

/** The direct path for stored instants writes and reads exactly what the formatter does. */
class TimesProperties {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    /** Instants from year 1000 to 9999, to the nanosecond. */
    private static final Gen<Instant> INSTANTS = Generate.longRange(-30_610_224_000_000L, 253_402_300_799_999L)
            .zip(Generate.longRange(0, 999_999), (millis, nanos) -> Instant.ofEpochMilli(millis).plusNanos(nanos));

    @Test
    void anInstantIsWrittenAsTheFormatterWritesIt() {
        qt().withFixedSeed(1121L).withExamples(1000).forAll(INSTANTS)
                .checkAssert(instant -> assertThat(Times.text(instant)).isEqualTo(FORMAT.format(instant)));
    }

    @Test
    void whatIsWrittenReadsBackToTheStoredMillisecond() {
        qt().withFixedSeed(1121L).withExamples(1000).forAll(INSTANTS)
                .checkAssert(instant -> assertThat(Times.instant(Times.text(instant))).isEqualTo(Times.stored(instant)));
    }

    @Test
    void otherShapesOfInstantStillRead() {
        assertThat(Times.instant("2026-11-21T07:30:00Z")).isEqualTo(Instant.parse("2026-11-21T07:30:00Z"));
        assertThat(Times.text(Instant.parse("+10000-01-01T00:00:00Z"))).isEqualTo("+10000-01-01T00:00:00.000Z");
    }

    @Test
    void anImpossibleDateIsRefusedNotRolledOver() {
        assertThatThrownBy(() -> Times.instant("2026-02-30T07:30:00.000Z")).isInstanceOf(java.time.DateTimeException.class);
        assertThatThrownBy(() -> Times.instant("2026-1x-21T07:30:00.000Z")).isInstanceOf(java.time.DateTimeException.class);
    }
}
