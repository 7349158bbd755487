package org.psoascoach.journal;

import java.time.Instant;

/**
 * A saved plan: the plan contract's JSON, the intake it came from and the catalog version it used, and its sessions a
 * week (0 when the triage stopped it) kept apart so that lists need not read the JSON.
 */
public record PlanRecord(String id, String assessmentId, Instant createdAt, PlanReason reason, String triageLevel,
                         int progressionStep, String catalogVersion, String intakeJson, String planJson, int sessionsPerWeek) {}
