package io.witness.app.kpi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.witness.app.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./witness kpis} on the quickstart's seven incidents of March 2026 (see its events.jsonl). */
class KpisCommandTest {

    private static final Path EXAMPLE = Paths.get("../examples/quickstart");
    private static final String NOW = "2026-03-20T18:00:00-04:00";

    @TempDir
    Path dir;

    @Test
    void printsTheTableOfTheWitnessedTimelineAndThePatterns() {
        CliRun run = kpis("--zone", "America/New_York");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines().findFirst()).contains("KPIs of provider, witness timeline, 2026-03 (America/New_York), "
                + "as of 2026-03-20T22:00:00Z (durations: median (count))");
        assertThat(run.out().lines()).contains(
                "kpi                  priority  dimension   2026-03         change",
                // INC0010004 was reopened; INC0010007 (client only) is still open: 6 resolved.
                "reopen-rate          all                   16.7% (1/6)",
                "volume               all                   7",
                // INC0010007, opened Wednesday 18 March 10:00, 56 hours before now.
                "backlog              all       1-3d        1",
                "backlog-age          all                   56 h (1)");
        assertThat(run.out()).endsWith("""
                Patterns (witness timeline):
                - Response times: too few weeks with responses (3) to test a trend; at least 4 are needed.
                - The busiest hour of the week is Monday 09:00-10:00, with 1 of 7 cases (14.3%, against 0.6% if spread \
                evenly); the busiest day is Monday, with 2 (28.6%).
                - 0 of 7 cases (0.0%) opened in the last 3 days of a month, which are 9.7% of the days.
                - 1 of 7 cases (14.3%) opened outside business hours (calendar business, which is closed 70.4% of the time).
                - No case has a category, so breaches cannot be placed in a service area: 4 of 7 cases (57.1%) breached a \
                clock.
                """);
    }

    @Test
    void printsEachPriorityWhenAsked() {
        CliRun run = kpis("--by-priority");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines()).contains("volume               P1                    1",
                "volume               P3                    3");
    }

    @Test
    void printsOneSidesTimeline() {
        CliRun run = kpis("--timeline", "provider");

        assertThat(run.exitCode()).as(run.err()).isZero();
        // The provider never recorded INC0010007.
        assertThat(run.out().lines()).contains("volume               all                   6");
    }

    @Test
    void writesTheTableAndThePatternsToFiles() throws IOException {
        CliRun run = kpis("--out", dir.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        String csv = Files.readString(dir.resolve("kpis.csv"));
        assertThat(csv).startsWith("provider,timeline,period,kpi,priority,dimension,value,unit,count,");
        assertThat(csv.lines()).contains("provider,witness,2026-03,volume,all,,7,cases,7,,,,,,,,",
                "provider,provider,2026-03,volume,all,,6,cases,6,,,,,,,,");
        assertThat(Files.readAllLines(dir.resolve("kpis.json"))).hasSize((int) csv.lines().count() - 1);
        assertThat(Files.readAllLines(dir.resolve("patterns.txt"))).hasSize(5);
        assertThat(run.out()).endsWith(" KPI cells of 7 cases written to " + dir.resolve("kpis.csv")
                + " and kpis.json; 5 patterns to patterns.txt\n");
    }

    @Test
    void refusesABadPeriod() {
        CliRun run = kpis("--period", "2026-03..2026-01");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: --period: Expected periods such as 2026-01..2026-03 or 2026-Q1..2026-Q2, "
                + "found '2026-03..2026-01': The last period 2026-01 is before the first 2026-03\n");
    }

    @Test
    void refusesABadTimelineAndABadZone() {
        assertThat(kpis("--timeline", "vendor").err())
                .isEqualTo("error: --timeline: expected witness, client or provider, found 'vendor'\n");
        assertThat(kpis("--zone", "Mars/Olympus").err())
                .isEqualTo("error: --zone: expected a time zone such as America/New_York or UTC, found 'Mars/Olympus'\n");
    }

    @Test
    void asksForPeriodsWhenThereAreNoEvents() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.jsonl"), "# nothing yet\n");
        CliRun run = CliRun.of("kpis", "--contract", EXAMPLE.resolve("contract.yaml").toString(), "--events",
                empty.toString(), "--now", NOW);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: " + empty + " has no events; give --period to report on months without any\n");
    }

    private static CliRun kpis(String... more) {
        String[] args = new String[6 + more.length];
        String[] base = {"kpis", "--contract", EXAMPLE.resolve("contract.yaml").toString(), "--events",
            EXAMPLE.resolve("events.jsonl").toString(), "--now=" + NOW};
        System.arraycopy(base, 0, args, 0, 6);
        System.arraycopy(more, 0, args, 6, more.length);
        return CliRun.of(args);
    }
}
