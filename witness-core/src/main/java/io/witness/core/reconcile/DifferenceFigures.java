package io.witness.core.reconcile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A case's differences as found, kept as figures: each clock's difference as its aspect, the positions of the two
 * clocks it compares in the client's and the provider's lists and its amount in milliseconds, two numbers in one
 * array for all; the stretches the records disagree on as {@link Difference}s. A million-case audit finds some six
 * million differences that only the writers read: kept as objects (a difference, its means of wording, a list) they
 * were some 300 bytes a case the collectors copied. Not thread-safe while being filled.
 */
final class DifferenceFigures {

    static final int ELAPSED = 0;
    static final int START = 1;
    static final int STOP = 2;
    static final int PAUSE = 3;
    private static final String[] ASPECTS = {"elapsed", "start", "stop", "pause"};
    private static final long[] NO_FIGURES = new long[0];
    private static final Difference[] NO_STRETCHES = new Difference[0];

    private long[] figures = NO_FIGURES;
    private int size;
    private final List<Difference> stretches = new ArrayList<>(2);

    /** Adds a clock's difference: the client's clock at {@code client}, the provider's at {@code provider}. */
    void add(int aspect, int client, int provider, long amountMillis) {
        if (amountMillis < 0) {
            throw new IllegalArgumentException("A difference is an amount, not negative, got " + amountMillis + " ms");
        }
        if (size == figures.length) {
            figures = Arrays.copyOf(figures, Math.max(8, 2 * size));
        }
        figures[size++] = code(aspect, client, provider);
        figures[size++] = amountMillis;
    }

    /** Where the stretches' differences are added. */
    List<Difference> stretches() {
        return stretches;
    }

    /** The stretches' differences, as kept. */
    Difference[] keptStretches() {
        return stretches.isEmpty() ? NO_STRETCHES : stretches.toArray(NO_STRETCHES);
    }

    /** The clocks' differences, as kept: code and amount of each, in order. */
    long[] kept() {
        return size == 0 ? NO_FIGURES : Arrays.copyOf(figures, size);
    }

    private static long code(int aspect, int client, int provider) {
        return aspect | (long) client << 3 | (long) provider << 33;
    }

    /** How many clocks' differences {@code kept} holds. */
    static int count(long[] kept) {
        return kept.length / 2;
    }

    /** The aspect of the i-th difference of {@code kept}: {@code start}, {@code stop}, {@code pause} or {@code elapsed}. */
    static String aspect(long[] kept, int i) {
        return ASPECTS[(int) (kept[2 * i] & 7)];
    }

    /** The position of the i-th difference's clock in the client's clocks. */
    static int client(long[] kept, int i) {
        return (int) (kept[2 * i] >>> 3 & 0x3FFF_FFFF);
    }

    /** The position of the i-th difference's clock in the provider's clocks. */
    static int provider(long[] kept, int i) {
        return (int) (kept[2 * i] >>> 33);
    }

    /** The i-th difference's amount in milliseconds. */
    static long amount(long[] kept, int i) {
        return kept[2 * i + 1];
    }
}
