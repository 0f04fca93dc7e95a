package io.witness.app.report;

import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A long list (a million cases, two million gaps) cut in slices to be counted on every core: each slice is
 * counted alone and the results, taken in the slices' order, added up, so the sum is what one pass in
 * order would give.
 */
final class Slices {

    /** Items per slice: enough that counting a slice outweighs handing it to a thread. */
    static final int SIZE = 1 << 14;

    private Slices() {
    }

    /** The list's slices of {@link #SIZE} items, in order, as a parallel stream: {@code .map(count).toList()} keeps the order. */
    static <T> Stream<List<T>> of(List<T> list) {
        return IntStream.range(0, (list.size() + SIZE - 1) / SIZE).parallel()
                .mapToObj(s -> list.subList(s * SIZE, Math.min(list.size(), (s + 1) * SIZE)));
    }
}
