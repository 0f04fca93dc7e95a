package io.witness.app.report.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.witness.app.CliRun;
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
        Path out = dir.resolve("out");

        CliRun run = CliRun.of("audit", "--contract", "../examples/dental-150/contract.yaml", "--evidence", evidence.toString(),
                "--now", "2026-03-31T00:00:00Z", "--data", dir.resolve("data").toString(), "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("[1/2] importing 1 file(s) as events from the client\n")
                .contains("[2/2] importing 1 file(s) as events from the provider\n")
                .contains("Audit of acme under acme-northwind-msa, months 2026-03 to 2026-03: 7 cases\n")
                .endsWith("SLA attainment 58.8% (10 of 17 clocks met); credits owed 0.00 USD; 21 findings\n");
        String html = Files.readString(out.resolve("audit-report.html"));
        assertThat(html).contains("witness.checkpoint.v1").contains("-----BEGIN PUBLIC KEY-----");
        assertThat(out.resolve("audit-report.pdf")).isNotEmptyFile();
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
                """);

        CliRun run = CliRun.of("audit", "--contract", "../examples/dental-150/contract.yaml", "--evidence", evidence.toString(),
                "--data", dir.resolve("data").toString(), "--out", dir.resolve("out").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: manifest.yaml: imports[1]: source: expected a format such as servicenow, found nothing\n"
                + "manifest.yaml: imports[1]: side: expected client or provider, found 'vendor'\n"
                + "manifest.yaml: imports[2]: files: expected a file name or a list of them, found nothing\n");
    }
}
