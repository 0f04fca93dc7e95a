package io.witness.core.pattern;

import java.util.Arrays;

/**
 * The Mann–Kendall test for a monotonic trend in a series (Mann 1945, Kendall 1975): S is the number of
 * later values above an earlier one minus the number below. Its two-sided p-value is exact for up to
 * {@value #EXACT_UP_TO} values without ties (the distribution of inversions of a random permutation);
 * otherwise it is the normal approximation with the variance corrected for ties and a continuity
 * correction of 1. Immutable.
 *
 * @param n how many values
 * @param s the statistic
 * @param variance the variance of S under no trend, corrected for ties
 * @param p the two-sided p-value, from 0 to 1
 * @param exact true when p is exact, false when it is the normal approximation
 */
public record MannKendall(int n, long s, double variance, double p, boolean exact) {

    /** The largest series whose p-value is computed exactly (10! permutations fit a long many times over). */
    public static final int EXACT_UP_TO = 10;

    /** @throws IllegalArgumentException if p is outside [0, 1] or n is negative */
    public MannKendall {
        if (n < 0 || !(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("A Mann-Kendall result needs n >= 0 and 0 <= p <= 1, got n = " + n + ", p = " + p);
        }
    }

    /** The test of a series in its order; fewer than 2 values give S = 0, p = 1. */
    public static MannKendall of(double[] values) {
        int n = values.length;
        long s = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                s += Double.compare(values[j], values[i]) > 0 ? 1 : values[j] < values[i] ? -1 : 0;
            }
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double ties = 0;
        boolean tied = false;
        for (int i = 0; i < n;) {
            int j = i;
            while (j < n && sorted[j] == sorted[i]) {
                j++;
            }
            long t = j - i;
            if (t > 1) {
                tied = true;
                ties += t * (t - 1) * (2 * t + 5);
            }
            i = j;
        }
        double variance = (n * (n - 1.0) * (2 * n + 5) - ties) / 18;
        if (n < 2) {
            return new MannKendall(n, 0, variance, 1, true);
        }
        if (n <= EXACT_UP_TO && !tied) {
            return new MannKendall(n, s, variance, exactP(n, s), true);
        }
        double z = s == 0 || variance <= 0 ? 0 : (s - Math.signum(s)) / Math.sqrt(variance);
        return new MannKendall(n, s, variance, Math.min(1, 2 * Normal.upperTail(Math.abs(z))), false);
    }

    /**
     * P(|S| >= |s|) without ties: S = N - 2I where N = n(n-1)/2 and I, the inversions of a random
     * permutation, has the Mahonian distribution, counted by adding one element at a time.
     */
    private static double exactP(int n, long s) {
        int pairs = n * (n - 1) / 2;
        long[] counts = new long[pairs + 1];
        counts[0] = 1;
        for (int k = 2; k <= n; k++) {
            long[] next = new long[pairs + 1];
            for (int inversions = 0; inversions <= pairs; inversions++) {
                if (counts[inversions] == 0) {
                    continue;
                }
                for (int added = 0; added < k && inversions + added <= pairs; added++) {
                    next[inversions + added] += counts[inversions];
                }
            }
            counts = next;
        }
        long total = 0;
        long atLeast = 0;
        long absS = Math.abs(s);
        for (int inversions = 0; inversions <= pairs; inversions++) {
            total += counts[inversions];
            if (Math.abs(pairs - 2L * inversions) >= absS) {
                atLeast += counts[inversions];
            }
        }
        return Math.min(1, (double) atLeast / total);
    }

    /** True when the trend is significant at {@code alpha} (p < alpha). */
    public boolean isSignificant(double alpha) {
        return p < alpha;
    }
}
