package io.witness.core.coverage.obligation;

import static io.witness.core.coverage.CoverageFixtures.context;
import static io.witness.core.coverage.CoverageFixtures.finding;
import static io.witness.core.coverage.CoverageFixtures.ids;
import static io.witness.core.coverage.CoverageFixtures.system;
import static io.witness.core.coverage.obligation.ObligationRecords.CONTRACT;
import static io.witness.core.coverage.obligation.ObligationRecords.maintenance;
import static org.assertj.core.api.Assertions.assertThat;

import io.witness.core.coverage.asset.Criticality;
import io.witness.core.coverage.audit.ObligationCheck;
import io.witness.core.coverage.audit.RuleOutcome;
import io.witness.core.finding.Finding;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The weekly disk check ran every Tuesday from January 6 to May 26, 2026, except four weeks, and in the
 * week of May 18 only on SQL01 (pms-db); the monthly firmware review skipped April.
 */
class MaintenanceRuleTest {

    private static final Set<String> SKIPPED = Set.of("2026-02-16", "2026-03-09", "2026-03-16", "2026-04-27");

    private static List<ObligationRecord> records() {
        List<ObligationRecord> records = new ArrayList<>();
        for (LocalDate monday = LocalDate.parse("2026-01-05"); monday.isBefore(LocalDate.parse("2026-06-01")); monday = monday.plusWeeks(1)) {
            if (SKIPPED.contains(monday.toString())) {
                continue;
            }
            String system = monday.equals(LocalDate.parse("2026-05-18")) ? "SQL01" : "";
            records.add(maintenance(null, "check server disk health", system, monday.with(DayOfWeek.TUESDAY).toString()));
        }
        for (String day : List.of("2026-01-14", "2026-02-11", "2026-03-10", "2026-05-12")) {
            records.add(maintenance("firewall-firmware", "", "", day));
        }
        return records;
    }

    private static RuleOutcome audit() {
        return MaintenanceRule.audit(context(CONTRACT, LocalDate.parse("2026-06-02"), List.of(system("SQL01", Criticality.CRITICAL, "pms-db"))),
                records());
    }

    @Test
    void listsTheWeeksATaskWasSkippedOnEachSystem() {
        Finding disk = finding(audit().findings(), "maintenance-skipped/disk-health/pms-db");

        assertThat(disk.title()).isEqualTo("Weekly 'Check server disk health' on pms-db: 4 of 21 weeks skipped (section 7.5)");
        assertThat(disk.explanation()).isEqualTo("Section 7.5 requires 'Check server disk health' on pms-db every week. Of the 21 weeks from "
                + "2026-01-05 to 2026-05-31, the evidence shows it done in 17; none is recorded in the weeks of 2026-02-16, 2026-03-09, "
                + "2026-03-16 and 2026-04-27.");
        assertThat(finding(audit().findings(), "maintenance-skipped/disk-health/files").title())
                .isEqualTo("Weekly 'Check server disk health' on files: 5 of 21 weeks skipped (section 7.5)");
    }

    @Test
    void namesASkippedMonthOfAMonthlyTask() {
        Finding firmware = finding(audit().findings(), "maintenance-skipped/firewall-firmware");

        assertThat(firmware.title()).isEqualTo("Monthly 'Review firewall firmware': 1 of 5 months skipped (section 7.5)");
        assertThat(firmware.explanation()).isEqualTo("Section 7.5 requires 'Review firewall firmware' every month. Of the 5 months from "
                + "2026-01-01 to 2026-05-31, the evidence shows it done in 4; none is recorded in 2026-04.");
        assertThat(ids(audit().findings())).hasSize(3);
    }

    @Test
    void countsPeriodsDonePerSystem() {
        assertThat(audit().checks()).extracting(ObligationCheck::detail)
                .containsExactly("33 of 42 system-weeks with the task done", "4 of 5 months with the task done");
    }
}
