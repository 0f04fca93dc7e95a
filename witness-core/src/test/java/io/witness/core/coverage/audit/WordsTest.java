package io.witness.core.coverage.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Counts, lists, shares and ids in findings' words. */
class WordsTest {

    @Test
    void pluralisesTheNounUnlessThereIsOne() {
        assertThat(Words.count(1, "night")).isEqualTo("1 night");
        assertThat(Words.count(0, "night")).isEqualTo("0 nights");
        assertThat(Words.count(2, "critical patch")).isEqualTo("2 critical patches");
    }

    @Test
    void joinsTheLastItemWithAnd() {
        assertThat(Words.list(List.of())).isEqualTo("none");
        assertThat(Words.list(List.of("a"))).isEqualTo("a");
        assertThat(Words.list(List.of("a", "b", "c"))).isEqualTo("a, b and c");
    }

    @Test
    void roundsSharesHalfUpToOneDecimal() {
        assertThat(Words.percent(5, 155)).isEqualTo("3.2%");
        assertThat(Words.percent(1, 8)).isEqualTo("12.5%");
        assertThat(Words.percent(0, 0)).isEqualTo("100.0%");
    }

    @Test
    void makesSafeIdsOfAnyText() {
        assertThat(Words.slug("allow tcp any -> 10.20.0.15:3389")).isEqualTo("allow-tcp-any-10.20.0.15-3389");
        assertThat(Words.slug("(no category)")).isEqualTo("no-category");
        assertThat(Words.slug("  ")).isEqualTo("-");
    }
}
