package org.psoascoach.export;

/** Told how far long work has come, so a person can see it move. */
@FunctionalInterface
public interface Progress {
    Progress NONE = (done, total) -> { };

    void at(long done, long total);
}
