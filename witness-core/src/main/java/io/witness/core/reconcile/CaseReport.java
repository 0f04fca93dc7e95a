package io.witness.core.reconcile;

import io.witness.core.finding.Finding;
import java.util.List;
import java.util.Objects;

/**
 * What reconciliation says of one case: its clocks three ways, each difference between the sides in words
 * and minutes, and its findings. Immutable.
 *
 * @param clocks the case and its clocks, not null
 * @param differences the differences, clock by clock, then the stretches the records disagree on
 * @param findings the findings, in the order they were found
 */
public record CaseReport(CaseClocks clocks, List<Difference> differences, List<Finding> findings) {

    public CaseReport {
        Objects.requireNonNull(clocks, "clocks");
        differences = List.copyOf(differences);
        findings = List.copyOf(findings);
    }

    /** The case. */
    public Case theCase() {
        return clocks.theCase();
    }
}
