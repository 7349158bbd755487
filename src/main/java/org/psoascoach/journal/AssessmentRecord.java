package org.psoascoach.journal;

import org.psoascoach.assessment.Intake;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A saved test day: when, on which local date, and everything answered and measured; {@code clinic} says who assessed
 * it in the clinic (null when the person did it themselves).
 */
public record AssessmentRecord(String id, Instant takenAt, LocalDate takenOn, Intake intake, Clinic clinic) {

    /**
     * An assessment made by a practitioner: who (their email and practice), and, when they cleared a see-doctor reason as
     * the clinician, who cleared it and on which day (else null).
     */
    public record Clinic(String assessedBy, String clearedBy, LocalDate clearedOn) {}
}
