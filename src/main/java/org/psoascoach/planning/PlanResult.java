package org.psoascoach.planning;

import org.psoascoach.assessment.Findings;
import org.psoascoach.safety.TriageResult;

import java.util.List;

/** Everything {@code psoas plan} answers: triage, findings, the plan (null when triage forbids one), what was left out and why, advice. */
public record PlanResult(TriageResult triage, Findings findings, Plan plan, List<Exclusion> excluded,
                         List<String> advice, String catalogVersion) {
}
