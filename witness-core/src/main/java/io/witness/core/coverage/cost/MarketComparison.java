package io.witness.core.coverage.cost;

import io.witness.core.contract.Money;
import io.witness.core.contract.PartyId;
import java.util.Objects;
import java.util.Optional;

/**
 * One provider's monthly price per user or per device set against the market range, or why it could not
 * be. Immutable.
 *
 * @param provider the provider, not null
 * @param unit per user or per device, not null
 * @param count how many users or devices the price schedule counts
 * @param price the price per unit a month, if it could be computed
 * @param range the market range it was compared with, if one fits
 * @param note how the price was reached, or why there is no comparison, not null
 */
public record MarketComparison(PartyId provider, BenchmarkUnit unit, long count, Optional<Money> price, Optional<MarketPrice> range, String note) {

    public MarketComparison {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(note, "note");
    }

    /** {@code below}, {@code within}, {@code above} the range, or {@code not compared}. */
    public String position() {
        if (price.isEmpty() || range.isEmpty()) {
            return "not compared";
        }
        if (price.get().amount().compareTo(range.get().low().amount()) < 0) {
            return "below";
        }
        return price.get().amount().compareTo(range.get().high().amount()) > 0 ? "above" : "within";
    }
}
