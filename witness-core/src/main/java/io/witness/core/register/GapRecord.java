package io.witness.core.register;

import io.witness.core.finding.Finding;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of the service-gap register: a finding with what the register adds — its category, the case's
 * timeline, the people and communications on record, the clause's term, actual against promised, the
 * business impact, the observations that prove it, and the parties' annotations. Immutable.
 *
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
public record GapRecord(Finding finding, GapCategory category, List<String> timeline, List<String> people,
        List<String> communications, Optional<String> term, Optional<String> promised, Optional<String> actual,
        Optional<ImpactCost> impact, List<String> observations, List<Annotation> annotations) {

    public GapRecord {
        Objects.requireNonNull(finding, "finding");
        Objects.requireNonNull(category, "category");
        timeline = List.copyOf(timeline);
        people = List.copyOf(people);
        communications = List.copyOf(communications);
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(promised, "promised");
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(impact, "impact");
        observations = List.copyOf(observations);
        annotations = List.copyOf(annotations);
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
        return new GapRecord(finding, category, timeline, people, communications, term, promised, actual, impact,
                observations, all);
    }
}
