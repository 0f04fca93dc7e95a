package io.witness.app.ingest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.witness.app.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./witness import}, run as the launcher would against one data folder with the embedded PostgreSQL (#6). */
class ImportCommandTest {

    @TempDir
    static Path dir;
    private static String data;
    private static Path events;
    private static Path contract;

    @BeforeAll
    static void files() throws Exception {
        data = dir.resolve("data").toString();
        events = dir.resolve("events.jsonl");
        Files.writeString(events, """
                # two cases of the client's ServiceNow
                {"case":"INC1","side":"client","type":"opened","at":"2026-03-02T22:05:00-05:00","status":"New"}
                {"case":"INC1","side":"client","type":"status","at":"2026-03-02T22:20:00-05:00","status":"Parked"}
                {"case":"INC2","side":"client","type":"opened","at":"2026-03-03T09:00:00-05:00","status":"Parked"}
                {"case":"INC1","side":"client","type":"resolved","at":"2026-03-03T01:00:00-05:00"}
                """);
        contract = dir.resolve("contract.yaml");
        Files.writeString(contract, """
                calendars:
                  always: { always: true }
                status_classes:
                  client: { "New": new }
                clocks:
                  resolution:
                    calendar: always
                    targets: { P1: 4h }
                """);
    }

    @Test
    void importsTheFilesPrintsTheSummaryAndARerunAddsNothing() {
        CliRun first = CliRun.of("import", "--data", data, "--tenant", "acme", "--side", "client", "--source", "events",
                "--contract", contract.toString(), events.toString());
        CliRun again = CliRun.of("import", "--data", data, "--tenant", "acme", "--side", "client", "--source", "events",
                "--contract", contract.toString(), events.toString());

        assertThat(first.err()).isEmpty();
        assertThat(first.exitCode()).isZero();
        assertThat(withoutTime(first.out())).isEqualTo("""
                imported 1 file as client evidence of tenant acme from events/client
                  rows read           4
                  observations added  4
                  already present     0
                  cases               2
                  events              4
                  rewrites found      0
                  unmapped values     1 (2 events); map them in the contract's status_classes and priority_maps
                  ledger              4 observations, checkpoint signed
                unmapped values (left without a class or priority):
                  status 'Parked': 2
                """);
        assertThat(first.out()).containsPattern("  time                [0-9.]+ s, [0-9,]+ rows/s \\(reading [0-9.]+ s, then storing [0-9.]+ s "
                + "with parsing [0-9.]+ s and mapping [0-9.]+ s beside it\\)\n");
        assertThat(again.out()).contains("  observations added  0\n  already present     4\n");
        assertThat(CliRun.of("verify", "--data", data, "--tenant", "acme").out()).isEqualTo("verified 4 observations, 1 checkpoint\n");
    }

    @Test
    void badInputIsRefusedWithEveryProblemAndNothingIsStored() throws Exception {
        Path bad = dir.resolve("bad.jsonl");
        Files.writeString(bad, """
                {"case":"INC9","side":"client","type":"opened","at":"2026-03-02T22:05:00"}
                {"case":"INC9","side":"provider","type":"resolved","at":"2026-03-03T01:00:00Z"}
                """);

        CliRun run = CliRun.of("import", "--data", data, "--tenant", "refused", "--side", "client", "--source", "events", bad.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("error: " + bad + ":1: /at: expected an instant with offset such as 2026-03-06T16:00:00-05:00,"
                + " found '2026-03-02T22:05:00' (an offset is required, Z for UTC)\n"
                + "error: " + bad + ":2: /side: expected 'client', the side this import is for, found 'provider'\n"
                + "2 problems; nothing was done.\n");
        assertThat(CliRun.of("verify", "--data", data, "--tenant", "refused").err()).contains("refused");
    }

    @Test
    void anUnknownFormatIsRefusedWithTheKnownOnes() {
        CliRun run = CliRun.of("import", "--data", data, "--tenant", "acme", "--side", "client", "--source", "nope", events.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: --source: unknown format 'nope'; expected one of ").contains("events");
    }

    @Test
    void theSideIsTheClientOrTheProvider() {
        CliRun run = CliRun.of("import", "--data", data, "--tenant", "acme", "--side", "witness", "--source", "events", events.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: --side: expected client or provider, found 'witness'\n");
    }

    @Test
    void aZoneMustBeKnown() {
        CliRun run = CliRun.of("import", "--data", data, "--tenant", "acme", "--side", "client", "--source", "events", "--zone", "Mars/Olympus",
                events.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: --zone: expected a zone such as Europe/Paris or UTC, found 'Mars/Olympus'\n");
    }

    @Test
    void aContractSourceNeedsTheContractAndMustBeInIt() {
        CliRun without = CliRun.of("import", "--data", data, "--tenant", "acme", "--side", "client", "--source", "events", "--source-id", "sn",
                events.toString());
        CliRun unknown = CliRun.of("import", "--data", data, "--tenant", "acme", "--side", "client", "--source", "events", "--source-id", "sn",
                "--contract", contract.toString(), events.toString());

        assertThat(without.err()).isEqualTo("error: --source-id names one of the contract's sources: give the contract with --contract\n");
        assertThat(unknown.err()).isEqualTo("error: --source-id: the client's sources in the contract are client; found 'sn'\n");
    }

    @Test
    void helpListsTheFormats() {
        CliRun run = CliRun.of("import", "--help");

        assertThat(run.out()).containsPattern("--source=KIND +The format of the files: events");
    }

    private static String withoutTime(String out) {
        return out.replaceAll("  time {16}[^\n]*\n", "");
    }
}
