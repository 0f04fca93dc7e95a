package io.witness.core.reconcile;

import io.witness.core.contract.PartyId;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * A case's differences as found, kept as figures: each clock's difference as its aspect, the positions of the two
 * clocks it compares in the client's and the provider's lists and its amount in milliseconds, two numbers in one
 * array for all; each stretch the records disagree on as its bounds and the two sides' statuses, four references in
 * one array for all (the sentences are written from them when read). A million-case audit finds some six
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
    private static final Object[] NO_STRETCHES = new Object[0];

    private long[] figures = NO_FIGURES;
    private int size;
    private Object[] stretches = NO_STRETCHES;
    private int stretchParts;

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

    /**
     * Adds a stretch in which the records show the case in different states, from {@code from} to {@code to}: the
     * client's status {@code clientText}, the provider's {@code providerText}.
     */
    void addStretch(Instant from, Instant to, String clientText, String providerText) {
        if (stretchParts == stretches.length) {
            stretches = Arrays.copyOf(stretches, Math.max(8, 2 * stretchParts));
        }
        stretches[stretchParts++] = Objects.requireNonNull(from, "from");
        stretches[stretchParts++] = Objects.requireNonNull(to, "to");
        stretches[stretchParts++] = Objects.requireNonNull(clientText, "clientText");
        stretches[stretchParts++] = Objects.requireNonNull(providerText, "providerText");
    }

    /** The stretches, as kept: from, to, the client's and the provider's status of each, in order. */
    Object[] keptStretches() {
        return stretchParts == 0 ? NO_STRETCHES : Arrays.copyOf(stretches, stretchParts);
    }

    /** How many stretches {@code kept} holds. */
    static int stretchCount(Object[] kept) {
        return kept.length / 4;
    }

    /** The i-th stretch of {@code kept} as a difference whose sentence names each side's system ({@code party}'s). */
    static Difference stretch(Object[] kept, int i, Wording wording, PartyId party) {
        return StatusStretches.difference((Instant) kept[4 * i], (Instant) kept[4 * i + 1], (String) kept[4 * i + 2],
                (String) kept[4 * i + 3], wording, party);
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
