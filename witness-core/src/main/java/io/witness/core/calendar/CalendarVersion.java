package io.witness.core.calendar;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The definition of a calendar from a date on: its zone, weekly hours, holidays and extra days. A
 * version takes effect at the start of {@code effectiveFrom} in its own zone and holds until the next
 * version takes effect; the first version has no start.
 *
 * <p>Immutable and thread-safe.
 *
 * @param effectiveFrom the first local date it applies to, or empty for "since always"
 * @param zone the IANA zone its hours are in, not null
 * @param week the weekly hours, not null
 * @param holidays the holidays, not null
 * @param extraDays the extra days, not null
 */
public record CalendarVersion(
        Optional<LocalDate> effectiveFrom,
        ZoneId zone,
        WeeklyHours week,
        List<Holiday> holidays,
        List<ExtraDay> extraDays) {

    public CalendarVersion {
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(week, "week");
        holidays = List.copyOf(holidays);
        extraDays = List.copyOf(extraDays);
    }

    /** A calendar with no holidays and no extra days, valid since always. */
    public static CalendarVersion of(ZoneId zone, WeeklyHours week) {
        return new CalendarVersion(Optional.empty(), zone, week, List.of(), List.of());
    }

    /**
     * The hours open on a local date: an extra day's hours, else a holiday's (closed when it has none),
     * else the week's.
     */
    public List<OpenHours> hoursOn(LocalDate date) {
        for (ExtraDay extra : extraDays) {
            if (extra.date().equals(date)) {
                return extra.hours();
            }
        }
        for (Holiday holiday : holidays) {
            if (holiday.rule().fallsOn(date)) {
                return holiday.hours();
            }
        }
        return week.on(date.getDayOfWeek());
    }
}
