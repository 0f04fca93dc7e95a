package io.witness.core.reconcile;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A case's differences between the two records, found the first time they are read and kept from then on. An audit
 * reconciles millions of cases and its later stages (register, KPIs, credits) read none of their differences: only
 * the files and the report do, and a disagreement's explanation. Thread-safe: the differences found are the same
 * every time, an immutable list.
 */
final class CaseDifferences {

    private final @Nullable Reconciler reconciler;
    private final @Nullable CaseClocks clocks;
    private final @Nullable Instant now;
    private volatile @Nullable List<Difference> found;

    /** The differences of a case, to be found when first read. */
    CaseDifferences(Reconciler reconciler, CaseClocks clocks, Instant now) {
        this.reconciler = reconciler;
        this.clocks = clocks;
        this.now = now;
    }

    /** Differences found already. */
    CaseDifferences(List<Difference> found) {
        this.reconciler = null;
        this.clocks = null;
        this.now = null;
        this.found = List.copyOf(found);
    }

    /** The differences, clock by clock, then the stretches the records disagree on. */
    List<Difference> get() {
        List<Difference> differences = found;
        if (differences == null) {
            differences = List.copyOf(Objects.requireNonNull(reconciler).differences(Objects.requireNonNull(clocks),
                    Objects.requireNonNull(now)));
            found = differences;
        }
        return differences;
    }
}
