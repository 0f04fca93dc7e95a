package io.witness.core.coverage.backup;

import static io.witness.core.coverage.CoverageFixtures.context;
import static io.witness.core.coverage.CoverageFixtures.finding;
import static io.witness.core.coverage.CoverageFixtures.ids;
import static io.witness.core.coverage.CoverageFixtures.restore;
import static io.witness.core.coverage.CoverageFixtures.system;
import static org.assertj.core.api.Assertions.assertThat;

import io.witness.core.contract.Contract;
import io.witness.core.coverage.CoverageFixtures;
import io.witness.core.coverage.asset.Criticality;
import io.witness.core.coverage.asset.InventorySystem;
import io.witness.core.coverage.audit.AuditContext;
import io.witness.core.coverage.audit.ObligationCheck;
import io.witness.core.coverage.audit.RuleOutcome;
import io.witness.core.finding.Finding;
import io.witness.core.finding.Severity;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Restore tests against every_days, and backed-up systems never restored. */
class RestoreTestRuleTest {

    private static final Contract CONTRACT = CoverageFixtures.withObligations("""
            - { id: backup, kind: backup_scope, section: "7.2", systems: [pms-db, pms-app, files], cadence: daily, evidence: backup_job_report }
            - { id: restore-pms, kind: restore_test, section: "7.4", every_days: 90, systems: [pms-db], evidence: restore_test_log }
            - { id: restore-files, kind: restore_test, section: "7.4", every_days: 180, systems: [files], evidence: restore_test_log }
            """);
    private static final List<InventorySystem> INVENTORY = List.of(system("SQL01", Criticality.CRITICAL, "pms-db"),
            system("APP01", Criticality.HIGH, "pms-app"), system("FS01", Criticality.HIGH, "files"));

    private static RuleOutcome audit(String at, List<RestoreTest> tests) {
        AuditContext context = context(CONTRACT, LocalDate.parse(at), INVENTORY);
        return RestoreTestRule.audit(context, BackupHistory.of(context, List.of(), tests));
    }

    @Test
    void saysHowManyDaysTheLastRestoreTestIsOlderThanTheObligationAllows() {
        Finding overdue = finding(audit("2026-06-02", List.of(restore("SQL01", "2026-01-12T10:00", RestoreResult.SUCCESS))).findings(),
                "restore-test-overdue/restore-pms/SQL01");

        assertThat(overdue.title()).isEqualTo("SQL01 (critical): restore test overdue (section 7.4, every 90 days)");
        assertThat(overdue.explanation()).isEqualTo("SQL01 (critical) was not restore-tested within the 90 days section 7.4 requires: "
                + "last restore test 2026-01-12, 141 days before 2026-06-02.");
        assertThat(overdue.severity()).isEqualTo(Severity.HIGH);
        assertThat(overdue.at()).isEqualTo(CoverageFixtures.ny("2026-04-12T00:00"));
    }

    @Test
    void namesAFailedAttemptAfterTheLastSuccessfulTest() {
        Finding overdue = finding(audit("2026-06-02", List.of(restore("SQL01", "2026-01-12T10:00", RestoreResult.SUCCESS),
                restore("SQL01", "2026-05-20T09:00", RestoreResult.FAILED))).findings(), "restore-test-overdue/restore-pms/SQL01");

        assertThat(overdue.explanation()).endsWith("last restore test 2026-01-12, 141 days before 2026-06-02. The attempt of 2026-05-20 ended failed.");
        assertThat(overdue.evidence()).extracting(Object::toString).containsExactly("file:restores.csv:SQL01@2026-01-12T10:00",
                "file:restores.csv:SQL01@2026-05-20T09:00", "file:assets.csv:SQL01");
    }

    @Test
    void acceptsATestExactlyEveryDaysOld() {
        assertThat(ids(audit("2026-06-02", List.of(restore("SQL01", "2026-03-04T10:00", RestoreResult.SUCCESS))).findings()))
                .noneMatch(id -> id.contains("SQL01"));
        assertThat(ids(audit("2026-06-02", List.of(restore("SQL01", "2026-03-03T10:00", RestoreResult.SUCCESS))).findings()))
                .contains("restore-test-overdue/restore-pms/SQL01");
    }

    @Test
    void aSystemNeverTestedIsDueEveryDaysAfterTheContractStarts() {
        assertThat(ids(audit("2026-06-02", List.of()).findings())).doesNotContain("restore-test-never/restore-files/FS01");

        Finding never = finding(audit("2026-07-15", List.of()).findings(), "restore-test-never/restore-files/FS01");

        assertThat(never.title()).isEqualTo("FS01 (high) has never been restore-tested (section 7.4, every 180 days)");
        assertThat(never.explanation()).isEqualTo("FS01 (high) has no successful restore test in the evidence; section 7.4 requires one "
                + "every 180 days, the first due 2026-06-30.");
        assertThat(never.severity()).isEqualTo(Severity.MEDIUM);
    }

    @Test
    void reportsBackedUpSystemsNoObligationNamesThatWereNeverRestored() {
        Finding never = finding(audit("2026-06-02", List.of()).findings(), "restore-never/APP01");

        assertThat(never.title()).isEqualTo("APP01 (high) is backed up under section 7.2 but its backup has never been restored");
        assertThat(never.explanation()).isEqualTo("APP01 (high) is in the backup scope of section 7.2, and no obligation names it for "
                + "restore tests; the evidence holds no successful restore of it.");
        assertThat(never.severity()).isEqualTo(Severity.LOW);
        assertThat(ids(audit("2026-06-02", List.of(restore("APP01", "2025-12-01T10:00", RestoreResult.SUCCESS))).findings()))
                .doesNotContain("restore-never/APP01");
    }

    @Test
    void countsSystemsTestedInTimePerObligation() {
        List<ObligationCheck> checks = audit("2026-06-02", List.of(restore("SQL01", "2026-01-12T10:00", RestoreResult.SUCCESS))).checks();

        assertThat(checks).extracting(ObligationCheck::detail)
                .containsExactly("0 of 1 systems restore-tested within 90 days (or not due yet)",
                        "1 of 1 systems restore-tested within 180 days (or not due yet)");
    }
}
