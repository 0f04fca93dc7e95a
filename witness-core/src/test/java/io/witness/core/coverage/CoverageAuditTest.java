package io.witness.core.coverage;

import static io.witness.core.coverage.CoverageFixtures.ids;
import static io.witness.core.coverage.CoverageFixtures.nightly;
import static io.witness.core.coverage.CoverageFixtures.restore;
import static io.witness.core.coverage.CoverageFixtures.system;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.witness.core.coverage.asset.Criticality;
import io.witness.core.coverage.asset.InventorySystem;
import io.witness.core.coverage.audit.CoverageSettings;
import io.witness.core.coverage.audit.ObligationCheck;
import io.witness.core.coverage.backup.BackupRun;
import io.witness.core.coverage.backup.RestoreResult;
import io.witness.core.finding.Severity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The whole audit on dental-150 with backup evidence only: the summary's figures, worked out by hand. */
class CoverageAuditTest {

    private static final LocalDate AT = LocalDate.parse("2026-06-02");
    private static final List<InventorySystem> INVENTORY = List.of(system("SQL01", Criticality.CRITICAL, "pms-db"),
            system("APP01", Criticality.CRITICAL, "pms-app"), system("IMG01", Criticality.CRITICAL, "imaging"),
            system("FS01", Criticality.HIGH, "file-server"), system("CBCT01", Criticality.CRITICAL, null));

    private static CoverageEvidence evidence() {
        List<BackupRun> runs = new ArrayList<>();
        runs.addAll(nightly("SQL01", LocalDate.parse("2026-05-01"), LocalDate.parse("2026-06-01"), List.of()));
        // APP01's last two nights failed: its last copy (May 30) is too old to count as backed up on June 2.
        runs.addAll(nightly("APP01", LocalDate.parse("2026-05-01"), LocalDate.parse("2026-06-01"),
                List.of(LocalDate.parse("2026-05-31"), LocalDate.parse("2026-06-01"))));
        runs.addAll(nightly("IMG01", LocalDate.parse("2026-05-01"), LocalDate.parse("2026-05-31"), List.of()));
        return CoverageEvidence.empty().withInventory(INVENTORY).withBackupRuns(runs)
                .withRestoreTests(List.of(restore("SQL01", "2026-04-20T10:00", RestoreResult.SUCCESS),
                        restore("IMG01", "2025-12-15T10:00", RestoreResult.SUCCESS)));
    }

    @Test
    void summarisesCriticalSystemsBackedUpAndRestoreTested() {
        CoverageReport report = CoverageAudit.run(CoverageFixtures.dental(), evidence(), LocalDate.parse("2025-01-01"), AT,
                CoverageSettings.defaults());

        // Critical: SQL01, APP01, IMG01, CBCT01. Backed up (a copy on May 31 or June 1): SQL01, IMG01.
        // Restore-tested: SQL01 (43 days, within 90); IMG01's test (169 days) is within its 180.
        CoverageSummary summary = report.summary();
        assertThat(List.of(summary.criticalSystems(), summary.criticalBackedUp(), summary.criticalRestoreTested())).containsExactly(4L, 2L, 2L);
        assertThat(summary.backedUpPercent()).isEqualTo(new BigDecimal("50.0"));
        assertThat(report.from()).isEqualTo(LocalDate.parse("2026-01-01"));
    }

    @Test
    void gathersEveryRulesFindingsAndChecks() {
        CoverageReport report = CoverageAudit.run(CoverageFixtures.dental(), evidence(), LocalDate.parse("2026-01-01"), AT,
                CoverageSettings.defaults());

        // FS01's first restore test is due 2026-06-30 and the first documentation review 2026-07-01: neither is reported yet.
        // The evidence holds no patch report, so neither patching obligation can be shown kept.
        assertThat(ids(report.findings())).containsExactly("backup-scope-gap/CBCT01", "backup-none/FS01", "backup-none/m365",
                "restore-never/APP01", "restore-never/m365", "patch-report-missing/patch-critical", "patch-report-missing/patch-high",
                "baseline-review-missing/security-baseline",
                "monthly-report-missing/monthly-report/2026-01", "monthly-report-missing/monthly-report/2026-02",
                "monthly-report-missing/monthly-report/2026-03", "monthly-report-missing/monthly-report/2026-04", "qbr-missed/qbr/2026-Q1",
                "maintenance-skipped/firewall-firmware/firewalls", "maintenance-skipped/disk-health/pms-db",
                "maintenance-skipped/disk-health/pms-app", "maintenance-skipped/disk-health/imaging",
                "maintenance-skipped/disk-health/file-server");
        assertThat(report.summary().obligations()).extracting(ObligationCheck::obligation).extracting(Object::toString)
                .containsExactly("monthly-report", "qbr", "restore-test-pms", "restore-test-files", "backup", "patch-critical", "patch-high",
                        "firewall-firmware", "disk-health", "documentation", "security-baseline");
        assertThat(report.summary().findingsBySeverity().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(report.findings().size());
        assertThat(report.summary().findingsBySeverity().get(Severity.INFO)).isZero();
    }

    @Test
    void refusesAnAuditDateBeforeTheContract() {
        assertThatThrownBy(() -> CoverageAudit.run(CoverageFixtures.dental(), CoverageEvidence.empty(), LocalDate.parse("2025-01-01"),
                LocalDate.parse("2025-12-31"), CoverageSettings.defaults()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The audit date 2025-12-31 is before the contract's first day 2026-01-01");
    }
}
