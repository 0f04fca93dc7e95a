package io.witness.core.pattern;

import java.util.Arrays;

/**
 * The Theil–Sen line through points: its slope is the median of the slopes between every two points with
 * different x, its intercept the median of {@code y - slope * x}. Robust to outliers, as the Mann–Kendall
 * test it goes with. Immutable.
 *
 * @param slope the change of y per unit of x
 * @param intercept y at x = 0
 */
public record TheilSen(double slope, double intercept) {

    /**
     * The line through the points.
     *
     * @param x the x values, at least one
     * @param y the y values, as many as x
     * @throws IllegalArgumentException if the arrays differ in length or are empty
     */
    public static TheilSen of(double[] x, double[] y) {
        if (x.length != y.length || x.length == 0) {
            throw new IllegalArgumentException("A line needs as many x as y values, at least one, got " + x.length + " and "
                    + y.length);
        }
        int n = x.length;
        double[] slopes = new double[n * (n - 1) / 2];
        int count = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (x[j] != x[i]) {
                    slopes[count++] = (y[j] - y[i]) / (x[j] - x[i]);
                }
            }
        }
        double slope = count == 0 ? 0 : median(slopes, count);
        double[] intercepts = new double[n];
        for (int i = 0; i < n; i++) {
            intercepts[i] = y[i] - slope * x[i];
        }
        return new TheilSen(slope, median(intercepts, n));
    }

    /** y on the line at {@code x}. */
    public double at(double x) {
        return intercept + slope * x;
    }

    private static double median(double[] values, int count) {
        Arrays.sort(values, 0, count);
        return count % 2 == 1 ? values[count / 2] : (values[count / 2 - 1] + values[count / 2]) / 2;
    }
}
