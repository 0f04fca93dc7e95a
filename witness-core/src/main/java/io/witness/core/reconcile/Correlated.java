package io.witness.core.reconcile;

import java.util.List;

/**
 * The cases correlation built, by opening time (then id), and the choices it had to make.
 * Immutable.
 *
 * @param cases every case, each ticket in exactly one
 * @param ambiguities where a ticket had several candidates
 */
public record Correlated(List<Case> cases, List<Ambiguity> ambiguities) {

    public Correlated {
        cases = List.copyOf(cases);
        ambiguities = List.copyOf(ambiguities);
    }
}
