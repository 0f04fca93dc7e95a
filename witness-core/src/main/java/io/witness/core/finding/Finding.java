package io.witness.core.finding;

import io.witness.core.contract.ClauseRef;
import io.witness.core.contract.Money;
import io.witness.core.contract.PartyId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * One thing Witness found, stated so that a client's IT manager can act on it and an auditor can check
 * it: what it is, in plain words with its figures, the clause of the contract it concerns, the evidence
 * that shows it, when, which provider, and what it cost where that can be said.
 *
 * <p>The id is derived by the rule that found it from what it is about (kind and subject), never drawn
 * at random, so the same evidence gives the same findings every run.
 *
 * <p>A rule that finds millions of findings ({@link #worded}) gives its title and explanation as the
 * means to write them: they are written the first time they are read, always the same words, so a run
 * that reads only the figures never pays for the sentences. Immutable and thread-safe; equal when every
 * value (the words included) is equal.
 */
public final class Finding {

    /**
     * A finding's title and explanation, written when first read: pure functions of values that do not change, the
     * same non-blank title and explanation every time: one object a finding, where two suppliers each kept what they
     * capture ({@link Told} tells the id too).
     */
    public interface Words {
        String title();

        String explanation();
    }

    /**
     * A finding's id with its words and its instant, all made when first read ({@link #told}): an id made of what the
     * finding is about, the same non-blank id every time. A million-case audit's findings are some two million ids and
     * instants that only the writers read.
     */
    public interface Told extends Words {
        String id();

        /** When it happened (or the end of the period it covers): the same instant every time. */
        Instant at();
    }

    /** Words given as two suppliers. */
    private record Supplied(Supplier<String> titleWords, Supplier<String> explanationWords) implements Words {

        Supplied {
            Objects.requireNonNull(titleWords, "title");
            Objects.requireNonNull(explanationWords, "explanation");
        }

        @Override
        public String title() {
            return titleWords.get();
        }

        @Override
        public String explanation() {
            return explanationWords.get();
        }
    }

    /** Words given as they are. */
    private record Given(String title, String explanation) implements Words {
    }

    /** The id; null until first read when the words tell it ({@link Told}). */
    private @Nullable String id;
    private final FindingKind kind;
    private final Severity severity;
    private final Words words;
    private @Nullable String title;
    private @Nullable String explanation;
    private final Optional<ClauseRef> clause;
    private final Optional<PartyId> provider;
    /** When it happened; null until first read when the words tell it ({@link Told}). */
    private @Nullable Instant at;
    private final List<EvidenceRef> evidence;
    private final Optional<Money> cost;

    /**
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
     * @throws IllegalArgumentException if the id or title is blank or there is no evidence
     */
    public Finding(String id, FindingKind kind, Severity severity, String title, String explanation,
            Optional<ClauseRef> clause, Optional<PartyId> provider, Instant at, List<EvidenceRef> evidence,
            Optional<Money> cost) {
        this(Objects.requireNonNull(id, "id"), kind, severity, new Given(Objects.requireNonNull(title, "title"),
                Objects.requireNonNull(explanation, "explanation")), clause, provider, at, evidence, cost);
        if (title.isBlank()) {
            throw new IllegalArgumentException("A finding needs an id and a title");
        }
        this.title = title;
        this.explanation = explanation;
    }

    private Finding(@Nullable String id, FindingKind kind, Severity severity, Words words, Optional<ClauseRef> clause,
            Optional<PartyId> provider, @Nullable Instant at, List<EvidenceRef> evidence,
            Optional<Money> cost) {
        this.id = id;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.severity = Objects.requireNonNull(severity, "severity");
        this.words = Objects.requireNonNull(words, "words");
        this.clause = Objects.requireNonNull(clause, "clause");
        this.provider = Objects.requireNonNull(provider, "provider");
        // A finding told by its words has its instant from them when first read.
        this.at = words instanceof Told ? null : Objects.requireNonNull(at, "at");
        // Observations' references stay names until read (EvidenceList); any other list is copied unmodifiable.
        this.evidence = evidence instanceof EvidenceList ? evidence : List.copyOf(evidence);
        this.cost = Objects.requireNonNull(cost, "cost");
        if (id == null ? !(words instanceof Told) : id.isBlank()) {
            throw new IllegalArgumentException("A finding needs an id and a title");
        }
        if (this.evidence.isEmpty()) {
            throw new IllegalArgumentException("Finding " + id() + " names no evidence; every finding shows what it stands on");
        }
    }

    /**
     * A finding whose title and explanation are written when first read, by {@code title} and
     * {@code explanation}: pure functions of values that do not change, each giving a non-blank title
     * and an explanation. The other values are as for the constructor.
     */
    public static Finding worded(String id, FindingKind kind, Severity severity, Supplier<String> title,
            Supplier<String> explanation, Optional<ClauseRef> clause, Optional<PartyId> provider, Instant at,
            List<EvidenceRef> evidence, Optional<Money> cost) {
        return new Finding(Objects.requireNonNull(id, "id"), kind, severity, new Supplied(title, explanation), clause, provider,
                at, evidence, cost);
    }

    /**
     * A finding whose id, title, explanation and instant are made when first read, by {@code told}; the other values
     * are as for the constructor.
     */
    public static Finding told(FindingKind kind, Severity severity, Told told, Optional<ClauseRef> clause,
            Optional<PartyId> provider, List<EvidenceRef> evidence, Optional<Money> cost) {
        return new Finding(null, kind, severity, told, clause, provider, null, evidence, cost);
    }

    /** A copy with this cost; its words are not written by copying. */
    public Finding withCost(Optional<Money> newCost) {
        Finding copy = new Finding(id, kind, severity, words, clause, provider, at, evidence, newCost);
        copy.title = title;
        copy.explanation = explanation;
        return copy;
    }

    /** Stable id, e.g. {@code sla-breach/INC0010003/resolution/witness/1}. */
    public String id() {
        String text = id;
        if (text == null) {
            // Racy but safe: the id is the same every time and a String is immutable.
            text = Objects.requireNonNull(((Told) words).id(), "id");
            if (text.isBlank()) {
                throw new IllegalStateException("A finding's words told a blank id: " + words);
            }
            id = text;
        }
        return text;
    }

    /** What sort of finding. */
    public FindingKind kind() {
        return kind;
    }

    /** How much it matters. */
    public Severity severity() {
        return severity;
    }

    /** One line, e.g. "INC0010003: resolution took 27 business hours against 24 (section 4.3)". */
    public String title() {
        String text = title;
        if (text == null) {
            // Racy but safe: the words are the same every time and a String is immutable.
            text = Objects.requireNonNull(words.title(), "title");
            title = text;
        }
        return text;
    }

    /** The full statement in plain words, with the figures and how they were reached. */
    public String explanation() {
        String text = explanation;
        if (text == null) {
            text = Objects.requireNonNull(words.explanation(), "explanation");
            explanation = text;
        }
        return text;
    }

    /** The contract clause it concerns, if any. */
    public Optional<ClauseRef> clause() {
        return clause;
    }

    /** The provider it concerns, if any. */
    public Optional<PartyId> provider() {
        return provider;
    }

    /** When it happened (or the end of the period it covers). */
    public Instant at() {
        Instant when = at;
        if (when == null) {
            // Racy but safe: the instant is the same every time and an Instant is immutable.
            when = Objects.requireNonNull(((Told) words).at(), "at");
            at = when;
        }
        return when;
    }

    /** What shows it, at least one. */
    public List<EvidenceRef> evidence() {
        return evidence;
    }

    /** What it cost or what is owed, where the evidence and the contract say. */
    public Optional<Money> cost() {
        return cost;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Finding f && id().equals(f.id()) && kind.equals(f.kind) && severity == f.severity
                && title().equals(f.title()) && explanation().equals(f.explanation()) && clause.equals(f.clause)
                && provider.equals(f.provider) && at().equals(f.at()) && evidence.equals(f.evidence) && cost.equals(f.cost);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id(), kind, severity, title(), explanation(), clause, provider, at(), evidence, cost);
    }

    @Override
    public String toString() {
        return "Finding[id=" + id() + ", kind=" + kind + ", severity=" + severity + ", title=" + title() + ", explanation="
                + explanation() + ", clause=" + clause + ", provider=" + provider + ", at=" + at() + ", evidence=" + evidence
                + ", cost=" + cost + "]";
    }
}
