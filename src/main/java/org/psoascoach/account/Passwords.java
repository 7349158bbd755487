package org.psoascoach.account;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;

/**
 * Argon2id password hashes (password4j), stored as PHC strings that carry their own salt and
 * parameters, so the parameters can be raised later without breaking older hashes.
 */
public final class Passwords {
    // OWASP's minimum for Argon2id: 19 MiB of memory, 2 passes, 1 lane
    private static final Argon2Function ARGON2ID = Argon2Function.getInstance(19_456, 2, 1, 32, Argon2.ID);
    /** Checked when no account matches, so that a wrong email takes as long as a wrong password. */
    private static final String DECOY = hash("no account has this password");

    private Passwords() {}

    public static String hash(String password) {
        return Password.hash(password).addRandomSalt(16).with(ARGON2ID).getResult();
    }

    public static boolean matches(String password, String hash) {
        if (hash == null || !hash.startsWith("$argon2id$")) return false;
        return Password.check(password, hash).with(Argon2Function.getInstanceFromHash(hash));
    }

    static void spendTheSameTime(String password) { matches(password, DECOY); }
}
