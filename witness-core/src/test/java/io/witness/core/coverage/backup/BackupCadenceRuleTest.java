package io.witness.core.coverage.backup;

import static io.witness.core.coverage.CoverageFixtures.context;
import static io.witness.core.coverage.CoverageFixtures.finding;
import static io.witness.core.coverage.CoverageFixtures.ids;
import static io.witness.core.coverage.CoverageFixtures.nightly;
import static io.witness.core.coverage.CoverageFixtures.system;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.witness.core.contract.Contract;
import io.witness.core.coverage.CoverageFixtures;
import io.witness.core.coverage.asset.Criticality;
import io.witness.core.coverage.asset.Inventory;
import io.witness.core.coverage.asset.InventorySystem;
import io.witness.core.coverage.audit.AuditContext;
import io.witness.core.coverage.audit.CoverageSettings;
import io.witness.core.coverage.audit.MonthlyDelivery;
import io.witness.core.coverage.audit.ObligationCheck;
import io.witness.core.coverage.audit.RuleOutcome;
import io.witness.core.finding.Finding;
import io.witness.core.finding.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Nights without a successful backup. SQL01 runs nightly in May 2026 but fails the 12th to the 14th and
 * has no run on the 15th; FS01 fails the 20th and 21st; m365 has no run at all.
 */
class BackupCadenceRuleTest {

    private static final Contract CONTRACT = CoverageFixtures.withObligations("""
            - { id: backup, kind: backup_scope, section: "7.2", systems: [pms-db, files, m365], cadence: daily, evidence: backup_job_report }
            """);
    private static final LocalDate AT = LocalDate.parse("2026-06-02");
    private static final List<InventorySystem> INVENTORY = List.of(
            system("SQL01", Criticality.CRITICAL, "pms-db"), system("FS01", Criticality.HIGH, "files"));

    private static List<BackupRun> may() {
        List<BackupRun> runs = new ArrayList<>(nightly("SQL01", LocalDate.parse("2026-05-01"), LocalDate.parse("2026-06-01"),
                List.of(LocalDate.parse("2026-05-12"), LocalDate.parse("2026-05-13"), LocalDate.parse("2026-05-14"))));
        runs.removeIf(r -> r.startedAt().equals(CoverageFixtures.ny("2026-05-15T22:00")));
        runs.addAll(nightly("FS01", LocalDate.parse("2026-05-01"), LocalDate.parse("2026-06-01"),
                List.of(LocalDate.parse("2026-05-20"), LocalDate.parse("2026-05-21"))));
        return runs;
    }

    private static RuleOutcome audit(CoverageSettings settings, List<BackupRun> runs) {
        AuditContext context = context(CONTRACT, AT, INVENTORY, settings);
        return BackupCadenceRule.audit(context, BackupHistory.of(context, runs, List.of()));
    }

    @Test
    void reportsNightsInARowWithoutASuccessfulBackupSayingWhichFailedAndWhichHadNoRun() {
        Finding streak = finding(audit(CoverageSettings.defaults(), may()).findings(), "backup-failing/SQL01/2026-05-12");

        assertThat(streak.title()).isEqualTo("SQL01 (critical): no successful backup for 4 nights in a row, 2026-05-12 to 2026-05-15 "
                + "(section 7.2 requires daily)");
        assertThat(streak.explanation()).isEqualTo("Section 7.2 requires a daily backup of pms-db. SQL01 had no successful backup for 4 days "
                + "in a row: runs failed on 2026-05-12, 2026-05-13 and 2026-05-14, and no run is recorded on 2026-05-15.");
        assertThat(streak.severity()).isEqualTo(Severity.HIGH);
        assertThat(streak.at()).isEqualTo(CoverageFixtures.ny("2026-05-15T00:00"));
        assertThat(streak.evidence()).hasSize(4);
    }

    @Test
    void aMonthBeforeTheBackupEvidenceBeginsHasNothingDueAndNoFinding() {
        AuditContext april = AuditContext.of(CONTRACT, LocalDate.parse("2026-04-01"), LocalDate.parse("2026-05-01"),
                Inventory.of(INVENTORY), CoverageSettings.defaults());

        RuleOutcome outcome = BackupCadenceRule.audit(april, BackupHistory.of(april, may(), List.of()));

        assertThat(outcome.findings()).isEmpty();
        assertThat(outcome.checks()).extracting(ObligationCheck::expected, ObligationCheck::kept).containsExactly(tuple(0L, 0L));
    }

    @Test
    void reportsASystemInScopeWithNoRunAtAllOnce() {
        Finding none = finding(audit(CoverageSettings.defaults(), may()).findings(), "backup-none/m365");

        assertThat(none.title()).isEqualTo("m365: no backup run recorded from 2026-05-01 to 2026-06-01 (section 7.2 requires daily)");
        assertThat(none.explanation()).isEqualTo("Section 7.2 puts m365 in the backup scope, daily. The backup evidence from 2026-05-01 to "
                + "2026-06-01 holds no run for m365.");
        assertThat(none.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(none.evidence()).extracting(Object::toString).containsExactly("contract:test-msa/msp/backup");
    }

    @Test
    void leavesStreaksShorterThanTheSettingOut() {
        assertThat(ids(audit(CoverageSettings.defaults(), may()).findings()))
                .containsExactly("backup-failing/SQL01/2026-05-12", "backup-none/m365");
        assertThat(ids(audit(CoverageSettings.defaults().withFailingNights(2), may()).findings()))
                .containsExactly("backup-failing/SQL01/2026-05-12", "backup-failing/FS01/2026-05-20", "backup-none/m365");
    }

    @Test
    void saysWhenAStreakRunsUpToTheAuditDate() {
        List<BackupRun> runs = nightly("SQL01", LocalDate.parse("2026-05-25"), LocalDate.parse("2026-06-01"),
                List.of(LocalDate.parse("2026-05-30"), LocalDate.parse("2026-05-31"), LocalDate.parse("2026-06-01")));

        Finding streak = finding(audit(CoverageSettings.defaults(), runs).findings(), "backup-failing/SQL01/2026-05-30");

        assertThat(streak.explanation()).isEqualTo("Section 7.2 requires a daily backup of pms-db. SQL01 had no successful backup for 3 days "
                + "in a row: runs failed on 2026-05-30, 2026-05-31 and 2026-06-01. None had succeeded by 2026-06-02.");
    }

    @Test
    void countsSystemDaysWithASuccessfulBackupFromTheFirstRunInTheEvidence() {
        RuleOutcome outcome = audit(CoverageSettings.defaults(), may());

        // 32 days (May 1 to June 1) x 3 systems; SQL01 misses 4, FS01 2, m365 all 32.
        ObligationCheck check = outcome.checks().get(0);
        assertThat(check.expected()).isEqualTo(96);
        assertThat(check.kept()).isEqualTo(58);
        assertThat(check.detail()).isEqualTo("58 of 96 system-days with a successful backup, 2026-05-01 to 2026-06-01");
        assertThat(outcome.deliveries()).extracting(MonthlyDelivery::month, MonthlyDelivery::expected, MonthlyDelivery::delivered)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(java.time.YearMonth.parse("2026-05"), 93L, 56L),
                        org.assertj.core.groups.Tuple.tuple(java.time.YearMonth.parse("2026-06"), 3L, 2L));
    }

    @Test
    void countsARunOnTheDayItStartsInTheContractsZone() {
        // 23:30 in New York on May 14 is 03:30 UTC on May 15: it is May 14's backup.
        List<BackupRun> runs = new ArrayList<>(nightly("SQL01", LocalDate.parse("2026-05-10"), LocalDate.parse("2026-05-20"),
                List.of(LocalDate.parse("2026-05-12"), LocalDate.parse("2026-05-13"), LocalDate.parse("2026-05-14"))));
        runs.add(CoverageFixtures.run("SQL01", "2026-05-14T23:30", BackupResult.WARNING));

        assertThat(ids(audit(CoverageSettings.defaults(), runs).findings())).doesNotContain("backup-failing/SQL01/2026-05-12");
    }
}
