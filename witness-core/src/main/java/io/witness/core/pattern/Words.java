package io.witness.core.pattern;

import io.witness.core.reconcile.Durations;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** How pattern sentences write their numbers. */
final class Words {

    private Words() {
    }

    /** {@code 33.3%}: one decimal. */
    static String percent(long part, long whole) {
        return whole == 0 ? "0.0%" : percent(100.0 * part / whole);
    }

    static String percent(double percent) {
        return String.format(Locale.ROOT, "%.1f%%", percent);
    }

    /** {@code 1 h 2 min}. */
    static String duration(long millis) {
        return Durations.words(Duration.ofMillis(millis));
    }

    /** {@code p = 0.003}, or {@code p < 0.001}. */
    static String p(double p) {
        return p < 0.001 ? "p < 0.001" : String.format(Locale.ROOT, "p = %.3f", p);
    }

    /** {@code A}, {@code A and B}, {@code A, B and C}. */
    static String and(List<String> items) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /** {@code 1 case}, {@code 2 cases}. */
    static String cases(long n) {
        return n == 1 ? "1 case" : n + " cases";
    }
}
