package org.psoascoach.safety;

import org.psoascoach.assessment.Condition;
import org.psoascoach.assessment.Intake;
import org.psoascoach.assessment.Symptom;
import org.psoascoach.language.Messages;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Safety screening (SPEC §1.2). Collects every reason that applies, takes the most serious level,
 * lowers an uncleared see-doctor to modify only when a clinician has cleared the person, and always
 * adds the standing advice. It never diagnoses: the words say what to do, not what the person has.
 */
public final class Triage {
    public static final int SEVERE_PAIN = 8;
    public static final int OLDER_ADULT_AGE = 65;

    private final Messages messages;

    public Triage(Messages messages) { this.messages = messages; }

    public TriageResult screen(Intake intake) {
        EnumSet<ReasonCode> codes = EnumSet.noneOf(ReasonCode.class);
        Set<Symptom> symptoms = intake.symptoms();
        for (Symptom symptom : symptoms) {
            if (symptom.redFlag()) codes.add(ReasonCode.valueOf(symptom.name()));
        }
        var pain = intake.pain();
        if (pain.chronic() && pain.worsening()) codes.add(ReasonCode.WORSENING_CHRONIC_BACK_PAIN);
        if (pain.now() != null && pain.now() >= SEVERE_PAIN) codes.add(ReasonCode.SEVERE_PAIN);
        if (cancerWithPain(intake)) codes.add(ReasonCode.CANCER_HISTORY);

        var person = intake.person();
        if (person.pregnancyWeek() != null) codes.add(ReasonCode.PREGNANCY);
        // suspected bursitis counts against foam rolling too, in case a clinician clears the person
        if (symptoms.contains(Symptom.SUSPECTED_BURSITIS)) codes.add(ReasonCode.FOAM_ROLLING_CONTRAINDICATED);
        for (Condition condition : intake.conditions()) {
            if (condition.foamRollingContraindicated()) codes.add(ReasonCode.FOAM_ROLLING_CONTRAINDICATED);
            if (condition.isArthritis()) codes.add(ReasonCode.ARTHRITIS);
        }
        if (person.age() != null && person.age() >= OLDER_ADULT_AGE) codes.add(ReasonCode.OLDER_ADULT);

        TriageLevel level = TriageLevel.PROCEED;
        for (ReasonCode code : codes) if (code.level().compareTo(level) > 0) level = code.level();
        boolean cleared = level == TriageLevel.SEE_DOCTOR && person.clearedByClinician();
        if (cleared) level = TriageLevel.MODIFY;

        List<Reason> reasons = new ArrayList<>(codes.size());
        // most serious first; within a level, the order of SPEC §1.2
        for (TriageLevel shown : List.of(TriageLevel.URGENT, TriageLevel.SEE_DOCTOR, TriageLevel.MODIFY)) {
            for (ReasonCode code : codes) {
                if (code.level() == shown) reasons.add(new Reason(code, messages.get(code.messageKey())));
            }
        }
        List<String> actNow = actNow(level);
        return new TriageResult(level, List.copyOf(reasons), Collections.unmodifiableSet(codes), cleared, actNow,
                advice(level, cleared, actNow));
    }

    /**
     * Cancer together with any back pain (SPEC §1.2): a back or hip pain symptom, pain now of 1 or more, or pain that
     * is chronic or worsening. Pain after cancer may come from the spine itself, so it is a doctor's question first.
     */
    static boolean cancerWithPain(Intake intake) {
        if (!intake.conditions().contains(Condition.CANCER)) return false;
        for (Symptom symptom : intake.symptoms()) if (symptom.isBackOrHipPain()) return true;
        var pain = intake.pain();
        return (pain.now() != null && pain.now() >= 1) || pain.chronic() || pain.worsening();
    }

    private List<String> actNow(TriageLevel level) {
        return switch (level) {
            case URGENT -> List.of(messages.get("advice.urgent.now"), messages.get("advice.urgent.noExercise"));
            case SEE_DOCTOR -> List.of(messages.get("advice.seeDoctor.now"), messages.get("advice.seeDoctor.clearance"));
            case MODIFY, PROCEED -> List.of();
        };
    }

    private List<String> advice(TriageLevel level, boolean cleared, List<String> actNow) {
        List<String> advice = new ArrayList<>(actNow);
        if (level == TriageLevel.MODIFY) {
            if (cleared) advice.add(messages.get("advice.cleared"));
            advice.add(messages.get("advice.modify"));
        }
        advice.add(messages.get("advice.standing.slowly"));
        advice.add(messages.get("advice.standing.clinician"));
        advice.add(messages.get("advice.standing.release"));
        advice.add(messages.get("advice.standing.notDiagnosis"));
        return List.copyOf(advice);
    }
}
