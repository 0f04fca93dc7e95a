package io.witness.core.reconcile;

import io.witness.core.clock.ClockResult;

/**
 * A clock's term as the contract states it, for findings and letters. The contract file holds each
 * term's section, not the clause's wording, so the text is the term as Witness reads it:
 * "Section 4.2 guarantees a 30-minute response for P1".
 */
public final class Clauses {

    private Clauses() {
    }

    /**
     * The promise of a clock's term.
     *
     * @param result a started clock, with its target
     */
    public static String promise(ClockResult result) {
        String section = result.section();
        String who = section.isEmpty() ? "The contract's " + result.clock() + " clock"
                : Character.isDigit(section.charAt(0)) ? "Section " + section : section;
        return who + " guarantees " + Wording.promise(result.target().orElseThrow(), result.metric())
                + result.priority().map(p -> " for " + p).orElse("");
    }
}
