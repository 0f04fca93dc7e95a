package io.witness.bench.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Correctness only: a small run completes and prints every stage; no timing is asserted. */
class ReconcileBenchmarkSmokeTest {

    @TempDir
    Path dir;

    @Test
    void aSmallTenantRunsEveryStage() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        ReconcileBenchmark.run(2_000, 7, true, Optional.empty(), new PrintStream(bytes, true, StandardCharsets.UTF_8));

        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("tenant: 2,000 cases", "baseline, events in memory", "correlate", "clocks, findings and per-case parts",
                "register", "kpis and patterns", "credits", "total of the timed stages");
        // 2% only on the client's side and 2% only on the provider's give about 2,040 cases.
        assertThat(printed).containsPattern("result: 2,0\\d\\d cases");
    }

    @Test // #7
    void aSmallTenantGivesTheRecordedResultsOfEveryStage() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        ReconcileBenchmark.run(2_000, 7, true, Optional.empty(), true, true, new PrintStream(bytes, true, StandardCharsets.UTF_8));

        // Recorded before the in-memory stages were made faster (#7): how they work may change, what they say may not.
        // A change of the rules or of the generator records the new line in the same commit.
        assertThat(bytes.toString(StandardCharsets.UTF_8))
                .contains("fingerprint all       ae16b7883ddfce948e1d29fbdf470280ed97aa38b2cb2c87582075204315461e");
    }

    @Test // #7
    void aTenantStoredInTheLedgerIsReadBackIntoTheSameCases() {
        ByteArrayOutputStream inMemory = new ByteArrayOutputStream();
        ByteArrayOutputStream stored = new ByteArrayOutputStream();

        ReconcileBenchmark.run(300, 7, true, Optional.empty(), new PrintStream(inMemory, true, StandardCharsets.UTF_8));
        ReconcileBenchmark.run(300, 7, true, Optional.of(dir), new PrintStream(stored, true, StandardCharsets.UTF_8));

        String printed = stored.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("baseline, store read only", "read store and normalise", "0 record changes, 0 problems");
        assertThat(printed).containsPattern("stored: \\d[\\d,]* observations in the ledger");
        // The same cases, clocks and findings as from the tickets in memory.
        assertThat(result(printed)).isEqualTo(result(inMemory.toString(StandardCharsets.UTF_8)));
    }

    @Test // #7
    void withoutTheReadBaselineTheStoreIsReadOnceForTheStages() {
        ByteArrayOutputStream stored = new ByteArrayOutputStream();

        ReconcileBenchmark.run(300, 7, true, Optional.of(dir), false, false, new PrintStream(stored, true, StandardCharsets.UTF_8));

        String printed = stored.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("read store and normalise", "0 record changes, 0 problems", "total of the timed stages")
                .doesNotContain("baseline, store read only", "read only:");
    }

    private static String result(String printed) {
        int at = printed.indexOf("result: ");
        return printed.substring(at, printed.indexOf('\n', at));
    }
}
