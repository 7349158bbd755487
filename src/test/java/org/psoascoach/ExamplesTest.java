package org.psoascoach;

import org.junit.jupiter.api.Test;
import org.psoascoach.assessment.FindingStatus;
import org.psoascoach.assessment.Side;
import org.psoascoach.catalog.Position;
import org.psoascoach.catalog.Role;
import org.psoascoach.contract.IntakeReader;
import org.psoascoach.planning.PlanResult;
import org.psoascoach.planning.PlannedItem;
import org.psoascoach.safety.ReasonCode;
import org.psoascoach.safety.TriageLevel;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The three sample intakes in examples give sensible plans. */
class ExamplesTest {
    private static PlanResult plan(String name) throws Exception {
        return Fixtures.PLANNER.plan(IntakeReader.read(Files.readString(Path.of("examples", name))));
    }

    @Test
    void theDeskWorkerGetsADailyPlanThatStretchesTheTightLeftAndStrengthensTheWeakRight() throws Exception {
        PlanResult r = plan("desk-worker.json");
        assertThat(r.triage().level()).isEqualTo(TriageLevel.PROCEED);
        assertThat(r.findings().left().status()).isEqualTo(FindingStatus.TIGHT);
        assertThat(r.findings().right().status()).isEqualTo(FindingStatus.WEAK);
        assertThat(r.plan().sessionsPerWeek()).isEqualTo(7);
        assertThat(r.plan().estimatedMinutes()).isBetween(10, 15);
        assertThat(Fixtures.volume(r.plan(), Role.PSOAS_STRETCH, Side.LEFT)).isGreaterThan(Fixtures.volume(r.plan(), Role.PSOAS_STRETCH, Side.RIGHT));
        assertThat(Fixtures.volume(r.plan(), Role.PSOAS_STRENGTHEN, Side.RIGHT)).isGreaterThan(Fixtures.volume(r.plan(), Role.PSOAS_STRENGTHEN, Side.LEFT));
    }

    @Test
    void thePregnantPersonWithAPartnerGetsNothingLyingDownAndMoreWorkForTheWeakerLeft() throws Exception {
        PlanResult r = plan("pregnant-partner.json");
        assertThat(r.triage().level()).isEqualTo(TriageLevel.MODIFY);
        assertThat(r.triage().has(ReasonCode.PREGNANCY)).isTrue();
        assertThat(r.findings().left().status()).isEqualTo(FindingStatus.WEAK);
        assertThat(r.plan().items()).extracting(PlannedItem::item).allMatch(i -> !i.position().isLying() && !i.id().equals("boat-pose"));
        assertThat(r.plan().estimatedMinutes()).isLessThanOrEqualTo(12);
        assertThat(Fixtures.volume(r.plan(), Role.PSOAS_STRENGTHEN, Side.LEFT)).isGreaterThan(Fixtures.volume(r.plan(), Role.PSOAS_STRENGTHEN, Side.RIGHT));
        assertThat(r.plan().items()).noneMatch(i -> i.item().position() == Position.PRONE);
    }

    @Test
    void theRedFlagEndsAtSeeDoctorWithNoPlan() throws Exception {
        PlanResult r = plan("red-flag.json");
        assertThat(r.triage().level()).isEqualTo(TriageLevel.SEE_DOCTOR);
        assertThat(r.triage().has(ReasonCode.UNEXPLAINED_WEIGHT_LOSS)).isTrue();
        assertThat(r.plan()).isNull();
        assertThat(r.advice().get(0)).contains("doctor");
    }
}
