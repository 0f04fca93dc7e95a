package io.witness.core.reconcile;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A case's differences between the two records, found the first time they are read and kept from then on. An audit
 * reconciles millions of cases and its later stages (register, KPIs, credits) read none of their differences: only
 * the files and the report do, and a disagreement's explanation. Thread-safe: the differences found are the same
 * every time, an immutable list.
 */
final class CaseDifferences {

    private final Reconciler reconciler;
    private final CaseClocks clocks;
    private final Instant now;
    private volatile @Nullable List<Difference> found;

    CaseDifferences(Reconciler reconciler, CaseClocks clocks, Instant now) {
        this.reconciler = reconciler;
        this.clocks = clocks;
        this.now = now;
    }

    /** The differences, clock by clock, then the stretches the records disagree on. */
    List<Difference> get() {
        List<Difference> differences = found;
        if (differences == null) {
            differences = List.copyOf(reconciler.differences(clocks, now));
            found = differences;
        }
        return differences;
    }
}
