package io.witness.core.calendar;

import java.time.DayOfWeek;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The open hours of each weekday; a weekday left out is closed. Several periods a day are allowed (a
 * lunch break), and a period may run past midnight.
 *
 * <p>Immutable and thread-safe.
 *
 * @param days the periods of each weekday, not null; copied
 */
public record WeeklyHours(Map<DayOfWeek, List<OpenHours>> days) {

    public WeeklyHours {
        Objects.requireNonNull(days, "days");
        EnumMap<DayOfWeek, List<OpenHours>> copy = new EnumMap<>(DayOfWeek.class);
        days.forEach((day, hours) -> copy.put(day, List.copyOf(hours)));
        days = java.util.Collections.unmodifiableMap(copy);
    }

    /** Open around the clock every day. */
    public static WeeklyHours always() {
        EnumMap<DayOfWeek, List<OpenHours>> days = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            days.put(day, List.of(OpenHours.allDay()));
        }
        return new WeeklyHours(days);
    }

    /** The same periods on each of the given days. */
    public static WeeklyHours of(List<DayOfWeek> days, List<OpenHours> hours) {
        EnumMap<DayOfWeek, List<OpenHours>> map = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : days) {
            map.put(day, hours);
        }
        return new WeeklyHours(map);
    }

    /** The periods of a weekday; empty when it is closed. */
    public List<OpenHours> on(DayOfWeek day) {
        return days.getOrDefault(day, List.of());
    }
}
