package io.witness.app.contract.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.witness.app.CliRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContractCommandTest {

    // Surefire runs in the module's folder; examples and docs live at the repository's root.
    private static final Path ROOT = Path.of("..");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "dental-150|valid; 1 version, 1 provider, 3 clocks, 11 obligations",
        "co-managed-enterprise|valid; 2 versions, 2 providers, 6 clocks, 14 obligations",
        "small-firm-tracker|valid; 1 version, 1 provider, 2 clocks, 5 obligations"})
    void checksEachExampleAndSaysWhatItHolds(String example, String verdict) {
        String file = ROOT.resolve("examples/" + example + "/contract.yaml").toString();

        CliRun run = CliRun.of("contract", "check", file);

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).endsWith(file + ": " + verdict + "\n");
    }

    @Test
    void showsTheTargetsOfEachPriorityAndMetricWithCalendarAndSection() {
        CliRun run = CliRun.of("contract", "check", ROOT.resolve("examples/dental-150/contract.yaml").toString());

        assertThat(run.out()).contains(
                "SLA targets (target, calendar):\n"
                        + "  priority  response (4.2)                  resolution (4.3)  update (4.4)\n"
                        + "  P1        30 min, always                  4 h, always       1 h, always\n"
                        + "  P2        1 h, business                   8 h, business     -\n"
                        + "  P3        4 h, business                   24 h, business    -\n"
                        + "  P4        by 12:00 +1 bus. day, business  40 h, business    -\n"
                        + "  warnings: response 75%, resolution 75%, update none\n",
                "  per breach (6.3) of resolution P1: 500.00 USD\n",
                "  capped at 20% of the monthly fee a month; 10% of the year's fees a year\n",
                "  7.4       restore-test-pms    restore test of pms-db every 90 days",
                "Pricing (Schedule C): 15,150.00 USD a month, rising at most 4% a year\n");
    }

    @Test
    void listsAmendmentsWithTheSectionsTheyReplace() {
        CliRun run = CliRun.of("contract", "check", ROOT.resolve("examples/co-managed-enterprise/contract.yaml").toString());

        assertThat(run.out()).contains("Amendment 2.1 from 2027-01-01: Amendment 1: Venlo II warehouse added; SOC triage for "
                + "critical alerts within 10 minutes; replaces sla, pricing\n");
        assertThat(run.out()).contains("  critical  15 min, soc");
    }

    @Test // #4
    void showsTheSectionsAnAmendmentReplacesAsTheyReadFromItsDate() {
        CliRun run = CliRun.of("contract", "check", ROOT.resolve("examples/co-managed-enterprise/contract.yaml").toString());

        String amended = run.out().substring(run.out().indexOf("Terms as amended by version 2.1"));
        assertThat(amended).startsWith("Terms as amended by version 2.1 from 2027-01-01 (sla, pricing replaced; the rest as before):\n\n"
                + "== bluewater ==\nSLA targets (target, calendar):\n");
        assertThat(amended).contains("  critical  10 min, soc", "Pricing (B-2 §6): 22,760.00 EUR a month\n");
        assertThat(amended).doesNotContain("Obligations:", "Credits", "Responsibilities");
    }

    @Test // #4
    void saysEachForAPriceByTheItemAndCountsInTheSingular(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("contract.yaml");
        Files.writeString(file, """
                contract: { id: c, title: T, effective: { from: 2026-01-01 }, zone: UTC, currency: USD }
                parties: { client: { id: a, name: A }, providers: [ { id: b, name: B } ] }
                calendars: { always: { always: true } }
                priorities: [ { code: P1 } ]
                sla: { b: { response: { section: "4.2", targets: { P1: 1h } } } }
                obligations: { b: [ { id: qbr, kind: qbr, section: "5", evidence: meeting_minutes } ] }
                pricing: { b: { monthly_fee: 100.00, excluded: [ { item: Laptop set-up, rate: 150.00, per: each } ] } }
                """, StandardCharsets.UTF_8);

        CliRun run = CliRun.of("contract", "check", file.toString());

        assertThat(run.out()).contains("  excluded: Laptop set-up, 150.00 USD each\n")
                .endsWith(file + ": valid; 1 version, 1 provider, 1 clock, 1 obligation\n");
    }

    @Test
    void refusesABadFileWithEveryProblemAndExitCode2(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("contract.yaml");
        Files.writeString(file, """
                contract: { id: c, title: T, effective: { from: 2026-01-01 }, zone: UTC, currency: USD }
                parties: { client: { id: a, name: A }, providers: [ { id: b, name: B } ] }
                priorities: [ { code: P1 } ]
                sla:
                  b:
                    response: { section: "4.2", calendar: always, targets: { P1: 30 minuets } }
                """, StandardCharsets.UTF_8);

        CliRun run = CliRun.of("contract", "check", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo(
                "error: " + file + ":6:43: /sla/b/response/calendar: no calendar named 'always'; the contract's calendars are: none\n"
                        + "error: " + file + ":6:66: /sla/b/response/targets/P1: expected an ISO-8601 duration (PT30M) or a "
                        + "duration such as 30m, 4h, 1h30m or 2 business days; found '30 minuets'\n"
                        + "2 problems; nothing was done.\n");
    }

    @Test
    void summarisesAClocksOnlyContract() {
        CliRun run = CliRun.of("contract", "check", ROOT.resolve("examples/quickstart/contract.yaml").toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith(ROOT.resolve("examples/quickstart/contract.yaml")
                + ": a clocks-only contract (no parties): 3 clocks, 2 calendars\n");
    }

    @Test
    void printsThePublishedSchema() throws IOException {
        CliRun run = CliRun.of("contract", "schema");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo(Files.readString(ROOT.resolve("docs/schemas/contract.schema.json"), StandardCharsets.UTF_8));
    }
}
