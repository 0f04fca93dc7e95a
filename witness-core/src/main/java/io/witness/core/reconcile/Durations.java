package io.witness.core.reconcile;

import java.time.Duration;

/**
 * Durations as a reader says them in a finding: {@code 8 min}, {@code 2 h 47 min}, {@code 4 h},
 * {@code 30 s} (under a minute). Business time is never said in days: a business day's length depends on
 * the calendar.
 */
public final class Durations {

    private Durations() {
    }

    /** The duration in hours and minutes (seconds only under a minute); the sign kept. */
    public static String words(Duration duration) {
        String sign = duration.isNegative() ? "-" : "";
        Duration abs = duration.abs();
        long minutes = abs.toMinutes();
        if (minutes == 0) {
            return sign + abs.toSeconds() + " s";
        }
        long hours = minutes / 60;
        long mins = minutes % 60;
        if (hours == 0) {
            return sign + mins + " min";
        }
        return sign + hours + " h" + (mins > 0 ? " " + mins + " min" : "");
    }

    /** Whole minutes, rounded down, for the "N minutes" of a sentence. */
    public static long minutes(Duration duration) {
        return duration.toMinutes();
    }
}
