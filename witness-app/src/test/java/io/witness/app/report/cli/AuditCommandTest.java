package io.witness.app.report.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.witness.app.CliRun;
import io.witness.ledger.store.LedgerDatabase;
import java.sql.Connection;
import java.sql.Statement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditCommandTest {

    @TempDir
    Path dir;

    @Test
    void importsTheFilesOfTheManifestReconcilesFromTheLedgerAndWritesTheSignedReport() throws Exception {
        Path evidence = quickstartEvidence();
        Path out = dir.resolve("out");

        CliRun run = CliRun.of("audit", "--contract", "../examples/dental-150/contract.yaml", "--evidence", evidence.toString(),
                "--now", "2026-03-31T00:00:00Z", "--data", dir.resolve("data").toString(), "--kinds", "audit", "--out",
                out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("[1/2] importing 1 file(s) as events from the client\n")
                .contains("[2/2] importing 1 file(s) as events from the provider\n")
                .containsPattern("Verifying the ledger…\n  verified [0-9]+ observations, [0-9]+ checkpoints\n")
                .contains("Audit of acme under acme-northwind-msa, months 2026-03 to 2026-03: 7 cases\n")
                .endsWith("SLA attainment 58.8% (10 of 17 clocks met); credits owed 0.00 USD; 21 findings\n");
        String html = Files.readString(out.resolve("audit-report.html"));
        assertThat(html).contains("witness.checkpoint.v1").contains("-----BEGIN PUBLIC KEY-----");
        assertThat(out.resolve("audit-report.pdf")).isNotEmptyFile();
        assertThat(register(out)).doesNotContain("disputed");

        Path notes = dir.resolve("notes.jsonl");
        Files.writeString(notes, "{\"type\":\"annotation\",\"finding\":\"sla-breach/INC0010001/response/witness/1\","
                + "\"status\":\"disputed\",\"by\":\"provider\",\"at\":\"2026-04-02T10:00:00Z\",\"note\":\"called at 22:20\"}\n");
        CliRun annotate = CliRun.of("annotate", "--tenant", "acme", "--contract", "../examples/dental-150/contract.yaml",
                "--data", dir.resolve("data").toString(), notes.toString());
        CliRun again = CliRun.of("audit", "--contract", "../examples/dental-150/contract.yaml", "--evidence", evidence.toString(),
                "--now", "2026-03-31T00:00:00Z", "--data", dir.resolve("data").toString(), "--kinds", "audit", "--out",
                out.toString());

        assertThat(annotate.exitCode()).as(annotate.err()).isZero();
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(register(out)).contains("disputed");
    }

    @Test
    void stopsWithExit3AndWritesNoReportWhenARecordWasChangedBehindTheLedgersBack() throws Exception {
        Path evidence = quickstartEvidence();
        Path data = dir.resolve("data");
        CliRun first = CliRun.of("audit", "--contract", "../examples/dental-150/contract.yaml", "--evidence", evidence.toString(),
                "--now", "2026-03-31T00:00:00Z", "--data", data.toString(), "--kinds", "audit", "--out", dir.resolve("first").toString());
        assertThat(first.exitCode()).as(first.err()).isZero();
        try (LedgerDatabase db = LedgerDatabase.embedded(data); Connection c = db.ownerConnection(); Statement s = c.createStatement()) {
            s.execute("ALTER TABLE observation DISABLE TRIGGER USER");
            s.executeUpdate("UPDATE observation SET raw = set_byte(raw, 0, 91) WHERE position = 3");
            s.execute("ALTER TABLE observation ENABLE TRIGGER USER");
        }
        Path out = dir.resolve("second");

        CliRun run = CliRun.of("audit", "--contract", "../examples/dental-150/contract.yaml", "--evidence", evidence.toString(),
                "--now", "2026-03-31T00:00:00Z", "--data", data.toString(), "--kinds", "audit", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
        assertThat(run.out()).contains("Verifying the ledger…\nacme#3: digest mismatch: stored ")
                .containsPattern("\n  1 failure in [0-9]+ observations, [0-9]+ checkpoints?\n$")
                .doesNotContain("Reading the ledger");
        assertThat(out.resolve("audit-report.html")).doesNotExist();
    }

    /** The quickstart's events split into a client and a provider export, with a manifest naming both. */
    private Path quickstartEvidence() throws java.io.IOException {
        Path evidence = Files.createDirectories(dir.resolve("evidence"));
        List<String> lines = Files.readAllLines(Path.of("../examples/quickstart/events.jsonl"));
        Files.write(evidence.resolve("client.jsonl"), lines.stream().filter(l -> l.contains("\"side\":\"client\"")).toList());
        Files.write(evidence.resolve("provider.jsonl"), lines.stream().filter(l -> l.contains("\"side\":\"provider\"")).toList());
        Files.writeString(evidence.resolve("manifest.yaml"), """
                tenant: acme
                imports:
                  - files: client.jsonl
                    source: events
                    side: client
                  - files: [provider.jsonl]
                    source: events
                    side: provider
                """);
        return evidence;
    }

    /** The register's CSV, whatever the report calls it. */
    private static String register(Path out) throws java.io.IOException {
        try (var files = Files.list(out)) {
            Path csv = files.filter(f -> f.getFileName().toString().contains("register") && f.toString().endsWith(".csv"))
                    .findFirst().orElseThrow();
            return Files.readString(csv);
        }
    }

    @Test
    void auditsTheDentalExampleWithItsCoverageEvidenceFromItsManifest() throws Exception {
        Path out = dir.resolve("out");

        CliRun run = CliRun.of("audit", "--contract", "../examples/dental-150/contract.yaml", "--evidence",
                "../examples/dental-150/evidence", "--now", "2026-06-02T12:00:00-04:00", "--data", dir.resolve("data").toString(),
                "--kinds", "audit", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("[1/11] importing 1 file(s) as assets from the client\n").contains("Auditing coverage…\n")
                .contains("Audit of acme-dental under acme-northwind-msa, months 2026-01 to 2026-06: 12 cases\n")
                .endsWith("SLA attainment 64.0% (16 of 25 clocks met); credits owed 500.00 USD; 21 findings\n");
        String html = Files.readString(out.resolve("audit-report.html"));
        assertThat(html).contains("<li>Critical systems backed up: 3 of 4 (75.0%)</li>")
                .contains("<li>Restore-tested: 1 of 4 (25.0%)</li>")
                .contains("<p>1 of 11 obligations were kept in full.</p>")
                .contains("Paid for service not delivered: 17.33 USD.")
                .contains("<a href=\"#coverage\">Of 4 critical systems, 75.0% were backed up and 25.0% restore-tested; 1 of 11"
                        + " obligations kept; 17.33 USD paid for service not delivered; 29 coverage findings.</a>");
    }

    @Test
    void aManifestWithProblemsIsRejectedWithEveryProblemNamed() throws Exception {
        Path evidence = Files.createDirectories(dir.resolve("evidence"));
        Files.writeString(evidence.resolve("manifest.yaml"), """
                imports:
                  - files: a.csv
                    side: vendor
                  - source: events
                    side: client
                  - files: b.csv
                    source: servicenow-list
                    side: client
                    zone: New York
                """);

        CliRun run = CliRun.of("audit", "--contract", "../examples/dental-150/contract.yaml", "--evidence", evidence.toString(),
                "--data", dir.resolve("data").toString(), "--out", dir.resolve("out").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: manifest.yaml: imports[1]: source: expected a format such as servicenow, found nothing\n"
                + "manifest.yaml: imports[1]: side: expected client or provider, found 'vendor'\n"
                + "manifest.yaml: imports[2]: files: expected a file name or a list of them, found nothing\n"
                + "manifest.yaml: imports[3]: source: expected one of " + io.witness.sources.format.SourceFormats.names()
                + ", found 'servicenow-list'\n"
                + "manifest.yaml: imports[3]: zone: expected a zone such as America/New_York or UTC, found 'New York'\n");
    }
}
