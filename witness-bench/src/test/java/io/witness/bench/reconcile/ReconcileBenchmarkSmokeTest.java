package io.witness.bench.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Correctness only: a small run completes and prints every stage; no timing is asserted. */
class ReconcileBenchmarkSmokeTest {

    @Test
    void aSmallTenantRunsEveryStage() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        ReconcileBenchmark.run(2_000, 7, true, new PrintStream(bytes, true, StandardCharsets.UTF_8));

        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("tenant: 2,000 cases", "correlate", "clocks and findings", "register", "kpis",
                "credits", "total of the timed stages");
        // 2% only on the client's side and 2% only on the provider's give about 2,040 cases.
        assertThat(printed).containsPattern("result: 2,0\\d\\d cases");
    }
}
