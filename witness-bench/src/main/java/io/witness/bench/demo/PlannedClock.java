package io.witness.bench.demo;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Optional;

/**
 * A witnessed SLA clock as the plan makes it: met or breached by construction.
 *
 * @param elapsed counted minutes (business minutes on the business calendar, wall minutes for P1)
 * @param breachedAt when the counted time reached the target, for a breached clock
 */
record PlannedClock(PlannedTicket ticket, String clock, int cycle, long elapsed, long target, Instant stoppedAt,
        Optional<Instant> breachedAt) {

    boolean met() {
        return elapsed <= target;
    }

    /** The month a report counts it in: a met clock when it stopped, a breached one when it breached. */
    YearMonth reportMonth() {
        return YearMonth.from((met() ? stoppedAt : breachedAt.orElseThrow()).atZone(OfficeHours.ZONE));
    }

    /** The month the credit schedule counts it in: when it stopped. */
    YearMonth creditMonth() {
        return YearMonth.from(stoppedAt.atZone(OfficeHours.ZONE));
    }
}
