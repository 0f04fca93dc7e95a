package io.witness.sources.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Chunks handed over faster than the helpers do them come back done, in the order given (#7). */
class ChunkedWorkGivesResultsInOrderTest {

    @Test // #7
    void aProducerFarAheadOfTheHelpersGetsEveryResultInOrder() {
        ChunkedWork<Integer, String> work = new ChunkedWork<>(n -> {
            // Slow enough that the producer runs ahead and does chunks itself.
            long sum = 0;
            for (int i = 0; i < 20_000; i++) {
                sum += (long) i * n;
            }
            return n + ":" + (sum % 7);
        });
        List<String> expected = new ArrayList<>();
        for (int n = 0; n < 500; n++) {
            work.add(n);
            long sum = 0;
            for (int i = 0; i < 20_000; i++) {
                sum += (long) i * n;
            }
            expected.add(n + ":" + (sum % 7));
        }

        assertThat(work.finish()).containsExactlyElementsOf(expected);
    }

    @Test // #7
    void whatTheWorkThrowsComesOut() {
        ChunkedWork<Integer, Integer> work = new ChunkedWork<>(n -> {
            if (n == 37) {
                throw new IllegalArgumentException("chunk 37");
            }
            return n;
        });

        assertThatThrownBy(() -> {
            for (int n = 0; n < 100; n++) {
                work.add(n);
            }
            work.finish();
        }).isInstanceOf(IllegalArgumentException.class).hasMessage("chunk 37");
    }
}
