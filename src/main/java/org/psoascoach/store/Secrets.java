package org.psoascoach.store;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Secrets of a deployment kept in its database, so that every `psoas serve` on one database shares them: made once
 * by whichever server asks first (a race ends with the first row kept), never exported with a person's data.
 */
public final class Secrets {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {}

    /** The secret of this name: 32 random bytes, Base64; made on first use. */
    public static byte[] named(Database db, String name) {
        byte[] fresh = new byte[32];
        RANDOM.nextBytes(fresh);
        String made = Base64.getEncoder().encodeToString(fresh);
        return db.write(h -> {
            h.createUpdate("INSERT INTO app_secret (name, value) VALUES (:name, :value) ON CONFLICT (name) DO NOTHING")
                    .bind("name", name).bind("value", made).execute();
            String kept = h.createQuery("SELECT value FROM app_secret WHERE name = :name").bind("name", name).mapTo(String.class).one();
            return Base64.getDecoder().decode(kept);
        });
    }
}
