package org.psoascoach.safety;

/** The four levels of SPEC §1.2, from least to most serious; the highest that applies wins. */
public enum TriageLevel {
    PROCEED("proceed"), MODIFY("modify"), SEE_DOCTOR("see-doctor"), URGENT("urgent");

    private final String id;

    TriageLevel(String id) { this.id = id; }

    public String id() { return id; }

    /** Whether a program may be made at this level. */
    public boolean allowsPlan() { return this == PROCEED || this == MODIFY; }
}
