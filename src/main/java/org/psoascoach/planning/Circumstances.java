package org.psoascoach.planning;

import org.psoascoach.assessment.Intake;
import org.psoascoach.assessment.Pregnancy;
import org.psoascoach.catalog.Equipment;
import org.psoascoach.safety.ReasonCode;
import org.psoascoach.safety.TriageResult;

import java.util.Set;

/** What the restrictions of SPEC §1.3 need to know about a person: their body, the screening, their equipment. */
record Circumstances(boolean noLyingPositions, boolean noFoamRolling, boolean arthritis, boolean olderAdult,
                     Set<Equipment> equipment) {

    static Circumstances of(Intake intake, TriageResult screening) {
        return new Circumstances(Pregnancy.rulesOutLying(intake.person().pregnancyWeek()),
                screening.has(ReasonCode.FOAM_ROLLING_CONTRAINDICATED), screening.has(ReasonCode.ARTHRITIS),
                screening.has(ReasonCode.OLDER_ADULT), intake.equipment());
    }

    /** Arthritis or age 65 and over: no advanced items, standing items held at a chair. */
    boolean needsGentleVersion() { return arthritis || olderAdult; }

    boolean hasAll(Set<Equipment> needed) { return equipment.containsAll(needed); }
}
