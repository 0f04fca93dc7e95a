package io.witness.core.register;

import io.witness.core.contract.Money;
import java.util.Objects;

/**
 * What a gap cost the client (docs/reconcile.md, "Business impact"): people affected × hours × loaded
 * hourly cost, plus the revenue per hour of a named system × hours, plus recovery costs the client
 * entered; with the arithmetic in words. Immutable.
 *
 * @param total the sum, not null
 * @param arithmetic how it was reached, not null
 */
public record ImpactCost(Money total, String arithmetic) {

    public ImpactCost {
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(arithmetic, "arithmetic");
    }
}
