package org.psoascoach.journal;

import org.psoascoach.assessment.Intake;

import java.time.Instant;
import java.time.LocalDate;

/** A saved test day: when, on which local date, and everything answered and measured. */
public record AssessmentRecord(String id, Instant takenAt, LocalDate takenOn, Intake intake) {}
