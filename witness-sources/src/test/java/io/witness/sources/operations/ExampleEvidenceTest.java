package io.witness.sources.operations;

import static org.assertj.core.api.Assertions.assertThat;

import io.witness.core.contract.Contract;
import io.witness.core.contract.ContractYaml;
import io.witness.core.contract.PartyId;
import io.witness.core.coverage.CoverageAudit;
import io.witness.core.coverage.CoverageEvidence;
import io.witness.core.coverage.CoverageReport;
import io.witness.core.coverage.audit.CoverageSettings;
import io.witness.core.finding.EvidenceRef;
import io.witness.core.finding.Finding;
import io.witness.sources.format.ImportFile;
import io.witness.sources.format.LoggedObservation;
import io.witness.sources.format.OperationalFormat;
import io.witness.sources.format.ParsedFile;
import io.witness.sources.format.SourceFormats;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The evidence of examples/co-managed-enterprise and examples/small-firm-tracker read by their formats and
 * audited in memory as of 2026-06-02: each gap their READMEs plant is found, and nothing else.
 * (examples/dental-150 is audited end to end through the ledger by the app's CoverageCommandTest.)
 */
class ExampleEvidenceTest {

    private static CoverageEvidence read(Path folder, String[][] files) throws IOException {
        CoverageEvidence evidence = CoverageEvidence.empty();
        for (String[] file : files) {
            OperationalFormat format = (OperationalFormat) SourceFormats.named(file[1]).orElseThrow();
            ParsedFile parsed = format.parse(new ImportFile(file[0], Files.readAllBytes(folder.resolve(file[0]))),
                    Operational.context(format, Optional.ofNullable(file.length > 2 ? file[2] : null)));
            assertThat(parsed.problems()).as(file[0]).isEmpty();
            List<LoggedObservation> logged = new ArrayList<>();
            for (int i = 0; i < parsed.observations().size(); i++) {
                logged.add(new LoggedObservation(EvidenceRef.file(file[0] + "#" + (i + 1)), parsed.observations().get(i)));
            }
            evidence = evidence.plus(format.evidence(logged));
        }
        return evidence;
    }

    private static CoverageReport audit(String example, String[][] files, CoverageSettings settings) throws IOException {
        Path folder = Path.of("../examples", example);
        Contract contract = ContractYaml.parse(Files.readString(folder.resolve("contract.yaml")), "contract.yaml");
        return CoverageAudit.run(contract, read(folder.resolve("evidence"), files), LocalDate.parse("2026-01-01"), LocalDate.parse("2026-06-02"),
                settings);
    }

    @Test
    void coManagedEnterprise() throws IOException {
        CoverageReport report = audit("co-managed-enterprise", new String[][] {
                {"assets.csv", "assets"}, {"veeam-sessions.csv", "veeam-sessions", "Europe/Amsterdam"},
                {"restore-tests.csv", "restore-tests", "Europe/Amsterdam"}, {"config-snapshots.jsonl", "config-snapshots"},
                {"changes.csv", "changes", "Europe/Amsterdam"}, {"baseline-checks.csv", "baseline-checks"},
                {"obligation-evidence.csv", "obligation-evidence"}, {"market-prices.csv", "market-prices"}, {"invoices.csv", "invoices"}},
                CoverageSettings.defaults().withMspTypes(Map.of(new PartyId("bluewater"), "co-managed", new PartyId("sentinel"), "soc")));

        // The yard server is in no scope; the SAP log chain broke on 20 May; WMS failed 4 nights and its label
        // server is in no Veeam job; WMS and TMS were last restored in January; an any-any rule appeared
        // without a change; legacy authentication is still allowed; the SOC's Q1 review did not happen;
        // Venlo's April capacity review was skipped; both providers charge above the illustrative ranges; no patch report was given.
        assertThat(ids(report.findings())).containsExactly("backup-scope-gap/YARD-01", "backup-dataset-missing/SAP-DB01/sql-log",
                "backup-failing/WMS-DB01/2026-05-22", "backup-none/WMS-LABEL01", "restore-test-overdue/restore-wms/WMS-DB01",
                "restore-test-never/restore-wms/WMS-LABEL01", "restore-test-overdue/restore-wms/TMS-APP01", "restore-never/m365",
                "patch-report-missing/patch-critical", "patch-report-missing/patch-high", "config-drift/PA-FW-RTM/firewall-rule/added/allow-tcp-any-10.1.30.5-22-carrier-SFTP",
                "config-drift/PA-FW-RTM/firewall-rule/added/allow-any-any-any-temp-troubleshooting",
                "config-drift/PA-FW-VNL/local-admin-account/added/sentinel-ir", "baseline-control-failing/CIS-M365-5.2.2",
                "baseline-review-overdue/baseline/CIS-M365-6.2.1", "monthly-report-late/monthly-report/2026-03", "qbr-missed/soc-review/2026-Q1",
                "maintenance-skipped/capacity/dc-vnl", "cost-above-market/bluewater/user", "cost-above-market/sentinel/user",
                "paid-not-delivered/BW-2026-05/Cloud-operations-Azure-landing-zone-and-backup-vault/2026-05");
        assertThat(report.findings().stream().filter(f -> f.cost().isPresent()).map(f -> f.cost().get().toString()).toList())
                .containsExactly("5,152.00 EUR", "3,105.00 EUR", "675.68 EUR");
        // Critical: SAP-DB01, SAP-APP01, WMS-DB01, WMS-LABEL01, YARD-01, entra; backed up: all but the label and yard
        // servers; restore-tested: the two SAP systems (18 March, within 90 days).
        assertThat(List.of(report.summary().criticalSystems(), report.summary().criticalBackedUp(), report.summary().criticalRestoreTested()))
                .containsExactly(6L, 4L, 2L);
        assertThat(List.of(report.summary().driftChanges(), report.summary().driftUncovered())).containsExactly(3L, 1L);
    }

    @Test
    void smallFirmTracker() throws IOException {
        CoverageReport report = audit("small-firm-tracker", new String[][] {
                {"assets.csv", "assets"}, {"backup-jobs.csv", "backup-jobs", "America/New_York"},
                {"restore-tests.csv", "restore-tests", "America/New_York"}, {"patches.csv", "patches"},
                {"obligation-evidence.csv", "obligation-evidence"}, {"market-prices.csv", "market-prices"}, {"invoices.csv", "invoices"}},
                CoverageSettings.defaults());

        // The offsite copy failed 5 nights in March (expired credentials), so 41.94 USD of March's backup line
        // paid for nothing; the NAS was last restored in November; LT-07 has missed April's update.
        assertThat(ids(report.findings())).containsExactly("backup-failing/NAS01/2026-03-09", "restore-test-overdue/restore-test/NAS01",
                "restore-never/m365", "patch-lag/patch-critical/LT-07", "monthly-report-late/monthly-summary/2026-02",
                "paid-not-delivered/KIT-2026-03/Backup-and-monitoring/2026-03");
        assertThat(report.findings().get(1).explanation()).isEqualTo("NAS01 (critical) was not restore-tested within the 90 days section 7 "
                + "requires: last restore test 2025-11-14, 200 days before 2026-06-02.");
        assertThat(report.summary().paidNotDelivered().toString()).isEqualTo("41.94 USD");
        assertThat(report.summary().patchAges().from30()).isEqualTo(1);
        assertThat(report.summary().market().get(0).position()).isEqualTo("within");
    }

    static List<String> ids(List<Finding> findings) {
        return findings.stream().map(Finding::id).toList();
    }
}
