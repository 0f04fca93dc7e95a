package io.witness.core.contract;

import java.util.Objects;
import java.util.Optional;

/**
 * The most credit owed in a month and in a contract year. A share caps at that share of the month's fee
 * (per month) or of the year's fees (per year). Immutable.
 *
 * @param perMonth the cap per month, if any
 * @param perYear the cap per contract year, if any
 */
public record CreditCaps(Optional<CreditAmount> perMonth, Optional<CreditAmount> perYear) {

    public CreditCaps {
        Objects.requireNonNull(perMonth, "perMonth");
        Objects.requireNonNull(perYear, "perYear");
    }

    public static CreditCaps none() {
        return new CreditCaps(Optional.empty(), Optional.empty());
    }
}
