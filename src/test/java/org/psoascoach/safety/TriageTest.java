package org.psoascoach.safety;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.psoascoach.Fixtures;
import org.psoascoach.assessment.Condition;
import org.psoascoach.assessment.Symptom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.psoascoach.Fixtures.intake;

/** SPEC §1.2: every level, every reason code, clearance and the standing advice. */
class TriageTest {
    private final Triage triage = new Triage(Fixtures.MESSAGES);

    private TriageResult screen(Fixtures.IntakeBuilder b) { return triage.screen(b.build()); }

    @ParameterizedTest
    @EnumSource(value = Symptom.class, names = {"CAUDA_EQUINA_SIGNS", "FEVER_WITH_PAIN", "PROGRESSIVE_LEG_WEAKNESS", "RECENT_TRAUMA"})
    void urgentRedFlagsStopEverything(Symptom symptom) {
        TriageResult r = screen(intake().symptoms(symptom));
        assertThat(r.level()).isEqualTo(TriageLevel.URGENT);
        assertThat(r.reasons()).extracting(x -> x.code().id()).contains(symptom.id());
        assertThat(r.advice().get(0)).contains("medical help now");
    }

    @ParameterizedTest
    @EnumSource(value = Symptom.class, names = {"WORSENING_CHRONIC_BACK_PAIN", "PAIN_RADIATES_UP_SPINE", "THIGH_NUMBNESS",
            "UNEXPLAINED_WEIGHT_LOSS", "SUSPECTED_BURSITIS", "SEVERE_PAIN", "CANCER_HISTORY"})
    void seeDoctorRedFlagsHoldTheProgramBack(Symptom symptom) {
        TriageResult r = screen(intake().symptoms(symptom));
        assertThat(r.level()).isEqualTo(TriageLevel.SEE_DOCTOR);
        assertThat(r.reasons()).extracting(x -> x.code().id()).contains(symptom.id());
        assertThat(r.advice().get(0)).contains("doctor");
    }

    @Test
    void chronicPainThatKeepsGettingWorseMeansSeeADoctor() {
        assertThat(screen(intake().pain(3, true, true)).has(ReasonCode.WORSENING_CHRONIC_BACK_PAIN)).isTrue();
        assertThat(screen(intake().pain(3, true, false)).level()).isEqualTo(TriageLevel.PROCEED);
    }

    @Test
    void painOf8OrMoreMeansSeeADoctor() {
        assertThat(screen(intake().pain(8, false, false)).has(ReasonCode.SEVERE_PAIN)).isTrue();
        assertThat(screen(intake().pain(7, false, false)).level()).isEqualTo(TriageLevel.PROCEED);
    }

    @Test
    void cancerTogetherWithBackPainMeansSeeADoctor() {
        TriageResult withPain = screen(intake().conditions(Condition.CANCER).symptoms(Symptom.LOW_BACK_PAIN));
        assertThat(withPain.level()).isEqualTo(TriageLevel.SEE_DOCTOR);
        assertThat(withPain.has(ReasonCode.CANCER_HISTORY)).isTrue();
        TriageResult withoutBackPain = screen(intake().conditions(Condition.CANCER).symptoms(Symptom.KNEE_PAIN));
        assertThat(withoutBackPain.level()).isEqualTo(TriageLevel.MODIFY);
        assertThat(withoutBackPain.has(ReasonCode.CANCER_HISTORY)).isFalse();
    }

    @Test
    void cancerTogetherWithAnyPainMeansSeeADoctor() {
        for (var withPain : List.of(intake().conditions(Condition.CANCER).pain(null, true, false),
                intake().conditions(Condition.CANCER).pain(1, false, false),
                intake().conditions(Condition.CANCER).pain(null, false, true),
                intake().conditions(Condition.CANCER).symptoms(Symptom.FRONT_HIP_PAIN),
                intake().conditions(Condition.CANCER).symptoms(Symptom.DEEP_PELVIC_PAIN))) {
            assertThat(screen(withPain).level()).isEqualTo(TriageLevel.SEE_DOCTOR);
            assertThat(screen(withPain).has(ReasonCode.CANCER_HISTORY)).isTrue();
        }
        assertThat(screen(intake().conditions(Condition.CANCER).pain(0, false, false)).has(ReasonCode.CANCER_HISTORY)).isFalse();
    }

    @Test
    void clinicianClearanceLowersSeeDoctorToModify() {
        TriageResult r = screen(intake().symptoms(Symptom.THIGH_NUMBNESS).cleared());
        assertThat(r.level()).isEqualTo(TriageLevel.MODIFY);
        assertThat(r.clearedByClinician()).isTrue();
        assertThat(r.has(ReasonCode.THIGH_NUMBNESS)).isTrue();
    }

    @Test
    void clinicianClearanceNeverLowersUrgent() {
        TriageResult r = screen(intake().symptoms(Symptom.CAUDA_EQUINA_SIGNS, Symptom.THIGH_NUMBNESS).cleared());
        assertThat(r.level()).isEqualTo(TriageLevel.URGENT);
        assertThat(r.clearedByClinician()).isFalse();
    }

    @Test
    void theHighestLevelWins() {
        TriageResult r = screen(intake().pregnancyWeek(20).symptoms(Symptom.UNEXPLAINED_WEIGHT_LOSS, Symptom.RECENT_TRAUMA));
        assertThat(r.level()).isEqualTo(TriageLevel.URGENT);
        assertThat(r.reasons()).extracting(Reason::code)
                .containsExactly(ReasonCode.RECENT_TRAUMA, ReasonCode.UNEXPLAINED_WEIGHT_LOSS, ReasonCode.PREGNANCY);
    }

    @Test
    void pregnancyModifies() {
        assertThat(screen(intake().pregnancyWeek(8)).level()).isEqualTo(TriageLevel.MODIFY);
        assertThat(screen(intake().pregnancyWeek(8)).has(ReasonCode.PREGNANCY)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = Condition.class, names = {"CANCER", "BLOOD_CLOTS", "ANEURYSM", "ANTICOAGULANTS", "HEART_FAILURE",
            "OPEN_WOUNDS", "BURSITIS", "EDEMA"})
    void everyFoamRollingContraindicationModifies(Condition condition) {
        TriageResult r = screen(intake().conditions(condition));
        assertThat(r.level()).isEqualTo(TriageLevel.MODIFY);
        assertThat(r.has(ReasonCode.FOAM_ROLLING_CONTRAINDICATED)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = Condition.class, names = {"OSTEOARTHRITIS", "RHEUMATOID_ARTHRITIS"})
    void arthritisModifies(Condition condition) {
        TriageResult r = screen(intake().conditions(condition));
        assertThat(r.level()).isEqualTo(TriageLevel.MODIFY);
        assertThat(r.has(ReasonCode.ARTHRITIS)).isTrue();
        assertThat(r.has(ReasonCode.FOAM_ROLLING_CONTRAINDICATED)).isFalse();
    }

    @Test
    void from65OnIsAnOlderAdult() {
        assertThat(screen(intake().age(65)).has(ReasonCode.OLDER_ADULT)).isTrue();
        assertThat(screen(intake().age(64)).level()).isEqualTo(TriageLevel.PROCEED);
    }

    @Test
    void nothingFoundProceeds() {
        TriageResult r = screen(intake().age(40).symptoms(Symptom.FRONT_HIP_PAIN, Symptom.STRESS).pain(4, true, false));
        assertThat(r.level()).isEqualTo(TriageLevel.PROCEED);
        assertThat(r.reasons()).isEmpty();
    }

    @Test
    void everyResultCarriesTheStandingAdvice() {
        for (var b : new Fixtures.IntakeBuilder[]{intake(), intake().pregnancyWeek(20), intake().symptoms(Symptom.SEVERE_PAIN),
                intake().symptoms(Symptom.FEVER_WITH_PAIN)}) {
            TriageResult r = screen(b);
            assertThat(r.advice()).anyMatch(a -> a.contains("Start slowly"));
            assertThat(r.advice()).anyMatch(a -> a.contains("pregnant or nursing") && a.contains("medication") && a.contains("medical condition"));
            assertThat(r.advice()).anyMatch(a -> a.contains("does not diagnose"));
        }
    }

    @Test
    void onlyUrgentAndSeeDoctorSayWhatToDoNowAndItComesFirst() {
        TriageResult urgent = screen(intake().symptoms(Symptom.RECENT_TRAUMA));
        assertThat(urgent.actNow()).isNotEmpty();
        assertThat(urgent.advice()).startsWith(urgent.actNow().toArray(String[]::new));
        assertThat(screen(intake().symptoms(Symptom.SEVERE_PAIN)).actNow()).isNotEmpty();
        assertThat(screen(intake().pregnancyWeek(20)).actNow()).isEmpty();
        assertThat(screen(intake()).actNow()).isEmpty();
    }

    @Test
    void everyReasonHasAPlainMessage() {
        for (ReasonCode code : ReasonCode.values()) {
            assertThat(Fixtures.MESSAGES.get(code.messageKey())).as(code.id()).isNotBlank();
        }
    }
}
