package org.psoascoach.store;

import java.security.SecureRandom;
import java.util.UUID;

/** Row ids: random UUIDs made here, so that an export re-imports into any database with the same ids. */
public final class Ids {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {}

    public static String next() { return UUID.randomUUID().toString(); }

    /**
     * An id for a row written in time order, many a second (a logged session): a version 7 UUID, whose first 48 bits
     * are the time in milliseconds and the other 74 random. Its rows then go to the end of the primary key's index, as
     * the log's own rows do, instead of each to a page of its own anywhere in it: a commit of many logs writes a few
     * pages of that index, not one a log (issue 19). Still unique, and a UUID as every other id; nothing reads the time.
     */
    public static String ordered(long epochMillis) {
        long high = (epochMillis & 0xFFFF_FFFF_FFFFL) << 16 | 0x7000L | (RANDOM.nextInt() & 0x0FFFL); // time, version 7, 12 random bits
        long low = RANDOM.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL | 0x8000_0000_0000_0000L; // the IETF variant, 62 random bits
        return new UUID(high, low).toString();
    }
}
