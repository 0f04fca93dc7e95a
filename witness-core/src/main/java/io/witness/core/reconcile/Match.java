package io.witness.core.reconcile;

import java.util.Objects;

/**
 * Why the tickets of a case are taken to be one case: the method, how sure Witness is, and the reason in
 * words a reader can check ("the client's INC0010003 stores the provider's ticket T1001 as its
 * correlation id"). Immutable and thread-safe.
 *
 * @param method how the match was found, not null
 * @param confidence from 0 (a guess) to 1 (certain); 1 for a one-sided case (certain that no match was found)
 * @param reason the reason in words, not blank
 */
public record Match(MatchMethod method, double confidence, String reason) {

    /** @throws IllegalArgumentException if the confidence is outside [0, 1] or the reason is blank */
    public Match {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(reason, "reason");
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("A confidence is from 0 to 1, got " + confidence);
        }
        if (reason.isBlank()) {
            throw new IllegalArgumentException("A match says why, got a blank reason");
        }
    }

    /** The confidence as a whole percentage, for reports ({@code 87}). */
    public int percent() {
        return (int) Math.round(confidence * 100);
    }
}
