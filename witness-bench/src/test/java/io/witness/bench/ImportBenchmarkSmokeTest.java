package io.witness.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Correctness only: two rounds over the real log's first 3,000 rows print every figure; no timing is asserted. */
class ImportBenchmarkSmokeTest {

    @Test
    void twoRoundsPrintTheRateTheSharesAndTheGoal(@TempDir Path dir) throws Exception {
        Path slice = dir.resolve("slice.csv.gz");
        // Tests run in the module's folder: the repository is its parent, ../shared is beside the repository.
        Path log = Path.of("").toAbsolutePath().getParent().resolveSibling("shared")
                .resolve("data/real/uci-servicenow-incident-log/incident_event_log.csv.gz");
        try (InputStream in = new GZIPInputStream(Files.newInputStream(log)); OutputStream out = new GZIPOutputStream(Files.newOutputStream(slice))) {
            String[] lines = new String(in.readNBytes(1_500_000), StandardCharsets.UTF_8).split("\n");
            out.write((String.join("\n", java.util.Arrays.copyOfRange(lines, 0, 3_001)) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        ImportBenchmark.run(dir.resolve("work"), slice, 2, new PrintStream(bytes, true, StandardCharsets.UTF_8));

        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("import benchmark:", "round 1 (cold JVM):", "round 2:", "rows/s",
                "median of rounds 2-2:", "shares of the median round: reading ", ", storing ", "beside it parsing ", "goal >= 50,000 rows/s:");
    }
}
