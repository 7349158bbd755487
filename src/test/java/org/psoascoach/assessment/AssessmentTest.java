package org.psoascoach.assessment;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.psoascoach.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.psoascoach.Fixtures.intake;

/** SPEC §1.1, rule by rule. */
class AssessmentTest {
    private final Assessment assessment = new Assessment(Fixtures.MESSAGES);

    private Findings assess(Fixtures.IntakeBuilder b) { return assessment.assess(b.build().tests()); }

    @Test
    void holdingTheKneeUpUnder15SecondsIsWeak() {
        Findings f = assess(intake().hold(14.9, true, 15, true));
        assertThat(f.left().status()).isEqualTo(FindingStatus.WEAK);
        assertThat(f.right().status()).isEqualTo(FindingStatus.BALANCED);
    }

    @Test
    void aPelvisThatDoesNotStayLevelIsWeakEvenWithALongHold() {
        assertThat(assess(intake().hold(30, false, 30, true)).left().status()).isEqualTo(FindingStatus.WEAK);
    }

    @Test
    void aThighThatDoesNotRestOnTheTableIsTight() {
        assertThat(assess(intake().thomasLeft(false, false, null, null)).left().status()).isEqualTo(FindingStatus.TIGHT);
    }

    @Test
    void aThighThatRestsOnlyWithTheLowBackArchedIsTight() {
        assertThat(assess(intake().thomasLeft(true, true, null, null)).left().status()).isEqualTo(FindingStatus.TIGHT);
    }

    @Test
    void aThighAboveTheTableLineIsTight() {
        assertThat(assess(intake().thomasLeft(true, false, 0.5, null)).left().status()).isEqualTo(FindingStatus.TIGHT);
        assertThat(assess(intake().thomasLeft(true, false, 0.0, null)).left().status()).isEqualTo(FindingStatus.BALANCED);
    }

    @Test
    void aKneeAngleUnder80DegreesAddsARectusFemorisNoteWithoutChangingTheStatus() {
        Findings f = assess(intake().thomasLeft(true, false, -5.0, 75.0).thomasRight(true, false, -5.0, 80.0));
        assertThat(f.left().status()).isEqualTo(FindingStatus.BALANCED);
        assertThat(f.left().notes()).extracting(Note::code).contains(Note.RECTUS_FEMORIS_TIGHT);
        assertThat(f.right().notes()).extracting(Note::code).doesNotContain(Note.RECTUS_FEMORIS_TIGHT);
    }

    @Test
    void theLegThatLiftsAtLeast15PercentLowerIsTheTighterSide() {
        Findings f = assess(intake().legRaise(85, 100));
        assertThat(f.left().status()).isEqualTo(FindingStatus.TIGHT);
        assertThat(f.right().status()).isEqualTo(FindingStatus.BALANCED);
        Findings close = assess(intake().legRaise(86, 100));
        assertThat(close.left().status()).isEqualTo(FindingStatus.BALANCED);
    }

    @Test
    void oneLegLiftAloneSaysNothingAndIsNoted() {
        Findings f = assess(intake().legRaiseLeftOnly(20));
        assertThat(f.left().status()).isEqualTo(FindingStatus.UNTESTED);
        assertThat(f.left().notes()).extracting(Note::code).contains(Note.LEG_RAISE_NEEDS_BOTH_SIDES);
    }

    @Test
    void aResistedGradeOf3OrLessIsWeak() {
        Findings f = assess(intake().resisted(3, null));
        assertThat(f.left().status()).isEqualTo(FindingStatus.WEAK);
        assertThat(assess(intake().resisted(4, null)).left().status()).isEqualTo(FindingStatus.BALANCED);
    }

    @Test
    void aResistedGradeOneBelowTheOtherSideIsWeak() {
        Findings f = assess(intake().resisted(4, 5));
        assertThat(f.left().status()).isEqualTo(FindingStatus.WEAK);
        assertThat(f.right().status()).isEqualTo(FindingStatus.BALANCED);
    }

    @Test
    void tightAndWeakTogetherIsTightAndWeak() {
        Findings f = assess(intake().thomasLeft(false, true, 12.0, null).holdLeft(5, false));
        assertThat(f.left().status()).isEqualTo(FindingStatus.TIGHT_AND_WEAK);
        assertThat(f.left().tight()).isTrue();
        assertThat(f.left().weak()).isTrue();
    }

    @Test
    void aSideWithNoTestIsUntested() {
        Findings f = assess(intake().holdLeft(20, true));
        assertThat(f.right().status()).isEqualTo(FindingStatus.UNTESTED);
    }

    @Test
    void aBalancedSideSaysWhichKindWasNotTested() {
        Findings onlyWeakness = assess(intake().holdLeft(20, true));
        assertThat(onlyWeakness.left().status()).isEqualTo(FindingStatus.BALANCED);
        assertThat(onlyWeakness.left().notes()).extracting(Note::code).containsExactly(Note.TIGHTNESS_NOT_TESTED);
        Findings onlyTightness = assess(intake().thomasLeft(true, false, null, null));
        assertThat(onlyTightness.left().notes()).extracting(Note::code).containsExactly(Note.WEAKNESS_NOT_TESTED);
    }

    @Test
    void asymmetryNamesTheWeakerSideOfTheHold() {
        Findings f = assess(intake().hold(22, true, 9, false));
        Asymmetry a = f.asymmetry().get(0);
        assertThat(a.test()).isEqualTo("standing-hip-flexion-hold");
        assertThat(a.difference()).isEqualTo(13);
        assertThat(a.lowerSide()).isEqualTo(Side.RIGHT);
    }

    @Test
    void thomasAnglesWithin5DegreesAreNoMeasurableAsymmetry() {
        Findings close = assess(intake().thomasLeft(true, false, 4.0, null).thomasRight(true, false, 0.0, null));
        assertThat(close.asymmetry().get(0).lowerSide()).isNull();
        Findings apart = assess(intake().thomasLeft(true, false, 8.0, null).thomasRight(true, false, 0.0, null));
        assertThat(apart.asymmetry().get(0).lowerSide()).isEqualTo(Side.LEFT);
    }

    @Test
    void angleChangesUnder5DegreesAreNoMeasurableChange() {
        assertThat(AngleChange.between(8, 4.1)).isEqualTo(AngleChange.NO_MEASURABLE_CHANGE);
        assertThat(AngleChange.between(8, 3)).isEqualTo(AngleChange.DECREASED);
        assertThat(AngleChange.between(-2, 3)).isEqualTo(AngleChange.INCREASED);
    }

    @Test
    void findingsQuoteTheirEvidence() {
        Findings f = assess(intake().thomasLeft(true, false, 8.0, null).hold(25, true, 9, false));
        assertThat(f.left().tightEvidence()).singleElement().asString().contains("8");
        assertThat(f.right().weakEvidence()).singleElement().asString().contains("9 s");
    }

    @Test
    void aHoldDifferenceUnder3SecondsIsNotASideDifference() {
        assertThat(assess(intake().hold(18, true, 17, true)).asymmetry().get(0).lowerSide()).isNull();
        assertThat(assess(intake().hold(25, true, 26, true)).asymmetry().get(0).lowerSide()).isNull();
        assertThat(assess(intake().hold(20, true, 17, true)).asymmetry().get(0).lowerSide()).isEqualTo(Side.RIGHT);
    }

    @Test
    void aLegLiftDifferenceUnderThe15PercentRuleIsNotASideDifference() {
        assertThat(assess(intake().legRaise(24, 25)).asymmetry().get(0).lowerSide()).isNull();
        assertThat(assess(intake().legRaise(20, 25)).asymmetry().get(0).lowerSide()).isEqualTo(Side.LEFT);
    }

    @Test
    void equalResistedGradesAreNotASideDifferenceButOneGradeIs() {
        assertThat(assess(intake().resisted(4, 4)).asymmetry().get(0).lowerSide()).isNull();
        assertThat(assess(intake().resisted(4, 5)).asymmetry().get(0).lowerSide()).isEqualTo(Side.LEFT);
    }

    @Test
    void fromPregnancyWeek13TheTestsLyingDownAreNotUsedAndTheFindingsSaySo() {
        var tests = intake().thomasLeft(false, true, 10.0, null).legRaise(10, 30).resisted(2, 5).hold(25, true, 25, true).build().tests();
        Findings week20 = assessment.assess(tests, 20);
        assertThat(week20.left().status()).isEqualTo(FindingStatus.BALANCED);
        assertThat(week20.left().notes()).anySatisfy(n -> {
            assertThat(n.code()).isEqualTo(Note.TIGHTNESS_NOT_TESTED);
            assertThat(n.message()).contains("pregnancy");
        });
        assertThat(week20.asymmetry()).extracting(Asymmetry::test).containsExactly("standing-hip-flexion-hold");
        Findings week12 = assessment.assess(tests, 12);
        assertThat(week12.left().status()).isEqualTo(FindingStatus.TIGHT_AND_WEAK);
    }

    @Test
    void theTestsThatMayBeAskedFollowPregnancyHelperAndSurface() {
        var all = java.util.EnumSet.allOf(org.psoascoach.catalog.Equipment.class);
        for (TestId lying : List.of(TestId.MODIFIED_THOMAS, TestId.PRONE_LEG_RAISE, TestId.RESISTED_HIP_FLEXION)) {
            assertThat(TestEligibility.askable(lying, 13, all)).as(lying.id()).isFalse();
            assertThat(TestEligibility.askable(lying, 12, all)).as(lying.id()).isTrue();
        }
        assertThat(TestEligibility.askable(TestId.STANDING_HIP_FLEXION_HOLD, 40, java.util.Set.of())).isTrue();
        assertThat(TestEligibility.askable(TestId.PRONE_LEG_RAISE, null, java.util.EnumSet.of(org.psoascoach.catalog.Equipment.MAT))).isFalse();
        assertThat(TestEligibility.askable(TestId.MODIFIED_THOMAS, null, java.util.EnumSet.of(org.psoascoach.catalog.Equipment.MAT))).isFalse();
        assertThat(TestEligibility.askable(TestId.MODIFIED_THOMAS, null, java.util.EnumSet.of(org.psoascoach.catalog.Equipment.BED_OR_COUCH))).isTrue();
        assertThat(TestEligibility.askable(TestId.MODIFIED_THOMAS, null, java.util.EnumSet.of(org.psoascoach.catalog.Equipment.TABLE))).isTrue();
    }
}
