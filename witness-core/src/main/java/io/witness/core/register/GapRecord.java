package io.witness.core.register;

import io.witness.core.clock.ClockResult;
import io.witness.core.finding.Finding;
import io.witness.core.finding.ObservationNames;
import io.witness.core.reconcile.Clauses;
import io.witness.core.reconcile.Durations;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the service-gap register: a finding with what the register adds — its category, the case's
 * timeline, the people and communications on record, the clause's term, actual against promised, the
 * business impact, the observations that prove it, and the parties' annotations.
 *
 * <p>The register of a million cases holds millions of entries and a report reads a few of them whole, so
 * an entry made by {@link GapRegister} tells its case's timeline, people and communications, and its term,
 * promised and actual, the first time they are asked (always the same lines). Immutable and thread-safe;
 * equal when every value is equal.
 */
public final class GapRecord {

    private final Finding finding;
    private final GapCategory category;
    private final CaseLines lines;
    /** The clock whose term, promise and actual the entry tells, when {@link #terms} is still to be worked out. */
    private final @Nullable ClockResult clock;
    /** The term, promised and actual; worked out from {@link #clock} when first read (racy but safe: always equal). */
    private @Nullable Terms terms;
    private final Optional<ImpactCost> impact;
    private final List<String> observations;
    private final List<Annotation> annotations;

    /** What the contract promised and what happened, in words. */
    record Terms(Optional<String> term, Optional<String> promised, Optional<String> actual) {

        static final Terms NONE = new Terms(Optional.empty(), Optional.empty(), Optional.empty());

        /** The term of a clock's clause, its target and its elapsed time, in words; none without a clock or target. */
        static Terms of(@Nullable ClockResult clock) {
            if (clock == null || clock.target().isEmpty()) {
                return NONE;
            }
            return new Terms(Optional.of(Clauses.promise(clock)), Optional.of(Durations.words(clock.target().get())),
                    Optional.of(Durations.words(clock.elapsed())));
        }

        Terms {
            Objects.requireNonNull(term, "term");
            Objects.requireNonNull(promised, "promised");
            Objects.requireNonNull(actual, "actual");
        }
    }

    /**
     * @param finding the finding, with its id, kind, severity, words, clause, provider and evidence
     * @param category what sort of gap
     * @param timeline the case's events, one line each, in time order
     * @param people who is on record: requester, groups assigned
     * @param communications replies and comments on record, one line each
     * @param term the clause's term in words ("Section 4.2 guarantees a 30-minute response for P1")
     * @param promised what the contract promises ("30 min")
     * @param actual what happened ("2 h 47 min")
     * @param impact the business impact, where it can be said
     * @param observations the ledger observations that prove it
     * @param annotations what the parties said of it, oldest first
     */
    public GapRecord(Finding finding, GapCategory category, List<String> timeline, List<String> people,
            List<String> communications, Optional<String> term, Optional<String> promised, Optional<String> actual,
            Optional<ImpactCost> impact, List<String> observations, List<Annotation> annotations) {
        this(finding, category, CaseLines.of(timeline, people, communications), null,
                new Terms(term, promised, actual), impact, observations, annotations);
    }

    /**
     * An entry whose case lines are told when first read and whose term, promised and actual are worked out from
     * {@code clock} when first read (none when it is null), unless {@code terms} gives them.
     */
    GapRecord(Finding finding, GapCategory category, CaseLines lines, @Nullable ClockResult clock, @Nullable Terms terms,
            Optional<ImpactCost> impact, List<String> observations, List<Annotation> annotations) {
        this.finding = Objects.requireNonNull(finding, "finding");
        this.category = Objects.requireNonNull(category, "category");
        this.lines = Objects.requireNonNull(lines, "lines");
        this.clock = clock;
        this.terms = terms;
        this.impact = Objects.requireNonNull(impact, "impact");
        // Not copied when given as an unmodifiable list (the case's observations are shared by its entries).
        this.observations = ObservationNames.kept(observations);
        this.annotations = List.copyOf(annotations);
    }

    private Terms terms() {
        Terms told = terms;
        if (told == null) {
            told = Terms.of(clock);
            terms = told;
        }
        return told;
    }

    /** The finding, with its id, kind, severity, words, clause, provider and evidence. */
    public Finding finding() {
        return finding;
    }

    /** What sort of gap. */
    public GapCategory category() {
        return category;
    }

    /** The case's events, one line each, in time order. */
    public List<String> timeline() {
        return lines.timeline();
    }

    /** Who is on record: requester, groups assigned. */
    public List<String> people() {
        return lines.people();
    }

    /** Replies and comments on record, one line each. */
    public List<String> communications() {
        return lines.communications();
    }

    /** The clause's term in words ("Section 4.2 guarantees a 30-minute response for P1"). */
    public Optional<String> term() {
        return terms().term();
    }

    /** What the contract promises ("30 min"). */
    public Optional<String> promised() {
        return terms().promised();
    }

    /** What happened ("2 h 47 min"). */
    public Optional<String> actual() {
        return terms().actual();
    }

    /** The business impact, where it can be said. */
    public Optional<ImpactCost> impact() {
        return impact;
    }

    /** The ledger observations that prove it. */
    public List<String> observations() {
        return observations;
    }

    /** What the parties said of it, oldest first. */
    public List<Annotation> annotations() {
        return annotations;
    }

    /** The status the latest annotation gave it; open when none did. */
    public AnnotationStatus status() {
        AnnotationStatus status = AnnotationStatus.OPEN;
        for (Annotation annotation : annotations) {
            if (annotation.status().isPresent()) {
                status = annotation.status().get();
            }
        }
        return status;
    }

    /** A copy with more annotations. */
    public GapRecord withAnnotations(List<Annotation> more) {
        List<Annotation> all = new java.util.ArrayList<>(annotations);
        all.addAll(more);
        return new GapRecord(finding, category, lines, clock, terms, impact, observations, all);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GapRecord g && finding.equals(g.finding) && category == g.category
                && timeline().equals(g.timeline()) && people().equals(g.people())
                && communications().equals(g.communications()) && terms().equals(g.terms())
                && impact.equals(g.impact) && observations.equals(g.observations) && annotations.equals(g.annotations);
    }

    @Override
    public int hashCode() {
        return Objects.hash(finding, category, timeline(), people(), communications(), terms(), impact, observations,
                annotations);
    }

    @Override
    public String toString() {
        return "GapRecord[finding=" + finding + ", category=" + category + ", timeline=" + timeline() + ", people=" + people()
                + ", communications=" + communications() + ", term=" + term() + ", promised=" + promised() + ", actual="
                + actual() + ", impact=" + impact + ", observations=" + observations + ", annotations=" + annotations + "]";
    }
}
