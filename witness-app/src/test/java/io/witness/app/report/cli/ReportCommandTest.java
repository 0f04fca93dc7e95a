package io.witness.app.report.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.witness.app.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesTheAuditReportOfTheQuickstartAndPrintsItsHeadlines() throws Exception {
        Path out = dir.resolve("out");

        CliRun run = CliRun.of("report", "--contract", "../examples/dental-150/contract.yaml", "--events",
                "../examples/quickstart/events.jsonl", "--now", "2026-03-31T00:00:00Z", "--name", "Acme Dental", "--out",
                out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("Audit report of Acme Dental, months 2026-03 to 2026-03: " + out.resolve("audit-report.html")
                + ", " + out.resolve("audit-report.pdf") + "\nSLA attainment 58.8% (10 of 17 clocks met); credits owed 0.00 USD; 21 findings\n");
        assertThat(Files.readString(out.resolve("audit-report.html"))).startsWith("<!DOCTYPE html>");
    }

    @Test
    void aBadPeriodIsNamedAsTheOption() {
        CliRun run = CliRun.of("report", "--contract", "../examples/dental-150/contract.yaml", "--events",
                "../examples/quickstart/events.jsonl", "--period", "March", "--out", dir.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: --period: Expected periods such as 2026-01..2026-03");
    }
}
