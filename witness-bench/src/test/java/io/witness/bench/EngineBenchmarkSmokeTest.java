package io.witness.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Correctness only: the quick run completes and prints every figure; no timing is asserted. */
class EngineBenchmarkSmokeTest {

    @Test
    void quickRunPrintsEveryFigure() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        EngineBenchmark.run(BenchOptions.parse("--quick"), new PrintStream(bytes, true, StandardCharsets.UTF_8));

        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("workload: 2,000 cases", "(a)  engine, 1 thread", "(a2) engine, 2 threads",
                "(b)  wall-clock baseline", "engine time / baseline time, 1 thread:", "(r)  engine time / baseline time, 1 thread,",
                "(r2) engine with every result's due and warning read / baseline time, 1 thread,", "baseline b - a",
                "baseline t + d", "BusinessCalendar.always()", "goals:", "checksum");
        assertThat(printed.lines().filter(line -> line.contains("betweenMillis")).count()).isEqualTo(4);
        assertThat(printed.lines().filter(line -> line.contains("addMillis")).count()).isEqualTo(4);
    }

    @Test
    void quickSizesGiveWayToLaterOptions() {
        assertThat(BenchOptions.parse("--quick", "--cases", "500", "--seed", "9"))
                .isEqualTo(new BenchOptions(500, 1, 2, 9, 20_000));
        assertThat(BenchOptions.parse()).isEqualTo(BenchOptions.defaults());
    }

    @Test
    void rejectsAnUnknownArgument() {
        assertThatThrownBy(() -> BenchOptions.parse("--threads", "4"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown argument '--threads'; " + BenchOptions.USAGE);
        assertThatThrownBy(() -> BenchOptions.parse("--cases", "many"))
                .hasMessage("Expected a number after --cases, found 'many'");
    }
}
