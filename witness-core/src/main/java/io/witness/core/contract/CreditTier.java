package io.witness.core.contract;

import java.util.Objects;

/**
 * One tier of an attainment credit: when the share of clocks met in the measurement period is below
 * {@code below}, the credit is {@code credit}. Immutable.
 *
 * @param below the attainment under which the tier applies, not null
 * @param credit the credit, not null
 */
public record CreditTier(Percent below, CreditAmount credit) {

    public CreditTier {
        Objects.requireNonNull(below, "below");
        Objects.requireNonNull(credit, "credit");
    }
}
