package org.psoascoach.progress;

import org.junit.jupiter.api.Test;
import org.psoascoach.assessment.Side;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What a logged session came to is decided from the sets done against the sets planned, and only that way. */
class SessionOutcomeTest {
    private static final List<DoneItem> PLANNED = List.of(new DoneItem("kneeling-lunge", Side.LEFT, 4, null, 30),
            new DoneItem("kneeling-lunge", Side.RIGHT, 3, null, 30), new DoneItem("breath-release", Side.BOTH, 1, null, 60));

    private static List<DoneItem> done(int left, int right, int breath) {
        return List.of(new DoneItem("kneeling-lunge", Side.LEFT, left, null, 30), new DoneItem("kneeling-lunge", Side.RIGHT, right, null, 30),
                new DoneItem("breath-release", Side.BOTH, breath, null, 60));
    }

    @Test
    void notOneSetDoneIsAStoppedAttemptThatIsNotASessionDone() {
        assertThat(SessionOutcome.of(PLANNED, done(0, 0, 0))).isEqualTo(SessionOutcome.STOPPED);
        assertThat(SessionOutcome.STOPPED.done()).isFalse();
    }

    @Test
    void oneSetDoneIsASessionDoneButNotComplete() {
        assertThat(SessionOutcome.of(PLANNED, done(0, 0, 1))).isEqualTo(SessionOutcome.PARTIAL);
        assertThat(SessionOutcome.of(PLANNED, done(4, 2, 1))).isEqualTo(SessionOutcome.PARTIAL);
        assertThat(SessionOutcome.PARTIAL.done()).isTrue();
    }

    @Test
    void everyPlannedSetOfEveryItemDoneIsComplete() {
        assertThat(SessionOutcome.of(PLANNED, done(4, 3, 1))).isEqualTo(SessionOutcome.COMPLETE);
        assertThat(SessionOutcome.of(PLANNED, done(5, 3, 1))).isEqualTo(SessionOutcome.COMPLETE);
    }

    @Test
    void aPlannedItemLeftOutOfTheLogMeansNotComplete() {
        assertThat(SessionOutcome.of(PLANNED, List.of(new DoneItem("kneeling-lunge", Side.LEFT, 4, null, 30)))).isEqualTo(SessionOutcome.PARTIAL);
    }

    @Test
    void whatAClientSaidOfCompletenessIsReplacedByTheServersDecision() {
        LoggedSession claimed = new LoggedSession("k", java.time.LocalDate.of(2026, 12, 1), null, null, true, 3, 2, "", done(0, 0, 0));
        assertThat(claimed.decided(PLANNED).completed()).isFalse();
        assertThat(claimed.stopped()).isTrue();
        LoggedSession modest = new LoggedSession("k", java.time.LocalDate.of(2026, 12, 1), null, null, false, 3, 2, "", done(4, 3, 1));
        assertThat(modest.decided(PLANNED).completed()).isTrue();
        assertThat(claimed.decided(PLANNED).sameContentAs(claimed)).isTrue();
    }
}
