package io.witness.core.contract;

import java.util.Objects;
import java.util.Optional;

/**
 * One line of the price schedule: an item, its unit, how many are billed, and the price per unit.
 * Immutable.
 *
 * @param item what is billed ("Managed workstation"), not blank
 * @param unit what the price is per, not null
 * @param quantity how many are billed, if a count is agreed
 * @param price the price per unit, not null
 */
public record PriceLine(String item, PriceUnit unit, Optional<Integer> quantity, Money price) {

    public PriceLine {
        Objects.requireNonNull(item, "item");
        if (item.isBlank()) {
            throw new IllegalArgumentException("A price line names its item");
        }
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(price, "price");
        if (quantity.filter(q -> q < 0).isPresent()) {
            throw new IllegalArgumentException("A quantity is 0 or more, got " + quantity.get());
        }
    }
}
