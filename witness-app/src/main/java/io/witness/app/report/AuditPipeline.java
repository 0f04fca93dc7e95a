package io.witness.app.report;

import io.witness.core.audit.Audit;
import io.witness.core.audit.Reconciliation;
import io.witness.core.contract.Contract;
import io.witness.core.coverage.CoverageReport;
import io.witness.core.kpi.ReportingPeriod;
import io.witness.core.kpi.ReportingPeriods;
import io.witness.core.pattern.PerformanceReport;
import io.witness.core.reconcile.CaseReport;
import io.witness.core.reconcile.Correlated;
import io.witness.core.reconcile.ReconcileRules;
import io.witness.core.reconcile.RecordChange;
import io.witness.core.reconcile.Ticket;
import io.witness.core.register.Annotation;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * From tickets to the facts a report reads, by the stages {@code ./witness reconcile} runs (correlate; clocks,
 * findings and each case's parts of the later stages; register, KPIs and patterns, credits).
 */
public final class AuditPipeline {

    private AuditPipeline() {
    }

    /**
     * @param contract the contract
     * @param tenant the tenant's name as the report shows it
     * @param tickets both sides' tickets
     * @param changes the record changes (history rewrites) per ticket, empty without a ledger
     * @param annotations what the parties said of findings
     * @param periods the months reported; empty for those from the first case's month to {@code now}'s
     * @param now the instant to compute as of
     * @param coverage the coverage audit, when there was evidence
     * @param seal the signed checkpoint, when the tickets came from a ledger
     */
    public static AuditFacts run(Contract contract, String tenant, List<Ticket> tickets, Map<String, List<RecordChange>> changes,
            List<Annotation> annotations, Optional<ReportingPeriods> periods, Instant now, Optional<CoverageReport> coverage,
            Optional<AuditFacts.Seal> seal) {
        Audit audit = new Audit(contract, ReconcileRules.defaults());
        Correlated correlated = audit.correlate(tickets);
        ReportingPeriods months = periods.orElseGet(() -> {
            Instant first = correlated.cases().stream().map(c -> c.openedAt()).min(Instant::compareTo).orElse(now);
            return ReportingPeriods.covering(first.isAfter(now) ? now : first, now, ReportingPeriod.Length.MONTH,
                    contract.header().zone());
        });
        YearMonth first = YearMonth.from(months.get(0).startInclusive());
        YearMonth last = YearMonth.from(months.get(months.size() - 1).endExclusive().minusDays(1));
        Reconciliation reconciled = audit.reconcile(correlated.cases(), now, changes, annotations, months, true);
        List<CaseReport> reports = reconciled.reports();
        var gaps = audit.register(reconciled);
        PerformanceReport performance = audit.performance(reconciled);
        var credits = audit.credits(reconciled, first, last);
        return new AuditFacts(contract, tenant, first, last, now, reports, gaps, performance.kpis(), performance.patterns(),
                credits, coverage, seal);
    }
}
