package org.psoascoach.store;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Row ids: random UUIDs, and for rows written in time order (logged sessions) UUIDs that sort by the time they were made. */
class IdsTest {
    @Test
    void anOrderedIdIsAVersion7UuidCarryingItsMillisecond() {
        long at = 1_796_000_000_123L; // 2026-11-30
        UUID id = UUID.fromString(Ids.ordered(at));
        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2); // the IETF layout, as random ids have
        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(at);
    }

    @Test
    void orderedIdsSortAsTextInTheOrderOfTheirTimes() {
        List<String> made = new ArrayList<>();
        for (long at = 1_700_000_000_000L; at < 1_700_000_000_000L + 5_000; at += 7) made.add(Ids.ordered(at));
        assertThat(made).isSorted(); // so a log's rows go to the end of the primary key's index
    }

    @Test
    void orderedIdsMadeInTheSameMillisecondAreStillAllDifferent() {
        var seen = new HashSet<String>();
        for (int i = 0; i < 100_000; i++) seen.add(Ids.ordered(1_700_000_000_000L));
        assertThat(seen).hasSize(100_000);
    }

    @Test
    void aPlainIdIsARandomVersion4Uuid() {
        assertThat(UUID.fromString(Ids.next()).version()).isEqualTo(4);
        assertThat(Ids.next()).isNotEqualTo(Ids.next());
    }
}
