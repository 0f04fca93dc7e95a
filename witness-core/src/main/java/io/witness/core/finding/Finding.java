package io.witness.core.finding;

import io.witness.core.contract.ClauseRef;
import io.witness.core.contract.Money;
import io.witness.core.contract.PartyId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing Witness found, stated so that a client's IT manager can act on it and an auditor can check
 * it: what it is, in plain words with its figures, the clause of the contract it concerns, the evidence
 * that shows it, when, which provider, and what it cost where that can be said.
 *
 * <p>The id is derived by the rule that found it from what it is about (kind and subject), never drawn
 * at random, so the same evidence gives the same findings every run. Immutable and thread-safe.
 *
 * @param id stable id, e.g. {@code sla-breach/INC0010003/resolution/witness/1}
 * @param kind what sort of finding
 * @param severity how much it matters
 * @param title one line, e.g. "INC0010003: resolution took 27 business hours against 24 (section 4.3)"
 * @param explanation the full statement in plain words, with the figures and how they were reached
 * @param clause the contract clause it concerns, if any
 * @param provider the provider it concerns, if any
 * @param at when it happened (or the end of the period it covers)
 * @param evidence what shows it, at least one
 * @param cost what it cost or what is owed, where the evidence and the contract say
 */
public record Finding(
        String id,
        FindingKind kind,
        Severity severity,
        String title,
        String explanation,
        Optional<ClauseRef> clause,
        Optional<PartyId> provider,
        Instant at,
        List<EvidenceRef> evidence,
        Optional<Money> cost) {

    public Finding {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(explanation, "explanation");
        Objects.requireNonNull(clause, "clause");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(at, "at");
        evidence = List.copyOf(evidence);
        Objects.requireNonNull(cost, "cost");
        if (id.isBlank() || title.isBlank()) {
            throw new IllegalArgumentException("A finding needs an id and a title");
        }
        if (evidence.isEmpty()) {
            throw new IllegalArgumentException("Finding " + id + " names no evidence; every finding shows what it stands on");
        }
    }
}
