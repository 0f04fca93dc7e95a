package io.witness.sources.time;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * The instant of a local time in a zone, by one rule every importer follows, so that the same file always
 * gives the same instants:
 * <ul>
 *   <li>a local time shown twice (the hour repeated when clocks go back) is its <em>first</em> showing, at
 *       the earlier of the two offsets (summer time): 02:30 on 2026-10-25 in Europe/Berlin is 00:30Z;</li>
 *   <li>a local time the clocks skipped (the hour lost when they go forward) is moved forward by the length
 *       of the gap: 02:30 on 2026-03-29 in Europe/Berlin is read as 03:30+02:00, 01:30Z.</li>
 * </ul>
 * This is {@link ZonedDateTime#ofLocal} with no preferred offset. Stateless.
 */
public final class LocalTimes {

    private LocalTimes() {
    }

    /**
     * The instant of {@code local} in {@code zone} by the rule above.
     *
     * @param local not null
     * @param zone not null
     */
    public static Instant instant(LocalDateTime local, ZoneId zone) {
        Objects.requireNonNull(local, "local");
        Objects.requireNonNull(zone, "zone");
        return ZonedDateTime.ofLocal(local, zone, null).toInstant();
    }

    /** True when {@code local} does not exist in {@code zone} (the clocks skipped it). */
    public static boolean isSkipped(LocalDateTime local, ZoneId zone) {
        return zone.getRules().getValidOffsets(local).isEmpty();
    }

    /** True when {@code local} is shown twice in {@code zone} (the clocks went back over it). */
    public static boolean isRepeated(LocalDateTime local, ZoneId zone) {
        return zone.getRules().getValidOffsets(local).size() > 1;
    }
}
