package io.witness.core.reconcile;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;
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

    private final String clock;
    private final int cycle;
    private final String aspect;
    private final Duration amount;
    private final Supplier<String> words;
    private @Nullable String sentence;

    /**
     * @param clock the clock it concerns ("response"), or empty for a difference of the whole case
     * @param cycle the clock's cycle (1 when it concerns the whole case)
     * @param aspect {@code start}, {@code stop}, {@code pause}, {@code elapsed} or {@code status}
     * @param amount how much it is, not negative
     * @param sentence the difference in words, with its times and minutes
     * @throws IllegalArgumentException if the amount is negative
     */
    public Difference(String clock, int cycle, String aspect, Duration amount, String sentence) {
        this(clock, cycle, aspect, amount, constant(Objects.requireNonNull(sentence, "sentence")));
        this.sentence = sentence;
    }

    /** A difference whose sentence is written when first read, by {@code words} (pure, thread-safe). */
    Difference(String clock, int cycle, String aspect, Duration amount, Supplier<String> words) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.cycle = cycle;
        this.aspect = Objects.requireNonNull(aspect, "aspect");
        this.amount = Objects.requireNonNull(amount, "amount");
        this.words = Objects.requireNonNull(words, "words");
        if (amount.isNegative()) {
            throw new IllegalArgumentException("A difference is an amount, not negative, got " + amount);
        }
    }

    private static Supplier<String> constant(String sentence) {
        return () -> sentence;
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
        return amount;
    }

    /** The difference in words, with its times and minutes. */
    public String sentence() {
        String text = sentence;
        if (text == null) {
            // Racy but safe: the words are the same every time and a String is immutable.
            text = Objects.requireNonNull(words.get(), "sentence");
            sentence = text;
        }
        return text;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Difference d && clock.equals(d.clock) && cycle == d.cycle && aspect.equals(d.aspect)
                && amount.equals(d.amount) && sentence().equals(d.sentence());
    }

    @Override
    public int hashCode() {
        return Objects.hash(clock, cycle, aspect, amount, sentence());
    }

    @Override
    public String toString() {
        return "Difference[clock=" + clock + ", cycle=" + cycle + ", aspect=" + aspect + ", amount=" + amount + ", sentence="
                + sentence() + "]";
    }
}
