package io.witness.core.audit;

import io.witness.core.kpi.KpiOptions;
import io.witness.core.reconcile.CaseReport;
import java.util.List;
import java.util.Objects;

/**
 * Every case of a tenant reconciled, in the cases' order, with the parts of the later stages made beside each
 * ({@link Audit#reconcile(java.util.List, java.time.Instant, java.util.Map, java.util.List,
 * io.witness.core.kpi.ReportingPeriods, boolean)}) and the KPI options the profiles were made under. The reports
 * are a list of their own: who keeps them after the later stages does not keep the parts. Immutable.
 *
 * @param reports each case's clocks, differences and findings, in the cases' order
 * @param parts each case's parts of the register, KPIs and credits, in the same order
 * @param kpiOptions the options the cases' KPI profiles were made under (periods, now, rules)
 */
public record Reconciliation(List<CaseReport> reports, List<CaseParts> parts, KpiOptions kpiOptions) {

    public Reconciliation {
        reports = List.copyOf(reports);
        parts = List.copyOf(parts);
        Objects.requireNonNull(kpiOptions, "kpiOptions");
        if (reports.size() != parts.size()) {
            throw new IllegalArgumentException(reports.size() + " reports but " + parts.size() + " cases' parts");
        }
    }
}
