package io.witness.core.coverage.audit;

import io.witness.core.contract.ObligationId;
import io.witness.core.contract.PartyId;
import java.time.YearMonth;
import java.util.Objects;

/**
 * How much of one obligation was delivered in one month, in the obligation's units (system-days of
 * backup, maintenance tasks, a report, a review), so that what was paid for that month can be set against
 * it. Immutable.
 *
 * @param provider the provider, not null
 * @param obligation the obligation's id, not null
 * @param month the month, not null
 * @param expected units due in the month, 1 or more
 * @param delivered units delivered, 0 to {@code expected}
 * @param unit the unit's name in the plural ("system-days with a successful backup"), not null
 */
public record MonthlyDelivery(PartyId provider, ObligationId obligation, YearMonth month, long expected, long delivered, String unit) {

    public MonthlyDelivery {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(obligation, "obligation");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(unit, "unit");
        if (expected < 1 || delivered < 0 || delivered > expected) {
            throw new IllegalArgumentException("Delivered is 0 to expected (1 or more), got " + delivered + " of " + expected);
        }
    }
}
