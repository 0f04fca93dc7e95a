package io.witness.core.reconcile;

import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Why the tickets of a case are taken to be one case: the method, how sure Witness is, and the reason in
 * words a reader can check ("the client's INC0010003 stores the provider's ticket T1001 as its
 * correlation id"). Correlation makes a million of them and a report reads few of their reasons, so the
 * matches it makes write their reason the first time it is read (always the same words). Immutable and
 * thread-safe; equal when the method, confidence and reason are equal.
 */
public final class Match {

    private final MatchMethod method;
    private final double confidence;
    private final @Nullable Supplier<String> words;
    private @Nullable String reason;

    /**
     * @param method how the match was found, not null
     * @param confidence from 0 (a guess) to 1 (certain); 1 for a one-sided case (certain that no match was found)
     * @param reason the reason in words, not blank
     * @throws IllegalArgumentException if the confidence is outside [0, 1] or the reason is blank
     */
    public Match(MatchMethod method, double confidence, String reason) {
        this(method, confidence, null, Objects.requireNonNull(reason, "reason"));
        if (reason.isBlank()) {
            throw new IllegalArgumentException("A match says why, got a blank reason");
        }
    }

    private Match(MatchMethod method, double confidence, @Nullable Supplier<String> words, @Nullable String reason) {
        this.method = Objects.requireNonNull(method, "method");
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("A confidence is from 0 to 1, got " + confidence);
        }
        this.confidence = confidence;
        this.words = words;
        this.reason = reason;
    }

    /**
     * A match whose reason is written when first read, by {@code reason}: a pure function of values that do not
     * change, giving a reason that is not blank. The other values are as for the constructor.
     */
    static Match worded(MatchMethod method, double confidence, Supplier<String> reason) {
        return new Match(method, confidence, Objects.requireNonNull(reason, "reason"), null);
    }

    /** How the match was found. */
    public MatchMethod method() {
        return method;
    }

    /** From 0 (a guess) to 1 (certain); 1 for a one-sided case (certain that no match was found). */
    public double confidence() {
        return confidence;
    }

    /** The reason in words, not blank. */
    public String reason() {
        String text = reason;
        if (text == null) {
            // Racy but safe: the words are the same every time and a String is immutable.
            text = Objects.requireNonNull(Objects.requireNonNull(words, "words").get(), "reason");
            if (text.isBlank()) {
                throw new IllegalArgumentException("A match says why, got a blank reason");
            }
            reason = text;
        }
        return text;
    }

    /** The confidence as a whole percentage, for reports ({@code 87}). */
    public int percent() {
        return (int) Math.round(confidence * 100);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Match m && method == m.method && Double.compare(confidence, m.confidence) == 0
                && reason().equals(m.reason());
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, confidence, reason());
    }

    @Override
    public String toString() {
        return "Match[method=" + method + ", confidence=" + confidence + ", reason=" + reason() + "]";
    }
}
