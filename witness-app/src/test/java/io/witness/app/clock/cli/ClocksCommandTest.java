package io.witness.app.clock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.witness.app.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClocksCommandTest {

    private static final Path EXAMPLE = Paths.get("../examples/quickstart");

    @TempDir
    Path dir;

    @Test
    void writesOneLinePerCaseClockCycleAndSide() {
        CliRun run = CliRun.of("clocks", "--contract", EXAMPLE.resolve("contract.yaml").toString(),
                "--events", EXAMPLE.resolve("events.jsonl").toString(), "--now", "2026-03-20T18:00:00-04:00");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines()).hasSize(47);
        assertThat(run.out().lines().filter(l -> l.startsWith("{\"case\":\"INC0010006\",\"clock\":\"response\"")))
                .extracting(l -> l.replaceAll(".*\"side\":\"(\\w+)\".*\"state\":\"(\\w+)\".*\"elapsed\":\"(\\w+)\".*", "$1 $2 $3"))
                .containsExactly("client breached PT1H31M", "provider met PT15M", "witness breached PT1H30M");
        assertThat(run.err()).isEqualTo("47 clocks on 7 cases: 33 met, 14 breached\n");
    }

    @Test
    void warnsOfStatusesWithoutAClass() throws IOException {
        Path events = Files.writeString(dir.resolve("e.jsonl"), """
                {"case":"A","side":"provider","type":"opened","at":"2026-03-03T09:00:00-05:00","priority":"P3"}
                {"case":"A","side":"provider","type":"status","at":"2026-03-03T10:00:00-05:00","status":"Pending Vendor X"}
                """);

        CliRun run = CliRun.of("clocks", "--contract", EXAMPLE.resolve("contract.yaml").toString(),
                "--events", events.toString(), "--now", "2026-03-03T12:00:00-05:00");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEqualTo("2 clocks on 1 case: 2 running\n"
                + "warning: status provider: 'Pending Vendor X' has no status class in the contract; it neither pauses nor stops a clock\n");
    }

    @Test
    void rejectsBadEventsWithEveryProblemAndComputesNothing() throws IOException {
        Path events = Files.writeString(dir.resolve("e.jsonl"), """
                {"case":"A","side":"provider","type":"opened","at":"2026-03-03T09:00:00","priority":"P3"}
                {"case":"A","side":"vendor","type":"reply","at":"2026-03-03T10:00:00-05:00"}
                """);

        CliRun run = CliRun.of("clocks", "--contract", EXAMPLE.resolve("contract.yaml").toString(), "--events", events.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).hasSize(3).last().isEqualTo("2 problems; nothing was done.");
        assertThat(run.err()).contains(events + ":1: /at: ", events + ":2: /side: expected client or provider, found 'vendor'");
    }

    @Test
    void writesToAFileWhenAsked() throws IOException {
        Path out = dir.resolve("clocks.jsonl");

        CliRun run = CliRun.of("clocks", "--contract", EXAMPLE.resolve("contract.yaml").toString(),
                "--events", EXAMPLE.resolve("events.jsonl").toString(), "--now", "2026-03-20T18:00:00-04:00",
                "--out", out.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(Files.readAllLines(out)).hasSize(47);
        assertThat(run.out()).endsWith("written to " + out + "\n");
    }
}
