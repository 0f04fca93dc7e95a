package io.witness.app.coverage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.witness.app.CliRun;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * ./witness coverage over examples/dental-150's evidence, imported into an embedded ledger with
 * ./witness import as the example's README says. The summary it prints is the one the README documents,
 * kept in examples/dental-150/evidence/expected-coverage.txt: every gap planted there, found.
 */
class CoverageCommandTest {

    @TempDir
    static Path dir;
    private static String data;

    @BeforeAll
    static void importTheDentalEvidence() {
        data = dir.resolve("data").toString();
        DentalEvidence.importInto(data);
    }

    private static CliRun coverage(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("coverage", "--data", data, "--tenant", DentalEvidence.TENANT, "--contract",
                DentalEvidence.EXAMPLE.resolve("contract.yaml").toString()));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void printsTheSummaryTheExampleDocuments() throws Exception {
        CliRun run = coverage("--at", "2026-06-02", "--areas", DentalEvidence.EVIDENCE.resolve("areas.csv").toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo(Files.readString(DentalEvidence.EVIDENCE.resolve("expected-coverage.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void writesEveryFindingAsAJsonLineAndTheFiguresAsJson() throws Exception {
        Path out = dir.resolve("out");
        CliRun run = coverage("--at", "2026-06-02", "--areas", DentalEvidence.EVIDENCE.resolve("areas.csv").toString(), "--out", out.toString());

        assertThat(run.out()).endsWith("\nwrote coverage-findings.jsonl, coverage-summary.txt, coverage-summary.json to " + out + "\n");
        List<String> findings = Files.readAllLines(out.resolve("coverage-findings.jsonl"));
        assertThat(findings).hasSize(29);
        JsonMapper json = JsonMapper.builder().build();
        JsonNode overdue = findings.stream().map(json::readTree).filter(f -> f.get("id").asString().equals(
                "restore-test-overdue/restore-test-pms/SQL01")).findFirst().orElseThrow();
        assertThat(overdue.get("explanation").asString()).isEqualTo("SQL01 (critical) was not restore-tested within the 90 days section 7.4 "
                + "requires: last restore test 2026-01-12, 141 days before 2026-06-02. The attempt of 2026-05-20 ended failed.");
        assertThat(overdue.get("clause").asString()).isEqualTo("7.4");
        assertThat(overdue.get("evidence").get(0).get("kind").asString()).isEqualTo("observation");
        JsonNode paid = findings.stream().map(json::readTree).filter(f -> f.get("kind").asString().equals("paid-not-delivered")).findFirst()
                .orElseThrow();
        assertThat(paid.get("cost").toString()).isEqualTo("{\"amount\":\"17.33\",\"currency\":\"USD\"}");
        JsonNode summary = json.readTree(Files.readString(out.resolve("coverage-summary.json")));
        assertThat(summary.get("critical_systems").toString()).isEqualTo("{\"total\":4,\"backed_up\":3,\"backed_up_percent\":75.0,"
                + "\"restore_tested\":1,\"restore_tested_percent\":25.0}");
        assertThat(summary.get("patch_age").toString()).isEqualTo("{\"devices\":28,\"none_missing\":25,\"under_30_days\":1,\"days_30_to_59\":0,"
                + "\"days_60_to_89\":1,\"days_90_to_119\":0,\"days_120_or_more\":1}");
        assertThat(summary.get("drift").toString()).isEqualTo("{\"devices_compared\":4,\"changes\":4,\"without_change_record\":3}");
        assertThat(summary.get("baseline").get("score_percent").asString()).isEqualTo("62.5");
        assertThat(summary.get("obligations").get("met").asInt()).isEqualTo(1);
        assertThat(Files.readString(out.resolve("coverage-summary.txt"))).isEqualTo(
                Files.readString(DentalEvidence.EVIDENCE.resolve("expected-coverage.txt")));
    }

    @Test
    void refusesATenantTheLedgerDoesNotHold() {
        CliRun run = CliRun.of("coverage", "--data", data, "--tenant", "nobody", "--contract",
                DentalEvidence.EXAMPLE.resolve("contract.yaml").toString(), "--at", "2026-06-02");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: --tenant: the ledger holds no observation of tenant nobody\n");
    }

    @Test
    void refusesAnAuditDateBeforeTheContract() {
        CliRun run = coverage("--at", "2025-12-31");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: --at: The audit date 2025-12-31 is before the contract's first day 2026-01-01\n");
    }

    @Test
    void refusesAMarketCategoryForAProviderTheContractDoesNotName() {
        CliRun run = coverage("--at", "2026-06-02", "--msp-type", "southwind=managed-it");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: --msp-type: no provider 'southwind' in the contract; its providers are: northwind\n");
    }

    @Test
    void importRefusesABadEvidenceFileWithEveryProblemAndStoresNothing() throws Exception {
        Path bad = dir.resolve("bad-backups.csv");
        Files.writeString(bad, """
                system,job,started_at,result
                SQL01,DENTRIX-SQL-FULL,2026-05-12 21:00,success
                SQL01,DENTRIX-SQL-FULL,12/05/2026,ok
                """);

        CliRun run = CliRun.of("import", "--data", data, "--tenant", DentalEvidence.TENANT, "--side", "provider", "--source", "backup-jobs",
                bad.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: " + bad + ":2:24: started_at: " + bad + " writes times without an offset "
                + "('2026-05-12 21:00'); give the zone they are in with --zone\n"
                + "error: " + bad + ":3:24: started_at: expected a date and time such as 2026-05-12T22:00:00-04:00, or 2026-05-12 22:00 in the "
                + "--zone; found '12/05/2026'\n"
                + "error: " + bad + ":3:35: result: expected one of success, warning, failed, unknown; found 'ok'\n"
                + "3 problems; nothing was done.\n");
    }
}
