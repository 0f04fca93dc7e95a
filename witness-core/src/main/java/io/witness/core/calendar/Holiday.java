package io.witness.core.calendar;

import java.util.List;
import java.util.Objects;

/**
 * A holiday: on the dates its rule gives, the day is closed, or when {@code hours} is not empty, open
 * only those hours instead of the week's.
 *
 * <p>Immutable and thread-safe.
 *
 * @param rule the dates, not null
 * @param hours the hours open on those dates; empty means closed all day
 */
public record Holiday(HolidayRule rule, List<OpenHours> hours) {

    public Holiday {
        Objects.requireNonNull(rule, "rule");
        hours = List.copyOf(hours);
    }

    /** Closed all day on the dates of the rule. */
    public static Holiday closed(HolidayRule rule) {
        return new Holiday(rule, List.of());
    }
}
