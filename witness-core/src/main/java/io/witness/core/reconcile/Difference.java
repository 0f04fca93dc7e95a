package io.witness.core.reconcile;

import java.time.Duration;
import java.util.Objects;

/**
 * One difference between the two sides' tellings of a case, in words and minutes: where a clock started
 * or stopped, how long it paused, what it counts in all, or a stretch in which the two records show the
 * case in different states. Immutable.
 *
 * @param clock the clock it concerns ("response"), or empty for a difference of the whole case
 * @param cycle the clock's cycle (1 when it concerns the whole case)
 * @param aspect {@code start}, {@code stop}, {@code pause}, {@code elapsed} or {@code status}
 * @param amount how much it is, not negative
 * @param sentence the difference in words, with its times and minutes
 */
public record Difference(String clock, int cycle, String aspect, Duration amount, String sentence) {

    public Difference {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(aspect, "aspect");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(sentence, "sentence");
        if (amount.isNegative()) {
            throw new IllegalArgumentException("A difference is an amount, not negative, got " + amount);
        }
    }
}
