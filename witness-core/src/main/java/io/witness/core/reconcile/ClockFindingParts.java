package io.witness.core.reconcile;

import io.witness.core.clock.ClockResult;
import io.witness.core.finding.EvidenceList;
import io.witness.core.finding.EvidenceRef;
import io.witness.core.finding.Finding;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a finding of a case's clocks keeps to be told when read, in one object: its id and words, and the head of its
 * evidence (the clocks it names, then the case and its tickets), the clocks' references made when read. A million-case
 * audit makes some two million such findings, each of which kept its id as a string, two capturing lambdas, an array of
 * references and a reference to its clock with a string, which the collectors copied and only the writers read.
 * Immutable; thread-safe.
 */
abstract class ClockFindingParts implements Finding.Told, EvidenceList.Head {

    final Case c;
    /** The case's references, shared by its findings ({@link CaseEvidence#head()}). */
    private final EvidenceRef[] caseRefs;
    private final @Nullable ClockResult first;
    private final @Nullable ClockResult second;

    /** Naming {@code first}, then {@code second} (each may be null), then the case's evidence. */
    ClockFindingParts(CaseEvidence evidence, @Nullable ClockResult first, @Nullable ClockResult second) {
        this.c = evidence.theCase();
        this.caseRefs = evidence.head();
        this.first = first;
        this.second = second;
    }

    /** The finding's evidence: the clocks it names, then the case's evidence (shared when it names no clock). */
    final List<EvidenceRef> evidence(CaseEvidence evidence) {
        return first == null && second == null ? evidence.alone() : EvidenceList.of(this, evidence.observations());
    }

    /** The clock the evidence names first, if it names one: the clock whose term a register entry tells. */
    final @Nullable ClockResult clock() {
        return first != null ? first : second;
    }

    /**
     * The clock a finding's evidence names first, when the finding was made with its parts here; null otherwise (then
     * its references tell it).
     */
    static @Nullable ClockResult clockOf(Finding finding) {
        return finding.evidence() instanceof EvidenceList list && list.head() instanceof ClockFindingParts parts
                ? parts.clock() : null;
    }

    private int clocks() {
        return (first != null ? 1 : 0) + (second != null ? 1 : 0);
    }

    @Override
    public final int size() {
        return clocks() + caseRefs.length;
    }

    @Override
    public final EvidenceRef get(int index) {
        int clocks = clocks();
        Objects.checkIndex(index, clocks + caseRefs.length);
        if (index >= clocks) {
            return caseRefs[index - clocks];
        }
        return CaseFindings.clockRef(c, index == 0 && first != null ? first : Objects.requireNonNull(second));
    }
}
