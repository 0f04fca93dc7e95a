package io.witness.core.reconcile;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A case's differences between the two records, found once ({@link #find}, or when first read) and kept as figures
 * ({@link DifferenceFigures}: an aspect, the two clocks' positions and an amount each, in one array), made into
 * {@link Difference}s that put their words together when first read. An audit keeps millions of cases' differences
 * and its later stages (register, KPIs, credits) read none of them: only the files and the report do, and a
 * disagreement's explanation. Thread-safe: the differences are the same every time, an immutable list.
 */
final class CaseDifferences {

    private final @Nullable Reconciler reconciler;
    private final @Nullable CaseClocks clocks;
    private final @Nullable Instant now;
    /**
     * The differences given, or as first read: made from the figures when a writer first reads them and kept from then
     * on (a writer reads a case's differences for its file and again for its disagreements' explanations), so their
     * sentences are written once. An audit that reads none keeps the figures alone.
     */
    private volatile @Nullable List<Difference> read;
    /** The stretches found ({@link DifferenceFigures#keptStretches}), written before {@link #figures}. */
    private Object @Nullable [] stretches;
    /** The clocks' differences found ({@link DifferenceFigures#kept}); null until found. */
    private volatile long @Nullable [] figures;

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
        this.read = List.copyOf(found);
    }

    /** The differences, clock by clock, then the stretches the records disagree on. */
    List<Difference> get() {
        List<Difference> differences = read;
        if (differences == null) {
            // Racy but safe: any thread makes equal differences from the same figures.
            differences = Objects.requireNonNull(reconciler).differences(Objects.requireNonNull(clocks),
                    Objects.requireNonNull(now), found(), Objects.requireNonNull(stretches));
            read = differences;
        }
        return differences;
    }

    /** Finds the differences if they are still to be found, and keeps them as figures; makes no {@link Difference}. */
    void find() {
        if (read == null) {
            found();
        }
    }

    /** The clocks' differences as kept, found first if need be (then {@link #stretches} is set too). */
    private long[] found() {
        long[] kept = figures;
        if (kept == null) {
            // Racy but safe: found the same by any thread; each thread writes its stretches before its figures.
            DifferenceFigures found = Objects.requireNonNull(reconciler).differences(Objects.requireNonNull(clocks),
                    Objects.requireNonNull(now));
            stretches = found.keptStretches();
            kept = found.kept();
            figures = kept;
        }
        return kept;
    }
}
