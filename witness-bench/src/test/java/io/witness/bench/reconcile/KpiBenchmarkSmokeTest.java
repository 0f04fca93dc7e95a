package io.witness.bench.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Correctness only: a small run times every KPI stage and prints the median round; no timing is asserted. */
class KpiBenchmarkSmokeTest {

    @Test
    void aSmallTenantRunsEveryKpiStage() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        KpiBenchmark.run(2_000, 3, 7, new PrintStream(bytes, true, StandardCharsets.UTF_8));

        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("round 1: profiles", "round 3: profiles", "kpi table", "patterns", "median round:");
        assertThat(printed).containsPattern("median round: .* for 2,0\\d\\d cases");
    }

    @Test
    void aStreamedRunTimesTheTableAndThePatterns() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        KpiBenchmark.runStreamed(2_000, 2, 7, new PrintStream(bytes, true, StandardCharsets.UTF_8));

        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("profiles made with the clocks", "round 2: kpi table",
                "median round:");
    }
}
