package io.witness.app.reconcile.cli;

import io.witness.core.credit.CreditStatement;
import io.witness.core.pattern.PerformanceReport;
import io.witness.core.reconcile.CaseReport;
import io.witness.core.reconcile.Correlated;
import io.witness.core.register.GapRecord;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * Everything one reconcile run produced, and how long each stage took.
 *
 * @param now the instant it was computed as of
 * @param first the first month reported
 * @param last the last month reported
 * @param correlated the cases and the choices correlation made
 * @param reports each case's clocks, differences and findings
 * @param gaps the register
 * @param performance the KPI table (every timeline) and the patterns of the witnessed timeline
 * @param credits the credit statements
 * @param stageMillis milliseconds per stage, in order
 */
record ReconcileOutcome(Instant now, YearMonth first, YearMonth last, Correlated correlated, List<CaseReport> reports,
        List<GapRecord> gaps, PerformanceReport performance, List<CreditStatement> credits, Map<String, Long> stageMillis) {
}
