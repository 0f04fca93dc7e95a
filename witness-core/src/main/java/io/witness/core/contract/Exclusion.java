package io.witness.core.contract;

import java.util.Objects;
import java.util.Optional;

/**
 * Work the fee does not cover ("After-hours on-site visit", "Projects"), and what it costs when asked
 * for. Immutable.
 *
 * @param item the work, not blank
 * @param rate its price per unit, if the contract sets one
 * @param per the unit of the rate, present exactly when the rate is
 * @param note how it is billed otherwise ("quoted per project"), not null, may be empty
 */
public record Exclusion(String item, Optional<Money> rate, Optional<PriceUnit> per, String note) {

    public Exclusion {
        Objects.requireNonNull(item, "item");
        if (item.isBlank()) {
            throw new IllegalArgumentException("An exclusion names its item");
        }
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(per, "per");
        Objects.requireNonNull(note, "note");
        if (rate.isPresent() != per.isPresent()) {
            throw new IllegalArgumentException("An exclusion's rate and its unit come together");
        }
    }
}
