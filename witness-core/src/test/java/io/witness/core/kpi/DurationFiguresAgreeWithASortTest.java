package io.witness.core.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Times.of selects its median and p90 without a sort: the figures are those a sort of the durations gives. */
class DurationFiguresAgreeWithASortTest {

    @Test
    void selectedFiguresEqualSortedOnes() {
        Random random = new Random(42);
        for (int round = 0; round < 2_000; round++) {
            int count = 1 + random.nextInt(round < 1_000 ? 60 : 3_000);
            long[] millis = new long[count + random.nextInt(5)];
            int shape = round % 5;
            for (int i = 0; i < millis.length; i++) {
                millis[i] = switch (shape) {
                    case 0 -> random.nextInt(1_000_000);
                    case 1 -> random.nextInt(3);
                    case 2 -> i;
                    case 3 -> millis.length - i;
                    default -> 7;
                };
            }
            assertThat(KpiValue.Times.of(millis.clone(), count)).as("round %d, %d durations", round, count)
                    .isEqualTo(bySort(millis, count));
        }
    }

    private static KpiValue.Times bySort(long[] values, int count) {
        long[] sorted = Arrays.copyOf(values, count);
        Arrays.sort(sorted);
        long sum = 0;
        for (long v : sorted) {
            sum += v;
        }
        long a = sorted[(count - 1) / 2];
        long b = sorted[count / 2];
        return new KpiValue.Times(count, sum / count, a + (b - a) / 2, sorted[(9 * count + 9) / 10 - 1]);
    }
}
