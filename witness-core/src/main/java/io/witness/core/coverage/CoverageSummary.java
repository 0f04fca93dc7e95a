package io.witness.core.coverage;

import io.witness.core.contract.Money;
import io.witness.core.coverage.audit.ObligationCheck;
import io.witness.core.coverage.audit.Words;
import io.witness.core.coverage.cost.MarketComparison;
import io.witness.core.coverage.patch.PatchAgeBuckets;
import io.witness.core.finding.Severity;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The figures of a coverage report: critical systems backed up and restore-tested, devices by patch age,
 * drift, the baseline score, obligations met, responsibility gaps, cost, and findings by severity.
 * Immutable.
 *
 * @param criticalSystems critical systems in service on the audit date
 * @param criticalBackedUp of them, with a successful backup within one cadence and a day before the audit date
 * @param criticalRestoreTested of them, with a successful restore test within the contract's period
 * @param patchAges devices by the age of their oldest missing critical patch
 * @param devicesCompared devices with a baseline snapshot and a later one
 * @param driftChanges changes from the baselines
 * @param driftUncovered of them, covered by no change record
 * @param baselinePassed controls passing on their latest check
 * @param baselineFailed controls failing on their latest check
 * @param obligations how well each obligation was kept
 * @param incidents incidents opened in the period
 * @param incidentsWithoutOwner of them, in no area or in a shared area without a single responsible party
 * @param market each provider's price against the market
 * @param paidNotDelivered what was paid for service not delivered
 * @param findingsBySeverity how many findings of each severity
 */
public record CoverageSummary(long criticalSystems, long criticalBackedUp, long criticalRestoreTested, PatchAgeBuckets patchAges,
        long devicesCompared, long driftChanges, long driftUncovered, long baselinePassed, long baselineFailed, List<ObligationCheck> obligations,
        long incidents, long incidentsWithoutOwner, List<MarketComparison> market, Money paidNotDelivered, Map<Severity, Long> findingsBySeverity) {

    public CoverageSummary {
        Objects.requireNonNull(patchAges, "patchAges");
        obligations = List.copyOf(obligations);
        market = List.copyOf(market);
        Objects.requireNonNull(paidNotDelivered, "paidNotDelivered");
        Map<Severity, Long> counts = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            counts.put(severity, findingsBySeverity.getOrDefault(severity, 0L));
        }
        findingsBySeverity = Collections.unmodifiableMap(counts);
    }

    /** Percent of critical systems backed up, one decimal. */
    public BigDecimal backedUpPercent() {
        return Words.percentValue(criticalBackedUp, criticalSystems);
    }

    /** Percent of critical systems restore-tested, one decimal. */
    public BigDecimal restoreTestedPercent() {
        return Words.percentValue(criticalRestoreTested, criticalSystems);
    }

    /** The baseline score: passing controls among those passing or failing, in percent; empty without checks. */
    public Optional<BigDecimal> baselineScore() {
        long judged = baselinePassed + baselineFailed;
        return judged == 0 ? Optional.empty() : Optional.of(Words.percentValue(baselinePassed, judged));
    }

    /** Obligations kept in full over the period. */
    public long obligationsMet() {
        return obligations.stream().filter(ObligationCheck::met).count();
    }
}
