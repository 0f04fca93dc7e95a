package io.witness.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Correctness only: a small run ingests, copies, verifies and prints every figure; no timing is asserted. */
class LedgerBenchmarkSmokeTest {

    @Test
    void smallRunPrintsBothRatesAndTheRatio(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        LedgerBenchmark.run(dir, 3_000, 500, true, new PrintStream(bytes, true, StandardCharsets.UTF_8));

        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("ledger benchmark: 3,000 observations", "synchronous_commit on", "(a) ledger ingest",
                "(b) plain COPY of the same rows", "ledger / COPY:", "(c) verify: verified 3000 observations, 1 checkpoint");
    }

    @Test
    void payloadsAreAboutOneKilobyteAndReproducible() {
        int bytes = TicketPayloads.draft(42, 17).raw().length;

        assertThat(bytes).isBetween(800, 1400);
        assertThat(TicketPayloads.draft(42, 17).raw()).isEqualTo(TicketPayloads.draft(42, 17).raw());
    }
}
