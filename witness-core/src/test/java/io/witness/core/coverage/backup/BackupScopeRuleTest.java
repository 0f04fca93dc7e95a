package io.witness.core.coverage.backup;

import static io.witness.core.coverage.CoverageFixtures.context;
import static io.witness.core.coverage.CoverageFixtures.finding;
import static io.witness.core.coverage.CoverageFixtures.ids;
import static io.witness.core.coverage.CoverageFixtures.nightly;
import static io.witness.core.coverage.CoverageFixtures.run;
import static io.witness.core.coverage.CoverageFixtures.system;
import static org.assertj.core.api.Assertions.assertThat;

import io.witness.core.contract.Contract;
import io.witness.core.coverage.CoverageFixtures;
import io.witness.core.coverage.asset.Criticality;
import io.witness.core.coverage.asset.InventorySystem;
import io.witness.core.coverage.audit.AuditContext;
import io.witness.core.finding.EvidenceRef;
import io.witness.core.finding.Finding;
import io.witness.core.finding.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Critical systems outside the backup scope, and data sets recent backups leave out. */
class BackupScopeRuleTest {

    private static final Contract CONTRACT = CoverageFixtures.withObligations("""
            - { id: backup, kind: backup_scope, section: "7.2", systems: [pms-db, files, m365], cadence: daily, evidence: backup_job_report }
            """);
    private static final LocalDate AT = LocalDate.parse("2026-06-02");
    private static final List<InventorySystem> INVENTORY = List.of(
            system("SQL01", Criticality.CRITICAL, "pms-db", "image", "sql-log"),
            system("APP01", Criticality.CRITICAL, "pms-app"),
            system("FS01", Criticality.HIGH, "files"),
            system("CBCT01", Criticality.CRITICAL, null));

    private static List<Finding> audit(List<BackupRun> runs) {
        AuditContext context = context(CONTRACT, AT, INVENTORY);
        return BackupScopeRule.audit(context, BackupHistory.of(context, runs, List.of())).findings();
    }

    @Test
    void reportsEachCriticalSystemNoScopeCoversWithItsAsset() {
        Finding app = finding(audit(List.of()), "backup-scope-gap/APP01");

        assertThat(app.title()).isEqualTo("APP01 (critical) is not in the backup scope of section 7.2");
        assertThat(app.explanation()).isEqualTo("The inventory lists APP01 as critical. The backup scope of section 7.2 covers pms-db, files "
                + "and m365; APP01 belongs to none of them (its contract asset: pms-app).");
        assertThat(app.severity()).isEqualTo(Severity.HIGH);
        assertThat(app.clause().orElseThrow().text()).isEqualTo("7.2");
        assertThat(app.provider().orElseThrow().value()).isEqualTo("msp");
        assertThat(app.evidence()).containsExactly(EvidenceRef.file("assets.csv:APP01"));
    }

    @Test
    void saysWhenACriticalSystemOutsideTheScopeIsBackedUpAnyway() {
        Finding cbct = finding(audit(List.of(run("CBCT01", "2026-05-30T23:00", BackupResult.SUCCESS))), "backup-scope-gap/CBCT01");

        assertThat(cbct.explanation()).isEqualTo("The inventory lists CBCT01 as critical. The backup scope of section 7.2 covers pms-db, "
                + "files and m365; CBCT01 belongs to none of them (its contract asset: none). Backups of it were made anyway (the last on "
                + "2026-05-30), but the contract does not require them.");
        assertThat(cbct.severity()).isEqualTo(Severity.MEDIUM);
    }

    @Test
    void leavesOutSystemsThatAreNotCriticalOrAreInScope() {
        assertThat(ids(audit(List.of()))).containsExactly("backup-scope-gap/APP01", "backup-scope-gap/CBCT01");
    }

    @Test
    void reportsARequiredDataSetNoRecentSuccessfulBackupCaptured() {
        List<BackupRun> runs = new ArrayList<>(nightly("SQL01", LocalDate.parse("2026-05-20"), LocalDate.parse("2026-06-01"), List.of(), "image"));
        runs.add(run("SQL01", "2026-05-10T23:30", BackupResult.SUCCESS, "sql-log"));

        List<Finding> findings = audit(runs);

        Finding missing = finding(findings, "backup-dataset-missing/SQL01/sql-log");
        assertThat(missing.title()).isEqualTo("SQL01 (critical): no successful backup captured sql-log in the 7 days before 2026-06-02");
        assertThat(missing.explanation()).isEqualTo("The inventory requires backups of SQL01 to capture sql-log. Of its 7 successful runs "
                + "from 2026-05-26 to 2026-06-01, none did; the last that did was on 2026-05-10 (job job-SQL01).");
        assertThat(missing.severity()).isEqualTo(Severity.HIGH);
        assertThat(missing.evidence()).containsExactly(EvidenceRef.file("assets.csv:SQL01"), EvidenceRef.file("backups.csv:SQL01@2026-06-01T22:00"),
                EvidenceRef.file("backups.csv:SQL01@2026-05-10T23:30"));
        assertThat(ids(findings)).doesNotContain("backup-dataset-missing/SQL01/image");
    }

    @Test
    void saysWhenNoRunEverCapturedTheDataSet() {
        Finding missing = finding(audit(nightly("SQL01", LocalDate.parse("2026-05-30"), LocalDate.parse("2026-06-01"), List.of(), "image")),
                "backup-dataset-missing/SQL01/sql-log");

        assertThat(missing.explanation()).isEqualTo("The inventory requires backups of SQL01 to capture sql-log. Of its 3 successful runs "
                + "from 2026-05-26 to 2026-06-01, none did; no run has ever captured it.");
    }

    @Test
    void leavesDataSetsToTheFailingRuleWhenNoRecentRunSucceeded() {
        List<BackupRun> failing = nightly("SQL01", LocalDate.parse("2026-05-20"), LocalDate.parse("2026-06-01"),
                LocalDate.parse("2026-05-20").datesUntil(LocalDate.parse("2026-06-02")).toList(), "image");

        assertThat(ids(audit(failing))).noneMatch(id -> id.startsWith("backup-dataset-missing"));
    }
}
