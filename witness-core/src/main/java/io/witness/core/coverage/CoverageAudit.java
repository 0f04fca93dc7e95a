package io.witness.core.coverage;

import io.witness.core.contract.AssetId;
import io.witness.core.contract.Cadence;
import io.witness.core.contract.Contract;
import io.witness.core.contract.ObligationTerms;
import io.witness.core.coverage.asset.Criticality;
import io.witness.core.coverage.asset.Inventory;
import io.witness.core.coverage.asset.InventorySystem;
import io.witness.core.coverage.audit.AuditContext;
import io.witness.core.coverage.audit.CadencePeriod;
import io.witness.core.coverage.audit.CoverageSettings;
import io.witness.core.coverage.audit.ObligationCheck;
import io.witness.core.coverage.audit.ProviderObligation;
import io.witness.core.coverage.audit.RuleOutcome;
import io.witness.core.coverage.backup.BackupCadenceRule;
import io.witness.core.coverage.backup.BackupHistory;
import io.witness.core.coverage.backup.BackupScopeRule;
import io.witness.core.coverage.backup.RestoreTest;
import io.witness.core.coverage.backup.RestoreTestRule;
import io.witness.core.coverage.baseline.BaselineRule;
import io.witness.core.coverage.cost.MarketPriceRule;
import io.witness.core.coverage.cost.UndeliveredServiceRule;
import io.witness.core.coverage.drift.DriftRule;
import io.witness.core.coverage.obligation.BusinessReviewRule;
import io.witness.core.coverage.obligation.DocumentationRule;
import io.witness.core.coverage.obligation.MaintenanceRule;
import io.witness.core.coverage.obligation.MonthlyReportRule;
import io.witness.core.coverage.patch.PatchLagRule;
import io.witness.core.coverage.raci.ResponsibilityRule;
import io.witness.core.finding.Finding;
import io.witness.core.finding.Severity;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs every coverage rule over the evidence for one contract and audit date, and sums up: backup scope
 * and cadence, restore tests, patch lag, configuration drift, the security baseline, monthly reports,
 * business reviews, preventive maintenance, documentation, responsibility gaps, market prices and
 * service paid for but not delivered. Pure: the same contract, evidence, dates and settings give the same
 * report. Thread-safe.
 */
public final class CoverageAudit {

    /** When no restore-test obligation names a critical system, a restore test within this many days counts. */
    public static final int DEFAULT_RESTORE_DAYS = 365;

    private CoverageAudit() {
    }

    /**
     * The coverage report of {@code contract} on {@code at}, over {@code [from, at)} (from no earlier than
     * the contract's first day).
     *
     * @throws IllegalArgumentException if {@code at} is before the contract's first day or before {@code from}
     */
    public static CoverageReport run(Contract contract, CoverageEvidence evidence, LocalDate from, LocalDate at, CoverageSettings settings) {
        AuditContext context = AuditContext.of(contract, from, at, Inventory.of(evidence.inventory()), settings);
        BackupHistory history = BackupHistory.of(context, evidence.backupRuns(), evidence.restoreTests());
        RuleOutcome outcome = BackupScopeRule.audit(context, history)
                .plus(BackupCadenceRule.audit(context, history))
                .plus(RestoreTestRule.audit(context, history));
        PatchLagRule.Result patches = PatchLagRule.audit(context, evidence.patches());
        DriftRule.Result drift = DriftRule.audit(context, evidence.snapshots(), evidence.changes());
        BaselineRule.Result baseline = BaselineRule.audit(context, evidence.baselineChecks());
        outcome = outcome.plus(patches.outcome()).plus(drift.outcome()).plus(baseline.outcome())
                .plus(MonthlyReportRule.audit(context, evidence.obligationRecords()))
                .plus(BusinessReviewRule.audit(context, evidence.obligationRecords()))
                .plus(MaintenanceRule.audit(context, evidence.obligationRecords()))
                .plus(DocumentationRule.audit(context, evidence.obligationRecords()));
        ResponsibilityRule.Result raci = ResponsibilityRule.audit(context, evidence.incidents());
        MarketPriceRule.Result market = MarketPriceRule.audit(context, evidence.marketPrices(), evidence.invoices());
        UndeliveredServiceRule.Result undelivered = UndeliveredServiceRule.audit(context, evidence.invoices(), outcome.deliveries());
        outcome = outcome.plus(raci.outcome()).plus(market.outcome()).plus(undelivered.outcome());

        List<InventorySystem> critical = context.inventory().inServiceOn(at).stream()
                .filter(s -> s.criticality() == Criticality.CRITICAL).toList();
        Map<Severity, Long> bySeverity = new EnumMap<>(Severity.class);
        for (Finding finding : outcome.findings()) {
            bySeverity.merge(finding.severity(), 1L, Long::sum);
        }
        CoverageSummary summary = new CoverageSummary(critical.size(), backedUp(context, history, critical),
                restoreTested(context, history, critical), patches.buckets(), drift.devicesCompared(), drift.changes(), drift.uncovered(),
                baseline.passed(), baseline.failed(), inContractOrder(context, outcome.checks()), raci.incidents(), raci.unassigned() + raci.sharedWithoutOwner(),
                market.comparisons(), undelivered.total(), bySeverity);
        return new CoverageReport(context.from(), at, outcome.findings(), summary);
    }

    /** The checks in the order the contract lists its providers' obligations. */
    private static List<ObligationCheck> inContractOrder(AuditContext context, List<ObligationCheck> checks) {
        List<String> order = new ArrayList<>();
        context.terms().obligations().forEach((provider, list) -> list.forEach(o -> order.add(provider + "/" + o.id())));
        List<ObligationCheck> sorted = new ArrayList<>(checks);
        sorted.sort(Comparator.comparingInt(c -> order.indexOf(c.provider() + "/" + c.obligation())));
        return sorted;
    }

    /**
     * Critical systems whose last successful backup falls on or after the audit date less one cadence of
     * the backup scope naming them (daily when none does) less one day: for daily, one of the two days before.
     */
    private static long backedUp(AuditContext context, BackupHistory history, List<InventorySystem> critical) {
        Map<String, Cadence> cadence = new HashMap<>();
        for (ProviderObligation<ObligationTerms.BackupScope> scope : context.obligations(ObligationTerms.BackupScope.class)) {
            for (AssetId asset : scope.terms().systems()) {
                context.inventory().systemsOf(asset, context.at()).forEach(s -> cadence.putIfAbsent(s, scope.terms().cadence()));
            }
        }
        return critical.stream().filter(system -> history.lastCopy(system.system())
                .map(run -> !CadencePeriod.after(cadence.getOrDefault(system.system(), Cadence.DAILY), context.dateOf(run.startedAt()))
                        .isBefore(context.at().minusDays(1)))
                .orElse(false)).count();
    }

    /**
     * Critical systems with a successful restore test no more days before the audit date than the shortest
     * restore-test period of an obligation naming them, or {@value #DEFAULT_RESTORE_DAYS} when none does.
     */
    private static long restoreTested(AuditContext context, BackupHistory history, List<InventorySystem> critical) {
        Map<String, Integer> every = new HashMap<>();
        for (ProviderObligation<ObligationTerms.RestoreTest> obligation : context.obligations(ObligationTerms.RestoreTest.class)) {
            for (AssetId asset : obligation.terms().systems()) {
                context.inventory().systemsOf(asset, context.at()).forEach(s -> every.merge(s, obligation.terms().everyDays(), Math::min));
            }
        }
        return critical.stream().filter(system -> {
            Optional<RestoreTest> last = history.lastSuccessfulRestore(system.system());
            return last.isPresent() && ChronoUnit.DAYS.between(context.dateOf(last.get().testedAt()), context.at())
                    <= every.getOrDefault(system.system(), DEFAULT_RESTORE_DAYS);
        }).count();
    }
}
