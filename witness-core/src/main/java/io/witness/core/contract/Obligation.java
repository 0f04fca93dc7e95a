package io.witness.core.contract;

import java.util.Objects;

/**
 * A promise of a provider that no ticket shows (a monthly report, a restore test, patching within N
 * days): its id, clause, a sentence of what it is, the evidence that proves it was kept, and the terms
 * of its kind. Immutable.
 *
 * @param id its id, unique in the provider's obligations, not null
 * @param section the clause, not null
 * @param description what it is in words, not null, may be empty
 * @param evidence the evidence that proves it, not null
 * @param terms what it promises, not null
 */
public record Obligation(ObligationId id, ClauseRef section, String description, EvidenceKind evidence,
        ObligationTerms terms) {

    public Obligation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(terms, "terms");
    }
}
