package io.witness.core.credit;

import io.witness.core.contract.ClauseRef;
import io.witness.core.contract.Money;
import io.witness.core.contract.PartyId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one provider owes for one measurement period: each attainment credit and per-breach credit, the
 * total before caps, the caps, and what is owed, with every step of the arithmetic as a line of text.
 * Immutable.
 *
 * @param provider the provider, not null
 * @param period the measurement period, not null
 * @param attainment each attainment credit: clause, clocks counted and met, attainment, tier, amount
 * @param breaches the credits per breach: clause, breaches, amount each, amount
 * @param beforeCaps the sum of the credits
 * @param owed what is owed after the caps
 * @param arithmetic every step, in order, as a reader checks it
 * @param chronicFailure the remedy the client now has, when the periods in a row owing an attainment credit
 *     reached the contract's count
 * @param claimBy the last day to claim, when the contract limits it
 */
public record CreditStatement(PartyId provider, CreditPeriod period, List<AttainmentLine> attainment,
        List<BreachLine> breaches, Money beforeCaps, Money owed, List<String> arithmetic, Optional<String> chronicFailure,
        Optional<java.time.LocalDate> claimBy) {

    public CreditStatement {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(period, "period");
        attainment = List.copyOf(attainment);
        breaches = List.copyOf(breaches);
        Objects.requireNonNull(beforeCaps, "beforeCaps");
        Objects.requireNonNull(owed, "owed");
        arithmetic = List.copyOf(arithmetic);
        Objects.requireNonNull(chronicFailure, "chronicFailure");
        Objects.requireNonNull(claimBy, "claimBy");
    }

    /**
     * One attainment credit of a period.
     *
     * @param clause its clause
     * @param counted the clocks it counts that ended met or breached in the period
     * @param met those met
     * @param attainment met / counted, empty when nothing was counted
     * @param tier the share or amount of the tier that applies, empty when none does
     * @param amount the credit
     */
    public record AttainmentLine(ClauseRef clause, int counted, int met, Optional<java.math.BigDecimal> attainment,
            Optional<String> tier, Money amount) {
    }

    /**
     * The credits per breach of one clause.
     *
     * @param clause its clause
     * @param clock the clock's name
     * @param cases the cases whose clock breached, in order
     * @param each the credit per breach
     * @param amount the total
     */
    public record BreachLine(ClauseRef clause, String clock, List<String> cases, Money each, Money amount) {

        public BreachLine {
            cases = List.copyOf(cases);
        }
    }
}
