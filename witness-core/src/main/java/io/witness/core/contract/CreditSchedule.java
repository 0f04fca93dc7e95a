package io.witness.core.contract;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A provider's service-credit schedule: the measurement period, credits for attainment below
 * thresholds, credits per breach, caps, how long the client has to claim, and the chronic-failure
 * remedy. Immutable.
 *
 * @param section the clause of the schedule, not null
 * @param period the measurement period, not null
 * @param attainment attainment credits, not null
 * @param perBreach per-breach credits, not null
 * @param caps the caps, not null
 * @param claimWithinDays days after the period's end the client has to claim, if limited
 * @param chronicFailure the remedy for repeated failure, if any
 */
public record CreditSchedule(
        ClauseRef section,
        MeasurementPeriod period,
        List<AttainmentCredit> attainment,
        List<BreachCredit> perBreach,
        CreditCaps caps,
        Optional<Integer> claimWithinDays,
        Optional<ChronicFailure> chronicFailure) {

    public CreditSchedule {
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(period, "period");
        attainment = List.copyOf(attainment);
        perBreach = List.copyOf(perBreach);
        Objects.requireNonNull(caps, "caps");
        Objects.requireNonNull(claimWithinDays, "claimWithinDays");
        Objects.requireNonNull(chronicFailure, "chronicFailure");
        if (claimWithinDays.filter(d -> d < 1).isPresent()) {
            throw new IllegalArgumentException("A claim window is 1 day or more, got " + claimWithinDays.get());
        }
    }

    /** True when some credit or cap is a share of the monthly fee, so the provider's fee must be known. */
    public boolean needsMonthlyFee() {
        return attainment.stream().flatMap(a -> a.tiers().stream()).anyMatch(t -> t.credit() instanceof CreditAmount.ShareOfFee)
                || perBreach.stream().anyMatch(b -> b.credit() instanceof CreditAmount.ShareOfFee)
                || caps.perMonth().filter(CreditAmount.ShareOfFee.class::isInstance).isPresent()
                || caps.perYear().filter(CreditAmount.ShareOfFee.class::isInstance).isPresent();
    }
}
