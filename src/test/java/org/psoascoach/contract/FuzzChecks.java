package org.psoascoach.contract;

import org.psoascoach.json.InvalidInputException;

/** What the fuzz tests accept as the contract's input errors: problems, each naming a field and saying what it must be. */
public final class FuzzChecks {
    private FuzzChecks() {}

    public static void namesFields(InvalidInputException e) {
        if (e.problems().isEmpty()) throw new AssertionError("refused without saying why", e);
        e.problems().forEach(p -> namesField(p.path(), p.message()));
    }

    public static void namesField(String field, String message) {
        if (field == null || field.isBlank() || message == null || message.isBlank()) {
            throw new AssertionError("a problem without a field or a message: " + field + " / " + message);
        }
    }
}
