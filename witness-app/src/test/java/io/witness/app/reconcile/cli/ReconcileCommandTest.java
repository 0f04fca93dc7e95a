package io.witness.app.reconcile.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.witness.app.CliRun;
import io.witness.core.kpi.KpiCsv;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReconcileCommandTest {

    @TempDir
    Path dir;

    @Test
    void reconcilesTheQuickstartEventsUnderTheDentalContractAndWritesEveryFile() throws IOException {
        Path notes = dir.resolve("notes.jsonl");
        Files.writeString(notes, "{\"type\":\"annotation\",\"finding\":\"sla-breach/INC0010001/response/witness/1\","
                + "\"status\":\"disputed\",\"by\":\"provider\",\"at\":\"2026-04-02T10:00:00Z\",\"note\":\"called at 22:20\"}\n");
        Path out = dir.resolve("out");

        CliRun run = CliRun.of("reconcile", "--contract", "../examples/dental-150/contract.yaml", "--events",
                "../examples/quickstart/events.jsonl", "--now", "2026-03-31T00:00:00Z", "--annotations", notes.toString(),
                "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Reconciled under acme-northwind-msa as of 2026-03-31T00:00:00Z, periods 2026-03..2026-03\n"
                + "Cases: 7 (6 same-id, 1 one-side-only); 0 ambiguous\n"
                + "Witnessed clocks: 17 {breached=7, met=10}\n"
                + "Findings: 21 {sla-breach=7, clock-disagreement=12, incomplete-fix=1, one-sided-case=1}\n");
        assertThat(run.out()).contains("Credit: northwind 2026-03: 0.00 USD owed\n");
        assertThat(Files.list(out).map(p -> p.getFileName().toString()).sorted().toList()).containsExactly(
                "cases.csv", "cases.jsonl", "claim-letter.html", "claim-letter.md", "clocks.csv", "clocks.jsonl",
                "credits.csv", "credits.jsonl", "findings.csv", "findings.jsonl", "kpis.csv", "kpis.jsonl", "patterns.txt");
        List<String> findings = Files.readAllLines(out.resolve("findings.csv"), StandardCharsets.UTF_8);
        assertThat(findings.get(0)).isEqualTo("id,kind,category,group,severity,status,provider,clause,at,title,explanation,"
                + "term,promised,actual,cost,impact,evidence");
        assertThat(findings).anySatisfy(line -> assertThat(line).startsWith("sla-breach/INC0010001/response/witness/1,"
                + "sla-breach,missed-sla,contractual failure,critical,disputed,northwind,4.2,"));
        assertThat(Files.readString(out.resolve("claim-letter.md"))).contains("| INC0010001 | INC0010001: response took"
                + " 45 min against 30 min (section 4.2) | 4.2 | disputed by the provider |");
        assertThat(Files.readString(out.resolve("claim-letter.html"))).startsWith("<!DOCTYPE html>");
        assertThat(Files.readString(out.resolve("claim-letter.md"))).contains("this claim is made within the contract's claim period");
    }

    @Test
    void aClaimLetterWrittenAfterTheClaimPeriodSaysSo() throws Exception {
        Path out = dir.resolve("late");

        CliRun run = CliRun.of("reconcile", "--contract", "../examples/dental-150/contract.yaml", "--events",
                "../examples/quickstart/events.jsonl", "--now", "2026-09-30T00:00:00Z", "--period", "2026-03..2026-03",
                "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(out.resolve("claim-letter.md"))).doesNotContain("within the contract's claim period")
                .containsPattern("The claim period of one period has passed: northwind 2026-03 \\(claim due by 2026-0[4-6]-[0-9]{2}\\)");
    }

    @Test // #7
    void writesTheKpiTableAsTheKpisCommandDoesAndPrintsThePatterns() throws IOException {
        Path out = dir.resolve("out");

        CliRun run = CliRun.of("reconcile", "--contract", "../examples/dental-150/contract.yaml", "--events",
                "../examples/quickstart/events.jsonl", "--now", "2026-03-31T00:00:00Z", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> kpis = Files.readAllLines(out.resolve("kpis.csv"), StandardCharsets.UTF_8);
        assertThat(kpis.get(0)).isEqualTo(String.join(",", KpiCsv.HEADER));
        assertThat(kpis).contains("northwind,witness,2026-03,volume,all,,7,cases,7,,,,,,,,");
        List<String> json = Files.readAllLines(out.resolve("kpis.jsonl"), StandardCharsets.UTF_8);
        assertThat(json).hasSize(kpis.size() - 1);
        assertThat(json.get(0)).startsWith("{\"provider\":\"northwind\",\"timeline\":\"witness\",\"period\":\"2026-03\",\"kpi\":\"mttr-response\"");
        List<String> patterns = Files.readAllLines(out.resolve("patterns.txt"), StandardCharsets.UTF_8);
        assertThat(patterns).isNotEmpty();
        String printed = run.out().substring(run.out().indexOf("Patterns (witness timeline):\n"));
        for (String sentence : patterns) {
            assertThat(printed).contains("\n- " + sentence + "\n");
        }
    }

    @Test
    void asksForATenantOrAnEventsFile() {
        CliRun run = CliRun.of("reconcile", "--contract", "../examples/dental-150/contract.yaml", "--out", dir.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("give either --tenant (read the ledger) or --events FILE, not neither");
    }
}
