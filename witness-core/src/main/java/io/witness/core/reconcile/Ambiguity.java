package io.witness.core.reconcile;

import java.util.List;
import java.util.Objects;

/**
 * A ticket that could have matched more than one ticket of the other side, with the one chosen, those
 * passed over and why: matching is deterministic, and a reader should know where it had to choose.
 * Immutable.
 *
 * @param ticket the ticket with several candidates, as {@code client INC0010003}
 * @param chosen the candidate chosen, as {@code provider T1001}
 * @param passedOver the other candidates, not empty
 * @param reason why the chosen one won, in words
 */
public record Ambiguity(String ticket, String chosen, List<String> passedOver, String reason) {

    public Ambiguity {
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(chosen, "chosen");
        passedOver = List.copyOf(passedOver);
        Objects.requireNonNull(reason, "reason");
        if (passedOver.isEmpty()) {
            throw new IllegalArgumentException("An ambiguity has at least one candidate passed over");
        }
    }
}
