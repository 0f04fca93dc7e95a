package io.witness.core.coverage.audit;

import io.witness.core.contract.ClauseRef;
import io.witness.core.contract.Money;
import io.witness.core.contract.PartyId;
import io.witness.core.finding.EvidenceRef;
import io.witness.core.finding.Finding;
import io.witness.core.finding.FindingKind;
import io.witness.core.finding.Severity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Builds a coverage finding step by step; its id is the kind's code and the subject ({@code
 * restore-test-overdue/restore-test-pms/SQL01}), so the same evidence gives the same ids every run.
 * Mutable; one finding, one thread.
 */
public final class FindingDraft {

    private final FindingKind kind;
    private final String id;
    private Severity severity = Severity.MEDIUM;
    private String title = "";
    private String explanation = "";
    private Optional<ClauseRef> clause = Optional.empty();
    private Optional<PartyId> provider = Optional.empty();
    private Optional<Instant> at = Optional.empty();
    private final LinkedHashSet<EvidenceRef> evidence = new LinkedHashSet<>();
    private Optional<Money> cost = Optional.empty();

    private FindingDraft(FindingKind kind, String subject) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.id = kind.code() + "/" + Objects.requireNonNull(subject, "subject");
    }

    /** A finding of {@code kind} about {@code subject} (the parts of the id after the kind, joined by '/'). */
    public static FindingDraft of(FindingKind kind, String... subject) {
        return new FindingDraft(kind, String.join("/", subject));
    }

    public FindingDraft severity(Severity value) {
        severity = Objects.requireNonNull(value, "severity");
        return this;
    }

    public FindingDraft title(String value) {
        title = Objects.requireNonNull(value, "title");
        return this;
    }

    public FindingDraft explanation(String value) {
        explanation = Objects.requireNonNull(value, "explanation");
        return this;
    }

    /** The obligation it concerns: its clause and provider. */
    public FindingDraft obligation(ProviderObligation<?> obligation) {
        clause = Optional.of(obligation.obligation().section());
        provider = Optional.of(obligation.provider());
        return this;
    }

    public FindingDraft clause(Optional<ClauseRef> value) {
        clause = Objects.requireNonNull(value, "clause");
        return this;
    }

    public FindingDraft provider(Optional<PartyId> value) {
        provider = Objects.requireNonNull(value, "provider");
        return this;
    }

    public FindingDraft at(Instant value) {
        at = Optional.of(value);
        return this;
    }

    public FindingDraft evidence(EvidenceRef ref) {
        evidence.add(Objects.requireNonNull(ref, "ref"));
        return this;
    }

    public FindingDraft evidence(Collection<EvidenceRef> refs) {
        refs.forEach(this::evidence);
        return this;
    }

    public FindingDraft cost(Money value) {
        cost = Optional.of(value);
        return this;
    }

    /** @throws IllegalStateException if no time was given */
    public Finding build() {
        return new Finding(id, kind, severity, title, explanation, clause, provider,
                at.orElseThrow(() -> new IllegalStateException("Finding " + id + " has no time")), List.copyOf(new ArrayList<>(evidence)), cost);
    }
}
