package org.psoascoach.assessment;

import org.psoascoach.catalog.Codes;

/** Medical conditions the intake may list (SPEC §2). */
public enum Condition {
    CANCER("cancer", true), BLOOD_CLOTS("blood-clots", true), ANEURYSM("aneurysm", true),
    ANTICOAGULANTS("anticoagulants", true), HEART_FAILURE("heart-failure", true), OPEN_WOUNDS("open-wounds", true),
    BURSITIS("bursitis", true), EDEMA("edema", true), OSTEOARTHRITIS("osteoarthritis", false),
    RHEUMATOID_ARTHRITIS("rheumatoid-arthritis", false);

    private final String id;
    private final boolean foamRollingContraindicated;

    Condition(String id, boolean foamRollingContraindicated) {
        this.id = id;
        this.foamRollingContraindicated = foamRollingContraindicated;
    }

    public String id() { return id; }

    /** One of the conditions for which foam rolling is not advised (003). */
    public boolean foamRollingContraindicated() { return foamRollingContraindicated; }

    public boolean isArthritis() { return this == OSTEOARTHRITIS || this == RHEUMATOID_ARTHRITIS; }

    public static Condition fromId(String id) { return Codes.find(values(), id, Condition::id); }

    public static String allowedIds() { return Codes.allowed(values(), Condition::id); }
}
