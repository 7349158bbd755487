package org.psoascoach.store;

/** The two databases Psoas Coach runs on. The SQL is shared; only how a connection is opened differs. */
public enum Dialect {
    SQLITE, POSTGRESQL
}
