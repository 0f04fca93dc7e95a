package io.witness.app.report;

import io.witness.core.contract.Contract;
import io.witness.core.coverage.CoverageReport;
import io.witness.core.coverage.audit.ObligationCheck;
import io.witness.core.credit.CreditStatement;
import io.witness.core.kpi.KpiTable;
import io.witness.core.pattern.Pattern;
import io.witness.core.reconcile.CaseReport;
import io.witness.core.register.GapRecord;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What an audit established, as the reports read it: the reconciliation's cases with their clocks and
 * findings, the service-gap register, KPIs, patterns, credits, the coverage audit when there was evidence
 * for it, and the signed checkpoint the figures were computed from when they came from a ledger.
 * Immutable.
 *
 * @param contract the contract audited against
 * @param tenant the tenant's name as the report shows it
 * @param first the first month reported
 * @param last the last month reported, not before {@code first}
 * @param now the instant the audit was computed as of
 * @param reports each case's clocks, differences and findings
 * @param gaps the service-gap register
 * @param kpis the KPI table
 * @param patterns the patterns of the providers' cases
 * @param credits the credit statements
 * @param coverage the coverage audit, when there was evidence for one
 * @param seal the signed checkpoint and its key, when the figures came from a ledger
 * @param monthObligations the obligations checked over each reported month alone (the monthly report's),
 *        empty when there was no coverage evidence or they were not computed
 */
public record AuditFacts(Contract contract, String tenant, YearMonth first, YearMonth last, Instant now,
        List<CaseReport> reports, List<GapRecord> gaps, KpiTable kpis, List<Pattern> patterns,
        List<CreditStatement> credits, Optional<CoverageReport> coverage, Optional<Seal> seal,
        Map<YearMonth, List<ObligationCheck>> monthObligations) {

    /** @throws IllegalArgumentException if {@code last} is before {@code first} */
    public AuditFacts {
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        Objects.requireNonNull(now, "now");
        reports = List.copyOf(reports);
        gaps = List.copyOf(gaps);
        Objects.requireNonNull(kpis, "kpis");
        patterns = List.copyOf(patterns);
        credits = List.copyOf(credits);
        Objects.requireNonNull(coverage, "coverage");
        Objects.requireNonNull(seal, "seal");
        monthObligations = Map.copyOf(monthObligations);
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("The last month reported " + last + " is before the first " + first);
        }
    }

    /** The facts without obligations per month. */
    public AuditFacts(Contract contract, String tenant, YearMonth first, YearMonth last, Instant now, List<CaseReport> reports,
            List<GapRecord> gaps, KpiTable kpis, List<Pattern> patterns, List<CreditStatement> credits,
            Optional<CoverageReport> coverage, Optional<Seal> seal) {
        this(contract, tenant, first, last, now, reports, gaps, kpis, patterns, credits, coverage, seal, Map.of());
    }

    /** These facts with the obligations checked over each month alone. */
    public AuditFacts withMonthObligations(Map<YearMonth, List<ObligationCheck>> byMonth) {
        return new AuditFacts(contract, tenant, first, last, now, reports, gaps, kpis, patterns, credits, coverage, seal, byMonth);
    }

    /**
     * The signed checkpoint a report was built from: anyone holding the public key can check that the
     * ledger's observations behind every figure are those the checkpoint commits to.
     *
     * @param checkpoint the checkpoint's text as {@code ./witness proof} prints it
     * @param publicKey the public key that verifies its signature, as text
     */
    public record Seal(String checkpoint, String publicKey) {

        public Seal {
            Objects.requireNonNull(checkpoint, "checkpoint");
            Objects.requireNonNull(publicKey, "publicKey");
        }
    }
}
