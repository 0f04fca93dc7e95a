package io.witness.core.reconcile;

import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One difference between the two sides' tellings of a case, in words and minutes: where a clock started
 * or stopped, how long it paused, what it counts in all, or a stretch in which the two records show the
 * case in different states.
 *
 * <p>Reconciliation finds a few differences in every case a million-case tenant has, and most sentences
 * are never read; so a difference found by the reconciler keeps its figures and puts them into words the
 * first time {@link #sentence()} is asked, always the same words. Immutable and thread-safe; equal when
 * the five values are equal.
 */
public final class Difference {

    /**
     * Puts a difference into words when its sentence is first read: pure and thread-safe, the same words every time.
     * One such value may serve several differences (the differences of one clock share one), which is why it is
     * handed the difference it writes.
     */
    interface Words {
        String sentence(Difference difference);
    }

    private final String clock;
    private final int cycle;
    private final String aspect;
    /** The amount in milliseconds: a tenant has millions of differences, and a Duration each would be kept. */
    private final long amountMillis;
    private final @Nullable Words words;
    private @Nullable String sentence;

    /**
     * @param clock the clock it concerns ("response"), or empty for a difference of the whole case
     * @param cycle the clock's cycle (1 when it concerns the whole case)
     * @param aspect {@code start}, {@code stop}, {@code pause}, {@code elapsed} or {@code status}
     * @param amount how much it is, not negative, in whole milliseconds
     * @param sentence the difference in words, with its times and minutes
     * @throws IllegalArgumentException if the amount is negative or not whole milliseconds
     */
    public Difference(String clock, int cycle, String aspect, Duration amount, String sentence) {
        this(clock, cycle, aspect, wholeMillis(amount), (Words) null);
        this.sentence = Objects.requireNonNull(sentence, "sentence");
    }

    /** A difference whose sentence is written when first read, by {@code words}. */
    Difference(String clock, int cycle, String aspect, long amountMillis, @Nullable Words words) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.cycle = cycle;
        this.aspect = Objects.requireNonNull(aspect, "aspect");
        this.amountMillis = amountMillis;
        this.words = words;
        if (amountMillis < 0) {
            throw new IllegalArgumentException("A difference is an amount, not negative, got " + amount());
        }
    }

    private static long wholeMillis(Duration amount) {
        long millis = amount.toMillis();
        if (!Duration.ofMillis(millis).equals(amount)) {
            throw new IllegalArgumentException("A difference's amount is whole milliseconds, got " + amount);
        }
        return millis;
    }

    /** The clock it concerns ("response"), or empty for a difference of the whole case. */
    public String clock() {
        return clock;
    }

    /** The clock's cycle (1 when it concerns the whole case). */
    public int cycle() {
        return cycle;
    }

    /** {@code start}, {@code stop}, {@code pause}, {@code elapsed} or {@code status}. */
    public String aspect() {
        return aspect;
    }

    /** How much it is, not negative. */
    public Duration amount() {
        return Duration.ofMillis(amountMillis);
    }

    /** {@link #amount()} in milliseconds, without building a Duration. */
    public long amountMillis() {
        return amountMillis;
    }

    /** The difference in words, with its times and minutes. */
    public String sentence() {
        String text = sentence;
        if (text == null) {
            // Racy but safe: the words are the same every time and a String is immutable.
            text = Objects.requireNonNull(Objects.requireNonNull(words, "words").sentence(this), "sentence");
            sentence = text;
        }
        return text;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Difference d && clock.equals(d.clock) && cycle == d.cycle && aspect.equals(d.aspect)
                && amountMillis == d.amountMillis && sentence().equals(d.sentence());
    }

    @Override
    public int hashCode() {
        return Objects.hash(clock, cycle, aspect, amount(), sentence());
    }

    @Override
    public String toString() {
        return "Difference[clock=" + clock + ", cycle=" + cycle + ", aspect=" + aspect + ", amount=" + amount() + ", sentence="
                + sentence() + "]";
    }
}
