package org.psoascoach.account;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * Argon2id password hashes (password4j), stored as PHC strings that carry their own salt and
 * parameters, so the parameters can be raised later without breaking older hashes.
 */
public final class Passwords {
    // OWASP's minimum for Argon2id: 19 MiB of memory, 2 passes, 1 lane
    private static final Argon2Function ARGON2ID = Argon2Function.getInstance(19_456, 2, 1, 32, Argon2.ID);
    /**
     * Each hash works in a fresh 19 MiB copy of the function's own 19 MiB block memory. Two at a time keeps
     * a burst of sign-ins within the server's small heap (they queue for a few hundred milliseconds instead).
     */
    private static final Semaphore AT_ONCE = new Semaphore(2, true);
    /** Checked when no account matches, so that a wrong email takes as long as a wrong password. */
    private static final String DECOY = hash("no account has this password");

    private Passwords() {}

    public static String hash(String password) {
        return oneOfTwo(() -> Password.hash(password).addRandomSalt(16).with(ARGON2ID).getResult());
    }

    public static boolean matches(String password, String hash) {
        if (hash == null || !hash.startsWith("$argon2id$")) return false;
        return oneOfTwo(() -> Password.check(password, hash).with(Argon2Function.getInstanceFromHash(hash)));
    }

    private static <T> T oneOfTwo(Supplier<T> work) {
        AT_ONCE.acquireUninterruptibly();
        try {
            return work.get();
        } finally {
            AT_ONCE.release();
        }
    }

    static void spendTheSameTime(String password) { matches(password, DECOY); }
}
