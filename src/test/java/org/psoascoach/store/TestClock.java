package org.psoascoach.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the test moves by hand. */
public final class TestClock extends Clock {
    private Instant now;

    public TestClock(String instant) { this.now = Instant.parse(instant); }

    public void advance(Duration d) { now = now.plus(d); }

    /** Eight in the morning (UTC) of this day. */
    public void at(java.time.LocalDate day) { now = day.atTime(8, 0).toInstant(ZoneOffset.UTC); }

    @Override
    public ZoneId getZone() { return ZoneOffset.UTC; }

    @Override
    public Clock withZone(ZoneId zone) { return Clock.fixed(now, zone); }

    @Override
    public Instant instant() { return now; }
}
