package io.witness.core.coverage.cost;

import io.witness.core.contract.Money;
import io.witness.core.contract.ObligationId;
import io.witness.core.finding.EvidenceRef;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One line of a provider's invoice to the client: the service month it pays for, the item, its unit and
 * quantity, the amount, and the obligation it pays for when the line can be tied to one. Immutable.
 *
 * @param invoice the invoice's number, not blank
 * @param provider the provider's id in the contract, not blank
 * @param issued the invoice's date, not null
 * @param period the month of service it pays for, not null
 * @param item the line's text, not blank
 * @param unit user, device, server, site, month (recurring), hour or each (one-off), not null
 * @param quantity how many units, not null
 * @param amount the line's amount, not null
 * @param obligation the contract obligation this line pays for, if tied to one
 * @param ref the row it was read from, not null
 */
public record InvoiceLine(String invoice, String provider, LocalDate issued, YearMonth period, String item, String unit, BigDecimal quantity,
        Money amount, Optional<ObligationId> obligation, EvidenceRef ref) {

    private static final Set<String> RECURRING = Set.of("user", "device", "server", "site", "month");

    public InvoiceLine {
        Objects.requireNonNull(invoice, "invoice");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(issued, "issued");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(obligation, "obligation");
        Objects.requireNonNull(ref, "ref");
        if (invoice.isBlank() || provider.isBlank() || item.isBlank()) {
            throw new IllegalArgumentException("An invoice line names its invoice, provider and item");
        }
    }

    /** True for a line billed every month (per user, device, server, site, or flat per month), not a one-off. */
    public boolean recurring() {
        return RECURRING.contains(unit);
    }
}
