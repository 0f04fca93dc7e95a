package io.witness.core.reconcile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A case with its opening as numbers (epoch milliseconds, then the nanosecond of its second for instants finer than
 * that) and its id: what correlation sorts its cases by.
 */
record CaseOpening(long millis, int nano, String id, Case theCase) {

    /** The order of cases: by opening, then id. */
    static final Comparator<CaseOpening> ORDER = (a, b) -> a.millis != b.millis ? Long.compare(a.millis, b.millis)
            : a.nano != b.nano ? Integer.compare(a.nano, b.nano) : a.id.compareTo(b.id);

    /** Bits of a sort key that hold a case's place in the array; the rest hold its opening's milliseconds from the first. */
    private static final int PLACE_BITS = 22;

    /** The case, opened when {@code first} (its earlier ticket) opened. */
    CaseOpening(TicketFacts first, Case theCase) {
        this(first.opened, first.openedNano, theCase.id().value(), theCase);
    }

    /**
     * The cases in {@link #ORDER}. Sorted as numbers (each case's milliseconds from the earliest opening, with its
     * place in the low bits) rather than by a comparator of objects; the few cases that open in the same millisecond
     * are then put in order by {@link #ORDER}. When the openings span too long or the cases are too many for one
     * number, by {@link #ORDER} alone.
     */
    static List<Case> inOrder(CaseOpening[] openings) {
        int n = openings.length;
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (CaseOpening opening : openings) {
            first = Math.min(first, opening.millis);
            last = Math.max(last, opening.millis);
        }
        CaseOpening[] sorted;
        if (n == 0 || n >= 1 << PLACE_BITS || last - first >= 1L << (63 - PLACE_BITS) || last - first < 0) {
            sorted = openings.clone();
            Arrays.parallelSort(sorted, ORDER);
        } else {
            long[] keys = new long[n];
            for (int i = 0; i < n; i++) {
                keys[i] = (openings[i].millis - first) << PLACE_BITS | i;
            }
            Arrays.parallelSort(keys);
            sorted = new CaseOpening[n];
            int mask = (1 << PLACE_BITS) - 1;
            for (int i = 0; i < n; i++) {
                sorted[i] = openings[(int) (keys[i] & mask)];
            }
            // Cases of the same millisecond are in the order of their places: put them in ORDER.
            for (int start = 0; start < n; ) {
                int end = start + 1;
                while (end < n && sorted[end].millis == sorted[start].millis) {
                    end++;
                }
                if (end - start > 1) {
                    Arrays.sort(sorted, start, end, ORDER);
                }
                start = end;
            }
        }
        List<Case> cases = new ArrayList<>(n);
        for (CaseOpening opening : sorted) {
            cases.add(opening.theCase);
        }
        return cases;
    }
}
