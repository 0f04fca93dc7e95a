package io.witness.core.reconcile;

import io.witness.core.finding.Finding;
import java.util.List;
import java.util.Objects;

/**
 * What reconciliation says of one case: its clocks three ways, each difference between the sides in words
 * and minutes, and its findings. Immutable; equal when the clocks, differences and findings are equal.
 *
 * <p>A report from the reconciler finds its differences the first time they are read (and keeps them): the
 * audit's later stages read none, so a million cases' differences are not held through them.
 */
public final class CaseReport {

    private final CaseClocks clocks;
    private final CaseDifferences differences;
    private final List<Finding> findings;

    /**
     * @param clocks the case and its clocks, not null
     * @param differences the differences, clock by clock, then the stretches the records disagree on
     * @param findings the findings, in the order they were found
     */
    public CaseReport(CaseClocks clocks, List<Difference> differences, List<Finding> findings) {
        this.clocks = Objects.requireNonNull(clocks, "clocks");
        this.differences = new CaseDifferences(differences);
        this.findings = List.copyOf(findings);
    }

    /** A report whose differences are found when first read. */
    CaseReport(CaseClocks clocks, CaseDifferences differences, List<Finding> findings) {
        this.clocks = Objects.requireNonNull(clocks, "clocks");
        this.differences = Objects.requireNonNull(differences, "differences");
        this.findings = List.copyOf(findings);
    }

    /** The case and its clocks. */
    public CaseClocks clocks() {
        return clocks;
    }

    /** The differences, clock by clock, then the stretches the records disagree on. */
    public List<Difference> differences() {
        return differences.get();
    }

    /**
     * Finds the differences now if they are still to be found (a report from the reconciler finds them when first
     * read), keeping them as figures without making them into {@link Difference}s: for a caller that finds them where
     * they are to be timed and reads them later.
     */
    public void findDifferences() {
        differences.find();
    }

    /** The findings, in the order they were found. */
    public List<Finding> findings() {
        return findings;
    }

    /** The case. */
    public Case theCase() {
        return clocks.theCase();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CaseReport r && clocks.equals(r.clocks) && differences().equals(r.differences())
                && findings.equals(r.findings);
    }

    @Override
    public int hashCode() {
        return Objects.hash(clocks, differences(), findings);
    }

    @Override
    public String toString() {
        return "CaseReport[clocks=" + clocks + ", differences=" + differences() + ", findings=" + findings + "]";
    }
}
