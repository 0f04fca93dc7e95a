package io.witness.core.coverage.audit;

import io.witness.core.contract.ClauseRef;
import io.witness.core.contract.ObligationId;
import io.witness.core.contract.PartyId;
import java.util.Objects;

/**
 * How well one obligation was kept over the audited period, counted in its own units (reports due,
 * system-days of backup, devices within the patch window…). Immutable.
 *
 * @param provider the provider, not null
 * @param obligation the obligation's id, not null
 * @param kind its kind in the contract file ({@code monthly_report}), not null
 * @param section its clause, not null
 * @param expected how many units were due, 0 or more
 * @param kept how many of them were kept, 0 to {@code expected}
 * @param detail the figures in words ("4 of 5 reports on time"), not null
 */
public record ObligationCheck(PartyId provider, ObligationId obligation, String kind, ClauseRef section, long expected, long kept,
        String detail) {

    public ObligationCheck {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(obligation, "obligation");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(detail, "detail");
        if (expected < 0 || kept < 0 || kept > expected) {
            throw new IllegalArgumentException("Kept is 0 to expected, got " + kept + " of " + expected);
        }
    }

    /** True when every unit due was kept (also when nothing was due yet). */
    public boolean met() {
        return kept == expected;
    }
}
