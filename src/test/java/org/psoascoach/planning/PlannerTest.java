package org.psoascoach.planning;

import org.junit.jupiter.api.Test;
import org.psoascoach.Fixtures;
import org.psoascoach.assessment.Activity;
import org.psoascoach.assessment.Condition;
import org.psoascoach.assessment.SessionLog;
import org.psoascoach.assessment.Side;
import org.psoascoach.assessment.Symptom;
import org.psoascoach.catalog.Equipment;
import org.psoascoach.catalog.Item;
import org.psoascoach.catalog.Position;
import org.psoascoach.catalog.Role;
import org.psoascoach.catalog.VariantLevel;
import org.psoascoach.contract.PlanJson;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.psoascoach.Fixtures.intake;
import static org.psoascoach.Fixtures.plan;

/** SPEC §1.3, rule by rule. */
class PlannerTest {

    static Set<String> ids(Plan plan) { return plan.items().stream().map(i -> i.item().id()).collect(Collectors.toSet()); }

    // ---- emphasis per side

    @Test
    void tightLeftSideGetsMoreStretchingThanRight() {
        Plan plan = plan(intake().tightLeft().equipment(Equipment.MAT, Equipment.CHAIR)).plan();
        assertThat(Fixtures.volume(plan, Role.PSOAS_STRETCH, Side.LEFT)).isGreaterThan(Fixtures.volume(plan, Role.PSOAS_STRETCH, Side.RIGHT));
    }

    @Test
    void weakRightSideGetsMoreStrengtheningThanLeft() {
        Plan plan = plan(intake().weakRight().equipment(Equipment.MAT)).plan();
        assertThat(Fixtures.volume(plan, Role.PSOAS_STRENGTHEN, Side.RIGHT)).isGreaterThan(Fixtures.volume(plan, Role.PSOAS_STRENGTHEN, Side.LEFT));
    }

    @Test
    void bothSidesAlwaysGetSomeStretchingAndSomeStrengthening() {
        for (var b : List.of(intake().tightLeft(), intake().weakRight(), intake().balanced(), intake())) {
            Plan plan = plan(b.equipment(Equipment.MAT).minutes(10)).plan();
            for (Side side : Side.SIDES) {
                assertThat(Fixtures.volume(plan, Role.PSOAS_STRETCH, side)).isPositive();
                assertThat(Fixtures.volume(plan, Role.PSOAS_STRENGTHEN, side)).isPositive();
            }
        }
    }

    @Test
    void aTightSideGetsNoPsoasStrengtheningBeyondTheMaintenanceDose() {
        List<SessionLog> goodWeeks = completedWeeks(LocalDate.of(2026, 1, 5), 4, 4);
        Plan plan = plan(intake().tightLeft().equipment(Equipment.MAT).minutes(60).history(goodWeeks)).plan();
        for (PlannedItem item : plan.items()) {
            if (item.item().role() == Role.PSOAS_STRENGTHEN && item.side() != Side.RIGHT) {
                var dosage = item.item().dosage();
                assertThat(item.dose().sets()).as(item.item().id()).isEqualTo(dosage.sets().min());
                if (dosage.isHold()) assertThat(item.dose().holdSeconds()).isEqualTo(dosage.holdSeconds().min());
                else assertThat(item.dose().reps()).isEqualTo(dosage.reps().min());
                assertThat(item.variant()).isNull();
            }
        }
        // sides stay consistent: the balanced right side is held at the same maintenance dose, never above the tight side
        assertThat(Fixtures.volume(plan, Role.PSOAS_STRENGTHEN, Side.RIGHT)).isEqualTo(Fixtures.volume(plan, Role.PSOAS_STRENGTHEN, Side.LEFT));
    }

    @Test
    void aTightSideGetsGluteStrengtheningInstead() {
        Plan plan = plan(intake().tightLeft().equipment(Equipment.MAT, Equipment.STABILITY_BALL)).plan();
        assertThat(plan.items()).anyMatch(i -> i.item().role() == Role.GLUTE_STRENGTHEN);
        PlannedItem bridge = plan.items().stream().filter(i -> i.item().id().equals("ball-bridge")).findFirst().orElseThrow();
        assertThat(bridge.why()).contains("glute");
        assertThat(plan(intake().balanced().equipment(Equipment.MAT, Equipment.STABILITY_BALL)).excluded())
                .anyMatch(e -> e.id().equals("ball-bridge") && e.reason() == ExclusionReason.NOT_NEEDED);
    }

    @Test
    void aTightAndWeakSideIsStretchedFirstThenStrengthened() {
        Plan plan = plan(intake().thomasLeft(false, true, 10.0, null).holdLeft(6, false).thomasRight(true, false, null, null)
                .holdRight(25, true).equipment(Equipment.MAT)).plan();
        int lastStretch = -1, firstStrength = Integer.MAX_VALUE;
        for (int i = 0; i < plan.items().size(); i++) {
            PlannedItem item = plan.items().get(i);
            if (item.side() != Side.LEFT) continue;
            if (item.item().role() == Role.PSOAS_STRETCH) lastStretch = i;
            if (item.item().role() == Role.PSOAS_STRENGTHEN) firstStrength = Math.min(firstStrength, i);
        }
        assertThat(lastStretch).isNotNegative().isLessThan(firstStrength);
    }

    @Test
    void theTightSideIsStretchedBeforeTheBalancedSide() {
        Plan plan = plan(intake().thomasLeft(true, false, null, null).thomasRight(false, true, 5.0, null).equipment(Equipment.MAT)).plan();
        PlannedItem firstStretch = plan.items().stream().filter(i -> i.part() == SessionPart.STRETCH).findFirst().orElseThrow();
        assertThat(firstStretch.side()).isEqualTo(Side.RIGHT);
    }

    // ---- order, frequency, time, re-test

    @Test
    void aSessionRunsBreathingThenStretchesThenStrengtheningThenAClosingBreath() {
        Plan plan = plan(intake().tightLeft().allEquipment().minutes(30)).plan();
        List<SessionPart> parts = plan.items().stream().map(PlannedItem::part).toList();
        for (int i = 1; i < parts.size(); i++) assertThat(parts.get(i)).isGreaterThanOrEqualTo(parts.get(i - 1));
        assertThat(parts.get(0)).isEqualTo(SessionPart.OPENING);
        assertThat(plan.items().get(0).item().role()).isEqualTo(Role.BREATHING);
        assertThat(parts.get(parts.size() - 1)).isEqualTo(SessionPart.CLOSING);
        assertThat(plan.items().get(parts.size() - 1).item().role()).isEqualTo(Role.BREATHING);
        assertThat(parts).contains(SessionPart.STRETCH, SessionPart.STRENGTHEN);
    }

    @Test
    void sittingSixHoursOrMoreMeansDailySessions() {
        assertThat(plan(intake().balanced().sitting(6)).plan().sessionsPerWeek()).isEqualTo(7);
        assertThat(plan(intake().balanced().sitting(5.5)).plan().sessionsPerWeek()).isBetween(3, 4);
    }

    @Test
    void equipmentOnlyAHarderVersionNeedsIsNamedWithWhereItComesIn() {
        var withBand = plan(intake().balanced().minutes(30).equipment(Equipment.MAT, Equipment.RESISTANCE_BAND));
        assertThat(withBand.plan().items()).anyMatch(p -> p.item().id().equals("standing-hip-flexion"));
        assertThat(withBand.advice()).anyMatch(a -> a.startsWith("You have a resistance band: it comes in later")
                && a.contains("the harder version of Standing knee lift"));
        var without = plan(intake().balanced().minutes(30).equipment(Equipment.MAT));
        assertThat(without.advice()).noneMatch(a -> a.contains("comes in later"));
    }

    @Test
    void deskWorkMeansDailySessions() {
        assertThat(plan(intake().balanced().activities(Activity.DESK_WORK)).plan().sessionsPerWeek()).isEqualTo(7);
    }

    @Test
    void otherwiseThreeOrFourSessionsAWeek() {
        assertThat(plan(intake().balanced().activities(Activity.RUNNING)).plan().sessionsPerWeek()).isEqualTo(3);
        assertThat(plan(intake().tightLeft().activities(Activity.RUNNING)).plan().sessionsPerWeek()).isEqualTo(4);
    }

    @Test
    void theFrequencyIsExplainedHonestlyWhenNothingWasTested() {
        assertThat(plan(intake()).plan().frequencyWhy()).contains("until your tests show");
        assertThat(plan(intake().balanced()).plan().frequencyWhy()).contains("keep both sides");
    }

    @Test
    void theEstimateNeverExceedsTheMinutesPerSession() {
        for (int minutes = 5; minutes <= 60; minutes++) {
            Plan plan = plan(intake().tightLeft().holdRight(5, false).allEquipment().minutes(minutes)).plan();
            assertThat(plan.estimatedSeconds()).as(minutes + " min").isLessThanOrEqualTo(minutes * 60);
            assertThat(plan.estimatedMinutes()).isLessThanOrEqualTo(minutes);
            assertThat(plan.estimatedSeconds()).isEqualTo(plan.items().stream().mapToInt(PlannedItem::estimatedSeconds).sum());
        }
    }

    @Test
    void theEstimateCountsHoldsRepsAtThreeSecondsAndTenSecondTransitions() {
        assertThat(new Dose(org.psoascoach.catalog.Dosage.Kind.HOLD, 3, 30, null).estimatedSeconds()).isEqualTo(3 * 30 + 3 * 10);
        assertThat(new Dose(org.psoascoach.catalog.Dosage.Kind.REPS, 2, null, 10).estimatedSeconds()).isEqualTo(2 * 10 * 3 + 2 * 10);
        assertThat(new Dose(org.psoascoach.catalog.Dosage.Kind.REPS, 1, 3, 10).estimatedSeconds()).isEqualTo(10 * (3 + 2) + 10);
    }

    @Test
    void aFiveMinuteSessionStillCoversBothSides() {
        Plan plan = plan(intake().tightLeft().equipment(Equipment.MAT).minutes(5)).plan();
        assertThat(plan.estimatedSeconds()).isLessThanOrEqualTo(300);
        for (Side side : Side.SIDES) {
            assertThat(Fixtures.volume(plan, Role.PSOAS_STRETCH, side)).isPositive();
            assertThat(Fixtures.volume(plan, Role.PSOAS_STRENGTHEN, side)).isPositive();
        }
        assertThat(Fixtures.volume(plan, Role.PSOAS_STRETCH, Side.LEFT)).isGreaterThan(Fixtures.volume(plan, Role.PSOAS_STRETCH, Side.RIGHT));
    }

    @Test
    void aRetestIsDueEvery14Days() {
        assertThat(plan(intake().balanced()).plan().retestAfterDays()).isEqualTo(14);
    }

    // ---- equipment and restrictions

    @Test
    void anItemNeedingEquipmentThePersonLacksIsNeverPlanned() {
        PlanResult result = plan(intake().tightLeft().equipment(Equipment.MAT));
        for (PlannedItem item : result.plan().items()) {
            var needed = item.variant() != null ? item.variant().equipment() : item.item().equipment();
            assertThat(needed).as(item.item().id()).isSubsetOf(Equipment.MAT);
        }
        assertThat(result.excluded()).anyMatch(e -> e.id().equals("table-edge-hip-flexor-stretch") && e.reason() == ExclusionReason.MISSING_EQUIPMENT);
    }

    @Test
    void withNoEquipmentAtAllThePlanUsesOnlyEquipmentFreeItems() {
        Plan plan = plan(intake().tightLeft()).plan();
        assertThat(plan.items()).isNotEmpty().allMatch(i -> i.item().equipment().isEmpty());
    }

    @Test
    void fromPregnancyWeek13NothingLyingDownAndNoBoatPose() {
        PlanResult result = plan(intake().tightLeft().pregnancyWeek(13).allEquipment().minutes(60));
        for (PlannedItem item : result.plan().items()) {
            assertThat(item.item().position()).as(item.item().id()).isNotIn(Position.SUPINE, Position.PRONE);
            assertThat(item.item().id()).isNotEqualTo("boat-pose");
        }
        assertThat(result.excluded()).anyMatch(e -> e.id().equals("boat-pose") && e.reasons().contains(ExclusionReason.PREGNANCY));
        assertThat(result.excluded()).anyMatch(e -> e.id().equals("supine-single-leg-lift") && e.reasons().contains(ExclusionReason.PREGNANCY));
    }

    @Test
    void beforePregnancyWeek13LyingItemsMayStillBePlanned() {
        PlanResult result = plan(intake().balanced().pregnancyWeek(12).equipment(Equipment.MAT, Equipment.TABLE).minutes(60));
        assertThat(result.excluded()).noneMatch(e -> e.reasons().contains(ExclusionReason.PREGNANCY));
    }

    @Test
    void anyFoamRollingContraindicationRemovesEveryFoamRollingItem() {
        for (Condition condition : List.of(Condition.CANCER, Condition.BLOOD_CLOTS, Condition.ANEURYSM, Condition.ANTICOAGULANTS,
                Condition.HEART_FAILURE, Condition.OPEN_WOUNDS, Condition.BURSITIS, Condition.EDEMA)) {
            PlanResult result = plan(intake().tightLeft().conditions(condition).allEquipment().minutes(60));
            assertThat(result.plan().items()).as(condition.id()).noneMatch(i -> i.item().foamRolling());
            assertThat(result.excluded()).anyMatch(e -> e.id().equals("foam-roll-tfl-adductors")
                    && e.reason() == ExclusionReason.FOAM_ROLLING_CONTRAINDICATED);
        }
        assertThat(plan(intake().tightLeft().allEquipment().minutes(60)).plan().items()).anyMatch(i -> i.item().foamRolling());
    }

    @Test
    void arthritisLeavesOutAdvancedItemsAndSupportsStandingItemsWithAChair() {
        PlanResult result = plan(intake().weakRight().conditions(Condition.OSTEOARTHRITIS).equipment(Equipment.CHAIR));
        assertThat(result.plan().items()).noneMatch(i -> i.item().advanced());
        for (PlannedItem item : result.plan().items()) {
            if (item.item().position() == Position.STANDING) {
                assertThat(item.variant()).isNotNull();
                assertThat(item.variant().chairSupported()).isTrue();
                assertThat(item.why()).contains("chair");
            }
        }
        assertThat(result.plan().items()).anyMatch(i -> i.item().position() == Position.STANDING);
        assertThat(result.excluded()).anyMatch(e -> e.id().equals("kneeling-backbend") && e.reasons().contains(ExclusionReason.ARTHRITIS));
    }

    @Test
    void anOlderAdultWithoutAChairGetsNoStandingItems() {
        PlanResult result = plan(intake().weakRight().age(70).equipment(Equipment.MAT));
        assertThat(result.plan().items()).noneMatch(i -> i.item().position() == Position.STANDING);
        assertThat(result.plan().items()).noneMatch(i -> i.item().advanced());
        assertThat(result.excluded()).anyMatch(e -> e.id().equals("standing-hip-flexion") && e.reasons().contains(ExclusionReason.CHAIR_SUPPORT_NEEDED));
        assertThat(result.excluded()).anyMatch(e -> e.id().equals("kneeling-backbend") && e.reasons().contains(ExclusionReason.OLDER_ADULT));
    }

    @Test
    void partnerItemsOnlyWithAPartner() {
        var withoutPartner = plan(intake().tightLeft().resisted(4, 3).equipment(Equipment.MAT).minutes(60));
        assertThat(withoutPartner.plan().items()).noneMatch(i -> i.item().equipment().contains(Equipment.PARTNER));
        assertThat(withoutPartner.excluded()).anyMatch(e -> e.id().equals("partner-glute-activation") && e.reason() == ExclusionReason.MISSING_EQUIPMENT);
        var withPartner = plan(intake().tightLeft().resisted(4, 3).equipment(Equipment.MAT, Equipment.PARTNER).minutes(60));
        assertThat(withPartner.plan().items()).anyMatch(i -> i.item().id().equals("partner-glute-activation"));
    }

    @Test
    void theDeepPsoasReleaseIsNeverInASelfGuidedPlan() {
        PlanResult result = plan(intake().tightLeft().allEquipment().minutes(60));
        assertThat(ids(result.plan())).doesNotContain("practitioner-psoas-release");
        assertThat(result.excluded()).anyMatch(e -> e.id().equals("practitioner-psoas-release") && e.reason() == ExclusionReason.PRACTITIONER_ONLY);
    }

    // ---- triage

    @Test
    void urgentGivesNoPlanAndExcludesEverything() {
        PlanResult result = plan(intake().tightLeft().symptoms(Symptom.CAUDA_EQUINA_SIGNS).allEquipment());
        assertThat(result.plan()).isNull();
        assertThat(result.excluded()).hasSize(17).allMatch(e -> e.reason() == ExclusionReason.TRIAGE_URGENT);
    }

    @Test
    void anUnclearedSeeDoctorGivesNoPlan() {
        PlanResult result = plan(intake().tightLeft().symptoms(Symptom.SUSPECTED_BURSITIS).allEquipment());
        assertThat(result.plan()).isNull();
        assertThat(result.excluded()).allMatch(e -> e.reason() == ExclusionReason.TRIAGE_SEE_DOCTOR);
    }

    @Test
    void aClearedSeeDoctorGetsAPlanWithTheModifyRestrictions() {
        PlanResult result = plan(intake().tightLeft().symptoms(Symptom.SUSPECTED_BURSITIS).cleared().allEquipment());
        assertThat(result.triage().level().id()).isEqualTo("modify");
        assertThat(result.plan()).isNotNull();
        assertThat(result.plan().items()).noneMatch(i -> i.item().foamRolling());
    }

    // ---- explained

    @Test
    void everyPlannedItemSaysWhyAndEveryOtherExerciseIsExcludedWithAReason() {
        PlanResult result = plan(intake().tightLeft().holdRight(5, true).equipment(Equipment.MAT, Equipment.CHAIR));
        assertThat(result.plan().items()).allSatisfy(i -> assertThat(i.why()).isNotBlank());
        Set<String> planned = ids(result.plan());
        Set<String> excluded = result.excluded().stream().map(Exclusion::id).collect(Collectors.toSet());
        for (Item item : Fixtures.CATALOG.items()) {
            if (item.role() == Role.TEST) continue;
            assertThat(planned.contains(item.id()) ^ excluded.contains(item.id())).as(item.id()).isTrue();
        }
        assertThat(result.excluded()).allSatisfy(e -> assertThat(e.message()).isNotBlank());
    }

    @Test
    void theWhyNamesTheFindingAndTheSide() {
        Plan plan = plan(intake().tightLeft().equipment(Equipment.MAT)).plan();
        PlannedItem leftStretch = plan.items().stream().filter(i -> i.side() == Side.LEFT && i.item().role() == Role.PSOAS_STRETCH).findFirst().orElseThrow();
        assertThat(leftStretch.why()).contains("left").contains("tight").contains("Thomas");
    }

    @Test
    void untestedSidesAreSaidSo() {
        PlanResult result = plan(intake().holdLeft(25, true));
        assertThat(result.advice()).anyMatch(a -> a.contains("right side was not tested"));
        assertThat(result.plan().items()).filteredOn(i -> i.side() == Side.RIGHT).allMatch(i -> i.why().contains("not tested"));
    }

    @Test
    void theSameInputAlwaysGivesByteIdenticalOutput() {
        var intake = intake().tightLeft().holdRight(9, false).conditions(Condition.ANTICOAGULANTS, Condition.OSTEOARTHRITIS)
                .equipment(Equipment.CHAIR, Equipment.RESISTANCE_BAND, Equipment.MAT).sitting(9).build();
        String first = PlanJson.write(Fixtures.PLANNER.plan(intake));
        for (int i = 0; i < 20; i++) {
            assertThat(PlanJson.write(new Planner(Fixtures.CATALOG, Fixtures.MESSAGES).plan(intake))).isEqualTo(first);
        }
    }

    // ---- progression

    @Test
    void aCompletedWeekWithPainNotWorseRaisesHoldsByFiveSeconds() {
        var base = intake().balanced().equipment(Equipment.MAT).minutes(30);
        int before = holdOf(plan(base).plan(), "kneeling-lunge");
        var after = plan(intake().balanced().equipment(Equipment.MAT).minutes(30).history(completedWeeks(LocalDate.of(2026, 3, 2), 1, 3)));
        assertThat(holdOf(after.plan(), "kneeling-lunge")).isEqualTo(before + 5);
        assertThat(after.plan().progressionChanges()).singleElement().asString().contains("raised");
    }

    @Test
    void aSessionWithPainUpByTwoStepsBackAndSaysSo() {
        List<SessionLog> logs = new ArrayList<>(completedWeeks(LocalDate.of(2026, 3, 2), 2, 3));
        logs.add(new SessionLog(LocalDate.of(2026, 3, 16), 2, 4, true));
        PlanResult result = plan(intake().balanced().equipment(Equipment.MAT).minutes(30).history(logs));
        assertThat(result.plan().progression().step()).isEqualTo(1);
        assertThat(holdOf(result.plan(), "kneeling-lunge")).isEqualTo(35);
        assertThat(result.plan().progressionChanges()).last().asString().contains("from 2 to 4");
        assertThat(result.plan().items().stream().filter(i -> i.item().id().equals("kneeling-lunge")).findFirst().orElseThrow().why())
                .contains("stepped back");
    }

    @Test
    void pastTheTopDoseComesTheHarderVariant() {
        // standing knee lift: 10–12 reps, so one step (+2 reps) reaches the top and the second brings the band
        Plan oneStep = plan(intake().balanced().equipment(Equipment.RESISTANCE_BAND).history(completedWeeks(LocalDate.of(2026, 3, 2), 1, 3))).plan();
        PlannedItem top = oneStep.items().stream().filter(i -> i.item().id().equals("standing-hip-flexion")).findFirst().orElseThrow();
        assertThat(top.variant()).isNull();
        assertThat(top.dose().reps()).isEqualTo(12);
        var logs = completedWeeks(LocalDate.of(2026, 3, 2), 2, 3);
        Plan withBand = plan(intake().balanced().equipment(Equipment.RESISTANCE_BAND).history(logs)).plan();
        PlannedItem lift = withBand.items().stream().filter(i -> i.item().id().equals("standing-hip-flexion")).findFirst().orElseThrow();
        assertThat(lift.variant().level()).isEqualTo(VariantLevel.HARDER);
        assertThat(lift.dose().reps()).isEqualTo(10);
        Plan withoutBand = plan(intake().balanced().history(logs)).plan();
        PlannedItem plain = withoutBand.items().stream().filter(i -> i.item().id().equals("standing-hip-flexion")).findFirst().orElseThrow();
        assertThat(plain.variant()).isNull();
        assertThat(plain.dose().reps()).isEqualTo(12);
    }

    static int holdOf(Plan plan, String id) {
        return plan.items().stream().filter(i -> i.item().id().equals(id)).findFirst().orElseThrow().dose().holdSeconds();
    }

    /** {@code weeks} weeks of {@code perWeek} finished sessions with pain going down. */
    static List<SessionLog> completedWeeks(LocalDate start, int weeks, int perWeek) {
        List<SessionLog> logs = new ArrayList<>();
        for (int w = 0; w < weeks; w++) {
            for (int s = 0; s < perWeek; s++) logs.add(new SessionLog(start.plusDays(w * 7L + s * 2L), 3, 2, true));
        }
        return logs;
    }

    // ---- sides stay consistent (SPEC §1.3, clarified)

    static PlannedItem only(Plan plan, String id, Side side) {
        return plan.items().stream().filter(i -> i.item().id().equals(id) && i.side() == side).findFirst().orElseThrow();
    }

    @Test
    void aBalancedSideIsHeldAtTheSameMaintenanceDoseAsATightSide() {
        // left tight and weak (hold 6 s, pelvis unstable, Thomas positive), right balanced
        for (int minutes : List.of(10, 20, 30, 45, 60)) {
            Plan plan = plan(intake().thomasLeft(false, true, null, null).thomasRight(true, false, null, null)
                    .hold(6, false, 25, true).equipment(Equipment.MAT, Equipment.CHAIR, Equipment.TABLE).minutes(minutes)).plan();
            PlannedItem left = only(plan, "standing-hip-flexion", Side.LEFT), right = only(plan, "standing-hip-flexion", Side.RIGHT);
            assertThat(right.dose()).as(minutes + " min").isEqualTo(left.dose());
            assertThat(Fixtures.volume(plan, Role.PSOAS_STRENGTHEN, Side.RIGHT)).as(minutes + " min")
                    .isLessThanOrEqualTo(Fixtures.volume(plan, Role.PSOAS_STRENGTHEN, Side.LEFT));
            assertThat(right.why()).contains("same dose");
        }
    }

    @Test
    void anOlderAdultsBalancedSideNeverOvertakesTheTightSideWhateverTheTime() {
        for (int minutes : List.of(30, 60)) {
            Plan plan = plan(intake().age(70).thomasLeft(false, true, null, null).thomasRight(true, false, null, null)
                    .hold(6, false, 25, true).equipment(Equipment.MAT, Equipment.CHAIR).minutes(minutes)).plan();
            for (Role kind : List.of(Role.PSOAS_STRETCH, Role.PSOAS_STRENGTHEN)) {
                assertThat(Fixtures.volume(plan, kind, Side.RIGHT)).as(kind + " at " + minutes + " min")
                        .isLessThanOrEqualTo(Fixtures.volume(plan, kind, Side.LEFT));
            }
        }
    }

    @Test
    void atFiveMinutesTheWeakSideStillGetsMoreThroughAPerSideItem() {
        Plan plan = plan(intake().hold(25, true, 8, true).equipment(Equipment.MAT).minutes(5)).plan();
        assertThat(plan.estimatedSeconds()).isLessThanOrEqualTo(300);
        assertThat(Fixtures.volume(plan, Role.PSOAS_STRENGTHEN, Side.RIGHT)).isGreaterThan(Fixtures.volume(plan, Role.PSOAS_STRENGTHEN, Side.LEFT));
        assertThat(plan.items()).noneMatch(i -> i.item().role() == Role.PSOAS_STRENGTHEN && i.side() == Side.BOTH);
    }

    @Test
    void aBothLegsItemNeverReplacesAPerSideItemThatFits() {
        for (int minutes = 5; minutes <= 60; minutes += 5) {
            Plan plan = plan(intake().weakRight().equipment(Equipment.MAT).minutes(minutes)).plan();
            assertThat(plan.items()).as(minutes + " min").anyMatch(i -> i.item().role() == Role.PSOAS_STRENGTHEN && i.side() == Side.RIGHT);
        }
    }

    @Test
    void aTightSideWithOnlyAMatGetsTheBridgeOnTheFloor() {
        PlanResult result = plan(intake().tightLeft().equipment(Equipment.MAT).minutes(30));
        PlannedItem bridge = result.plan().items().stream().filter(i -> i.item().id().equals("ball-bridge")).findFirst().orElseThrow();
        assertThat(bridge.variant()).isNotNull();
        assertThat(bridge.variant().id()).isEqualTo("floor-bridge");
        assertThat(bridge.variant().equipment()).containsOnly(Equipment.MAT);
        assertThat(bridge.why()).contains(bridge.variant().text().name()).contains("stability ball");
    }

    @Test
    void anItemLeftOutForEquipmentNamesWhatIsMissing() {
        PlanResult result = plan(intake().tightLeft().equipment(Equipment.MAT));
        Exclusion roller = result.excluded().stream().filter(e -> e.id().equals("foam-roll-tfl-adductors")).findFirst().orElseThrow();
        assertThat(roller.reason()).isEqualTo(ExclusionReason.MISSING_EQUIPMENT);
        assertThat(roller.missing()).containsExactly(Equipment.FOAM_ROLLER);
        assertThat(roller.message()).contains("foam roller");
        Exclusion partner = result.excluded().stream().filter(e -> e.id().equals("partner-glute-activation")).findFirst().orElseThrow();
        assertThat(partner.reason()).isEqualTo(ExclusionReason.MISSING_EQUIPMENT);
        assertThat(partner.missing()).containsExactly(Equipment.PARTNER);
        assertThat(partner.message()).contains("helper").doesNotContain("equipment you do not have");
    }

    @Test
    void whenNothingOfAKindIsAllowedThePlanSaysWhichEquipmentWouldOpenIt() {
        PlanResult result = plan(intake().age(70).balanced());
        assertThat(result.plan().items()).noneMatch(i -> i.item().role() == Role.PSOAS_STRETCH || i.item().role() == Role.PSOAS_STRENGTHEN);
        assertThat(result.advice()).anySatisfy(a -> assertThat(a).contains("a chair").contains("stretching").contains("High lunge"));
        assertThat(result.advice()).anySatisfy(a -> assertThat(a).contains("a chair").contains("strengthening").contains("knee lift"));
        assertThat(result.advice()).anySatisfy(a -> assertThat(a).contains("an exercise mat").contains("Kneeling lunge"));
    }
}
