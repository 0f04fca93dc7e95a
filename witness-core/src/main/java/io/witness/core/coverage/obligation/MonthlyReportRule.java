package io.witness.core.coverage.obligation;

import io.witness.core.contract.ObligationTerms;
import io.witness.core.coverage.audit.AuditContext;
import io.witness.core.coverage.audit.FindingDraft;
import io.witness.core.coverage.audit.MonthlyDelivery;
import io.witness.core.coverage.audit.ObligationCheck;
import io.witness.core.coverage.audit.ProviderObligation;
import io.witness.core.coverage.audit.RuleOutcome;
import io.witness.core.finding.Finding;
import io.witness.core.finding.FindingKind;
import io.witness.core.finding.Severity;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Monthly reports: each month whose report fell due (day {@code due_day} of the next month) within the
 * audited period needs a report covering it, received by that day. The earliest report received for a
 * month counts; none is missing, a later one is late.
 */
public final class MonthlyReportRule {

    public static final FindingKind MISSING = new FindingKind("monthly-report-missing");
    public static final FindingKind LATE = new FindingKind("monthly-report-late");

    private MonthlyReportRule() {
    }

    public static RuleOutcome audit(AuditContext context, List<ObligationRecord> records) {
        List<Finding> findings = new ArrayList<>();
        List<ObligationCheck> checks = new ArrayList<>();
        List<MonthlyDelivery> deliveries = new ArrayList<>();
        for (ProviderObligation<ObligationTerms.MonthlyReport> obligation : context.obligations(ObligationTerms.MonthlyReport.class)) {
            int dueDay = obligation.terms().dueDay();
            long expected = 0;
            long onTime = 0;
            YearMonth month = YearMonth.from(context.contract().header().effective().from());
            for (; month.plusMonths(1).atDay(dueDay).isBefore(context.at()); month = month.plusMonths(1)) {
                LocalDate due = month.plusMonths(1).atDay(dueDay);
                if (due.isBefore(context.from())) {
                    continue;
                }
                if (!context.contract().header().effective().contains(month.atDay(1))) {
                    break;
                }
                expected++;
                Optional<ObligationRecord> report = earliest(records, obligation, month);
                deliveries.add(new MonthlyDelivery(obligation.provider(), obligation.obligation().id(), month, 1, report.isPresent() ? 1 : 0,
                        "monthly reports received"));
                if (report.isEmpty()) {
                    findings.add(missing(context, obligation, month, due));
                } else if (report.get().date().isAfter(due)) {
                    findings.add(late(context, obligation, month, due, report.get()));
                } else {
                    onTime++;
                }
            }
            checks.add(new ObligationCheck(obligation.provider(), obligation.obligation().id(), obligation.terms().kind(),
                    obligation.obligation().section(), expected, onTime, onTime + " of " + expected + " monthly reports received by day " + dueDay));
        }
        return new RuleOutcome(findings, checks, deliveries);
    }

    private static Optional<ObligationRecord> earliest(List<ObligationRecord> records, ProviderObligation<?> obligation, YearMonth month) {
        ObligationRecord found = null;
        for (ObligationRecord record : records) {
            if (record.kind() == ObligationRecordKind.MONTHLY_REPORT && record.counts(obligation.obligation().id())
                    && record.period().filter(month::equals).isPresent() && (found == null || record.date().isBefore(found.date()))) {
                found = record;
            }
        }
        return Optional.ofNullable(found);
    }

    private static String requirement(ProviderObligation<ObligationTerms.MonthlyReport> obligation) {
        return capitalised(obligation.section()) + " requires the monthly report by day " + obligation.terms().dueDay() + " of the following month.";
    }

    private static Finding missing(AuditContext context, ProviderObligation<ObligationTerms.MonthlyReport> obligation, YearMonth month,
            LocalDate due) {
        return FindingDraft.of(MISSING, obligation.obligation().id().value(), month.toString()).obligation(obligation)
                .severity(Severity.MEDIUM)
                .title("Monthly report for " + month + " not received (" + obligation.section() + ", due " + due + ")")
                .explanation(requirement(obligation) + " No report for " + month + " is in the evidence; it was due " + due + ", "
                        + ChronoUnit.DAYS.between(due, context.at()) + " days before " + context.at() + ".")
                .at(context.startOf(due.plusDays(1))).evidence(context.ref(obligation)).build();
    }

    private static Finding late(AuditContext context, ProviderObligation<ObligationTerms.MonthlyReport> obligation, YearMonth month,
            LocalDate due, ObligationRecord report) {
        long days = ChronoUnit.DAYS.between(due, report.date());
        return FindingDraft.of(LATE, obligation.obligation().id().value(), month.toString()).obligation(obligation)
                .severity(Severity.LOW)
                .title("Monthly report for " + month + " received " + report.date() + ", " + days + " days late (" + obligation.section()
                        + ", due " + due + ")")
                .explanation(requirement(obligation) + " The report for " + month + " was received " + report.date() + ", " + days
                        + " days after " + due + ".")
                .at(context.startOf(report.date())).evidence(report.ref()).build();
    }

    static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
