package io.witness.core.coverage.obligation;

import static io.witness.core.coverage.CoverageFixtures.context;
import static io.witness.core.coverage.CoverageFixtures.finding;
import static io.witness.core.coverage.CoverageFixtures.ids;
import static io.witness.core.coverage.obligation.ObligationRecords.CONTRACT;
import static io.witness.core.coverage.obligation.ObligationRecords.report;
import static org.assertj.core.api.Assertions.assertThat;

import io.witness.core.contract.ObligationId;
import io.witness.core.coverage.audit.MonthlyDelivery;
import io.witness.core.coverage.audit.RuleOutcome;
import io.witness.core.finding.EvidenceRef;
import io.witness.core.finding.Finding;
import io.witness.core.finding.Severity;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reports for January to April 2026 were due by the 10th of the next month; March's came late, April's never. */
class MonthlyReportRuleTest {

    private static final List<ObligationRecord> RECORDS = List.of(report("2026-01", "2026-02-06"), report("2026-02", "2026-03-09"),
            report("2026-03", "2026-04-23"),
            new ObligationRecord(ObligationRecordKind.MONTHLY_REPORT, Optional.of(new ObligationId("soc-report")), LocalDate.parse("2026-04-02"),
                    Optional.of(YearMonth.parse("2026-03")), "", "", "", "", "", EvidenceRef.file("obligations.csv:soc")));

    private static RuleOutcome audit() {
        return MonthlyReportRule.audit(context(CONTRACT, LocalDate.parse("2026-06-02"), List.of()), RECORDS);
    }

    @Test
    void reportsALateReportWithHowManyDaysAfterItsDueDay() {
        Finding late = finding(audit().findings(), "monthly-report-late/monthly-report/2026-03");

        assertThat(late.title()).isEqualTo("Monthly report for 2026-03 received 2026-04-23, 13 days late (section 5.1, due 2026-04-10)");
        assertThat(late.explanation()).isEqualTo("Section 5.1 requires the monthly report by day 10 of the following month. The report for "
                + "2026-03 was received 2026-04-23, 13 days after 2026-04-10.");
        assertThat(late.severity()).isEqualTo(Severity.LOW);
    }

    @Test
    void reportsAMissingReportOnceItsDueDayHasPassed() {
        Finding missing = finding(audit().findings(), "monthly-report-missing/monthly-report/2026-04");

        assertThat(missing.title()).isEqualTo("Monthly report for 2026-04 not received (section 5.1, due 2026-05-10)");
        assertThat(missing.explanation()).isEqualTo("Section 5.1 requires the monthly report by day 10 of the following month. No report for "
                + "2026-04 is in the evidence; it was due 2026-05-10, 23 days before 2026-06-02.");
        assertThat(ids(audit().findings())).containsExactly("monthly-report-late/monthly-report/2026-03",
                "monthly-report-missing/monthly-report/2026-04");
    }

    @Test
    void countsReportsOnTimeAndMonthsDelivered() {
        RuleOutcome outcome = audit();

        assertThat(outcome.checks().get(0).detail()).isEqualTo("2 of 4 monthly reports received by day 10");
        assertThat(outcome.deliveries()).extracting(MonthlyDelivery::delivered).containsExactly(1L, 1L, 1L, 0L);
    }
}
