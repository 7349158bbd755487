package org.psoascoach.practice;

/** A clinic or studio: its name is shown on handouts and to the clients who join it. */
public record Practice(String id, String name) {
    public static final int MAX_NAME = 120;
}
