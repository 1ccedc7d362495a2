package org.untfsse.workbench.service.common;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The instants the workbench stamps on records: millisecond precision, so they survive JSON and SQLite unchanged. */
public final class Clocks {

    private Clocks() {
    }

    public static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
