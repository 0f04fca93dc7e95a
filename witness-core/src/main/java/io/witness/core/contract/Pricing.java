package io.witness.core.contract;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a provider is paid: the monthly fee (the base of credits in percent), the price lines it is made
 * of, what it includes and excludes, and the most the fee may rise in a year. Immutable.
 *
 * @param section the clause of the price schedule, if given
 * @param monthlyFee the fee per month, not null
 * @param lines the price lines, not null
 * @param included what the fee covers, in words, not null
 * @param excluded what it does not, not null
 * @param annualIncreaseCap the most the fee may rise each contract year, if limited
 */
public record Pricing(Optional<ClauseRef> section, Money monthlyFee, List<PriceLine> lines, List<String> included,
        List<Exclusion> excluded, Optional<Percent> annualIncreaseCap) {

    public Pricing {
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(monthlyFee, "monthlyFee");
        lines = List.copyOf(lines);
        included = List.copyOf(included);
        excluded = List.copyOf(excluded);
        Objects.requireNonNull(annualIncreaseCap, "annualIncreaseCap");
    }

    /** The sum of the lines billed monthly with a quantity (or flat per month). */
    public BigDecimal linesPerMonth() {
        return lines.stream()
                .filter(l -> l.unit() != PriceUnit.HOUR && l.unit() != PriceUnit.EACH)
                .map(l -> l.price().amount().multiply(BigDecimal.valueOf(l.quantity().orElse(1))))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
