package io.witness.core.kpi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Case profiles in the order they opened, ties by case id: one sort of packed primitives (opening relative
 * to the earliest, then the profile's index), as a million cases take too long through a comparator.
 */
public final class OpeningOrder {

    private static final int INDEX_BITS = 23;
    private static final Comparator<CaseProfile> BY_OPENING = Comparator.comparingLong(CaseProfile::openedAt)
            .thenComparing(p -> p.caseId().value());

    private OpeningOrder() {
    }

    /** The profiles by opening, then case id; a new list. */
    public static List<CaseProfile> of(List<CaseProfile> profiles) {
        int n = profiles.size();
        long earliest = Long.MAX_VALUE;
        long latest = Long.MIN_VALUE;
        // Each profile's opening read once.
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            long opened = profiles.get(i).openedAt();
            keys[i] = opened;
            earliest = Math.min(earliest, opened);
            latest = Math.max(latest, opened);
        }
        if (n == 0 || n >= 1 << INDEX_BITS || latest - earliest >= 1L << (63 - INDEX_BITS)) {
            List<CaseProfile> sorted = new ArrayList<>(profiles);
            sorted.sort(BY_OPENING);
            return sorted;
        }
        for (int i = 0; i < n; i++) {
            keys[i] = (keys[i] - earliest) << INDEX_BITS | i;
        }
        Arrays.sort(keys);
        List<CaseProfile> sorted = new ArrayList<>(n);
        for (long key : keys) {
            sorted.add(profiles.get((int) (key & ((1 << INDEX_BITS) - 1))));
        }
        // Cases opened at the same instant (the same key above the index bits): by case id, so that the order given
        // changes nothing.
        for (int from = 0; from < n; ) {
            int to = from + 1;
            while (to < n && keys[to] >>> INDEX_BITS == keys[from] >>> INDEX_BITS) {
                to++;
            }
            if (to - from > 1) {
                sorted.subList(from, to).sort(BY_OPENING);
            }
            from = to;
        }
        return sorted;
    }
}
