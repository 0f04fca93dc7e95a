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
                "../examples/quickstart/events.jsonl", "--now", "2026-03-31T00:00:00Z", "--name", "Acme Dental", "--kinds", "audit",
                "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("Reports of Acme Dental, months 2026-03 to 2026-03:\n  " + out.resolve("audit-report.html")
                + ", " + out.resolve("audit-report.pdf") + " (8 tables as CSV and JSON)\n"
                + "SLA attainment 58.8% (10 of 17 clocks met); credits owed 0.00 USD; 21 findings\n");
        assertThat(Files.readString(out.resolve("audit-report.html"))).startsWith("<!DOCTYPE html>");
        assertThat(out.resolve("audit-report.compliance.csv")).isNotEmptyFile();
        assertThat(out.resolve("audit-report.register.json")).isNotEmptyFile();
    }

    @Test
    void writesOnlyTheKindsAskedForAndTheOneMonthAskedFor() throws Exception {
        Path out = dir.resolve("out");

        CliRun run = CliRun.of("report", "--contract", "../examples/dental-150/contract.yaml", "--events",
                "../examples/quickstart/events.jsonl", "--now", "2026-04-30T00:00:00Z", "--period", "2026-02..2026-04", "--kinds",
                "claim,monthly", "--month", "2026-03", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("  " + out.resolve("monthly-2026-03.html") + ", " + out.resolve("monthly-2026-03.pdf"))
                .contains("  " + out.resolve("claim-letter.html") + ", " + out.resolve("claim-letter.pdf"));
        try (var files = Files.list(out)) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".html")).sorted())
                    .containsExactly("claim-letter.html", "monthly-2026-03.html");
        }
    }

    @Test
    void unknownKindsAndAMonthOutsideThePeriodAreNamedAsTheOptions() {
        CliRun kinds = CliRun.of("report", "--contract", "../examples/dental-150/contract.yaml", "--events",
                "../examples/quickstart/events.jsonl", "--now", "2026-03-31T00:00:00Z", "--kinds", "audit,weekly,qbrs", "--out",
                dir.toString());
        CliRun month = CliRun.of("report", "--contract", "../examples/dental-150/contract.yaml", "--events",
                "../examples/quickstart/events.jsonl", "--now", "2026-03-31T00:00:00Z", "--month", "2025-12", "--out",
                dir.toString());

        assertThat(kinds.exitCode()).isEqualTo(2);
        assertThat(kinds.err()).isEqualTo("error: --kinds: expected some of audit, monthly, qbr, renewal, claim separated by"
                + " commas, found 'weekly', 'qbrs'\n");
        assertThat(month.exitCode()).isEqualTo(2);
        assertThat(month.err()).isEqualTo("error: --month 2025-12 is outside the months reported, 2026-03 to 2026-03\n");
    }

    @Test
    void aBadPeriodIsNamedAsTheOption() {
        CliRun run = CliRun.of("report", "--contract", "../examples/dental-150/contract.yaml", "--events",
                "../examples/quickstart/events.jsonl", "--period", "March", "--out", dir.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: --period: Expected periods such as 2026-01..2026-03");
    }
}
