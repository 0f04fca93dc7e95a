package io.witness.core.register;

import io.witness.core.contract.Money;
import io.witness.core.event.Side;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What a party said about a finding or a case, kept as an observation like any other evidence
 * (docs/reconcile.md, "Annotations"): a finding disputed by the provider, accepted, or credited; or the
 * client's figures for a case's business impact (people affected, recovery costs). Immutable.
 *
 * @param target the finding's id, or for an impact the case's id, not blank
 * @param status the finding's new status; empty for an impact
 * @param by the side that said it
 * @param at when it was said
 * @param note the words, may be empty
 * @param peopleAffected for an impact, how many people the case stopped or slowed
 * @param recoveryCost for an impact, what recovery cost the client
 */
public record Annotation(String target, Optional<AnnotationStatus> status, Side by, Instant at, String note,
        Optional<Integer> peopleAffected, Optional<Money> recoveryCost) {

    /** @throws IllegalArgumentException if the target is blank, a count is below 1, or it says nothing */
    public Annotation {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(peopleAffected, "peopleAffected");
        Objects.requireNonNull(recoveryCost, "recoveryCost");
        if (target.isBlank()) {
            throw new IllegalArgumentException("An annotation names the finding or case it is about");
        }
        if (peopleAffected.filter(n -> n < 1).isPresent()) {
            throw new IllegalArgumentException("People affected is 1 or more, got " + peopleAffected.get());
        }
        if (status.isEmpty() && peopleAffected.isEmpty() && recoveryCost.isEmpty()) {
            throw new IllegalArgumentException("An annotation of " + target + " gives a status or an impact");
        }
    }

    /** True for the client's figures of a case's impact. */
    public boolean isImpact() {
        return status.isEmpty();
    }
}
