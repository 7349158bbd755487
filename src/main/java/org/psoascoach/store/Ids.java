package org.psoascoach.store;

import java.util.UUID;

/** Row ids: random UUIDs made here, so that an export re-imports into any database with the same ids. */
public final class Ids {
    private Ids() {}

    public static String next() { return UUID.randomUUID().toString(); }
}
