package io.witness.bench.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Correctness only: a small fleet's rounds print every figure and find the lag the fleet plants; no timing is asserted. */
class CoverageBenchmarkSmokeTest {

    @Test
    void roundsPrintTheRatesAndTheFindings() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        CoverageBenchmark.run(CoverageBenchmark.contractFile(), new PatchFleet(400, 12, 6), 2, true,
                new PrintStream(bytes, true, StandardCharsets.UTF_8));

        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("coverage benchmark: 400 devices x 12 monthly patch reports", "generated 28,800 patch records",
                "round 2: patch-lag rule", "median: patch-lag rule", "import of the 12 reports", "28,800 rows");
        assertThat(out).containsPattern("found: [1-9][0-9,]* patch findings");
    }
}
