package io.witness.core.clock;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One stretch of a clock's life, {@code [from, to)}, in which it was running or paused, with why, and
 * how much business time of its calendar lies inside it.
 *
 * @param from start, inclusive
 * @param to end, exclusive
 * @param running true when the clock counted this stretch
 * @param cause why it was running or paused; {@link #reason()} puts it into words
 * @param business the open time of the clock's calendar inside the stretch
 */
public record Segment(Instant from, Instant to, boolean running, Cause cause, Duration business) {

    public Segment {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(business, "business");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("Segment end " + to + " is before its start " + from);
        }
    }

    /** Why it was running or paused, in words ("started: opened (client)", "paused: status (provider), now …"). */
    public String reason() {
        return cause.text();
    }
}
