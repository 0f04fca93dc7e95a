package io.witness.app.demo.cli;

import java.time.Duration;

/**
 * Durations as a person reads them: {@code 2h 47m}, {@code 45m}, {@code 27h}. Business time is never
 * shown in days: a business day's length depends on the calendar.
 */
final class DurationText {

    private DurationText() {
    }

    static String of(Duration duration) {
        long minutes = Math.abs(duration.toMinutes());
        String sign = duration.isNegative() ? "-" : "";
        long hours = minutes / 60;
        long mins = minutes % 60;
        if (hours > 0) {
            return sign + hours + "h" + (mins > 0 ? " " + mins + "m" : "");
        }
        return sign + mins + "m";
    }
}
