package org.psoascoach.journal;

import java.time.Instant;

/** A saved plan: the plan contract's JSON, the intake it came from and the catalog version it used. */
public record PlanRecord(String id, String assessmentId, Instant createdAt, PlanReason reason, String triageLevel,
                         int progressionStep, String catalogVersion, String intakeJson, String planJson) {}
