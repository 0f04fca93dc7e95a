package io.witness.core.kpi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

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
        // Each profile's opening read once.
        long[] openings = new long[n];
        for (int i = 0; i < n; i++) {
            openings[i] = profiles.get(i).openedAt();
        }
        int[] order = permutation(profiles, openings, null);
        List<CaseProfile> sorted = new ArrayList<>(n);
        for (int index : order) {
            sorted.add(profiles.get(index));
        }
        return sorted;
    }

    /**
     * The places of some profiles by opening, then case id: of all the profiles, or of those {@code members} lists
     * (then the places are in {@code members}).
     *
     * @param openings each profile's opening, as {@link CaseProfile#openedAt()} gives it, by its index in {@code profiles}
     * @param members the indexes of the profiles to order, or null for all
     */
    static int[] permutation(List<CaseProfile> profiles, long[] openings, int @Nullable [] members) {
        int n = members == null ? profiles.size() : members.length;
        long earliest = Long.MAX_VALUE;
        long latest = Long.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            long opened = openings[members == null ? i : members[i]];
            earliest = Math.min(earliest, opened);
            latest = Math.max(latest, opened);
        }
        int[] order = new int[n];
        if (n == 0 || n >= 1 << INDEX_BITS || latest - earliest >= 1L << (63 - INDEX_BITS)) {
            Integer[] boxed = new Integer[n];
            for (int i = 0; i < n; i++) {
                boxed[i] = i;
            }
            Arrays.sort(boxed, (a, b) -> BY_OPENING.compare(profiles.get(members == null ? a : members[a]),
                    profiles.get(members == null ? b : members[b])));
            for (int i = 0; i < n; i++) {
                order[i] = boxed[i];
            }
            return order;
        }
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            keys[i] = (openings[members == null ? i : members[i]] - earliest) << INDEX_BITS | i;
        }
        Arrays.sort(keys);
        for (int i = 0; i < n; i++) {
            order[i] = (int) (keys[i] & ((1 << INDEX_BITS) - 1));
        }
        // Cases opened at the same instant (the same key above the index bits): by case id, so that the order given
        // changes nothing.
        for (int from = 0; from < n; ) {
            int to = from + 1;
            while (to < n && keys[to] >>> INDEX_BITS == keys[from] >>> INDEX_BITS) {
                to++;
            }
            if (to - from > 1) {
                Integer[] tied = new Integer[to - from];
                for (int i = from; i < to; i++) {
                    tied[i - from] = order[i];
                }
                Arrays.sort(tied, (a, b) -> profiles.get(members == null ? a : members[a]).caseId().value()
                        .compareTo(profiles.get(members == null ? b : members[b]).caseId().value()));
                for (int i = from; i < to; i++) {
                    order[i] = tied[i - from];
                }
            }
            from = to;
        }
        return order;
    }
}
