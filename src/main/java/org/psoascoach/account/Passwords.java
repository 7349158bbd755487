package org.psoascoach.account;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Argon2id password hashes (password4j), stored as PHC strings that carry their own salt and
 * parameters, so the parameters can be raised later without breaking older hashes.
 */
public final class Passwords {
    // OWASP's minimum for Argon2id: 19 MiB of memory, 2 passes, 1 lane
    private static final int MEMORY_KIB = 19_456, PASSES = 2, LANES = 1;
    private static final Argon2Function ARGON2ID = Argon2Function.getInstance(MEMORY_KIB, PASSES, LANES, 32, Argon2.ID);
    /**
     * The stored hashes this app checks: Argon2id at the cost it writes. password4j keeps one function, with a
     * template of all its memory, per set of parameters for the life of the process, so a damaged or planted hash
     * asking for 4 GiB (or for many costs) would exhaust the server's heap. Raising the cost later means accepting the
     * old one here beside the new.
     */
    private static final Pattern STORED = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=" + MEMORY_KIB + ",t=" + PASSES + ",p=" + LANES + "\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
    /**
     * Each hash works in a fresh 19 MiB copy of the function's own 19 MiB block memory. One at a time keeps a burst of
     * sign-ins within the server's small heap (they queue instead): with two, 57 MiB of the launcher's 96 MiB were
     * Argon2 blocks during the soak's crowd of sign-ins (bench/soak.sh, issue 19), the collector ran full collections
     * back to back and every request waited.
     */
    private static final Semaphore AT_ONCE = new Semaphore(1, true);
    /** Checked when no account matches, so that a wrong email takes as long as a wrong password. */
    private static final String DECOY = hash("no account has this password");

    private Passwords() {}

    public static String hash(String password) {
        return oneAtATime(() -> Password.hash(password).addRandomSalt(16).with(ARGON2ID).getResult());
    }

    /** Whether the password is the one the stored hash was made from; false for anything that is not such a hash. */
    public static boolean matches(String password, String hash) {
        if (hash == null || !STORED.matcher(hash).matches()) return false;
        return oneAtATime(() -> Password.check(password, hash).with(Argon2Function.getInstanceFromHash(hash)));
    }

    private static <T> T oneAtATime(Supplier<T> work) {
        AT_ONCE.acquireUninterruptibly();
        try {
            return work.get();
        } finally {
            AT_ONCE.release();
        }
    }

    static void spendTheSameTime(String password) { matches(password, DECOY); }
}
