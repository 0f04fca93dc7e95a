package io.witness.core.reconcile;

import java.time.Duration;
import java.util.Objects;

/**
 * The thresholds of the fuzzy rules that match two tickets no reference ties together
 * (docs/reconcile.md): both opened within {@code window} of each other; requesters, when both sides
 * name one, the same; and titles at least {@code titleAlone} alike, or {@code titleWithRequester} alike
 * when the requesters are the same. A ticket with another candidate scoring within {@code ambiguityMargin}
 * of the chosen one is reported as ambiguous. Immutable.
 *
 * @param window the most the two openings may be apart, positive
 * @param titleAlone the title similarity enough on its own, in (0, 1]
 * @param titleWithRequester the title similarity enough with the same requester, in (0, 1]
 * @param ambiguityMargin how close a passed-over candidate's score must be to be reported, in [0, 1]
 */
public record CorrelationRules(Duration window, double titleAlone, double titleWithRequester, double ambiguityMargin) {

    /** @throws IllegalArgumentException if a value is outside its range */
    public CorrelationRules {
        Objects.requireNonNull(window, "window");
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("The matching window must be positive, got " + window);
        }
        if (!(titleAlone > 0 && titleAlone <= 1) || !(titleWithRequester > 0 && titleWithRequester <= 1)) {
            throw new IllegalArgumentException("Title thresholds are in (0, 1], got " + titleAlone + " and " + titleWithRequester);
        }
        if (!(ambiguityMargin >= 0 && ambiguityMargin <= 1)) {
            throw new IllegalArgumentException("The ambiguity margin is in [0, 1], got " + ambiguityMargin);
        }
    }

    /** Openings within 4 hours; titles 50% alike, or 30% with the same requester; ambiguous within 0.1. */
    public static CorrelationRules defaults() {
        return new CorrelationRules(Duration.ofHours(4), 0.5, 0.3, 0.1);
    }
}
