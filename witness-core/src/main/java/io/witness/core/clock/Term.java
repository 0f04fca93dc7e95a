package io.witness.core.clock;

import io.witness.core.calendar.BusinessCalendar;
import java.util.Objects;

/**
 * The target of a clock for one priority and the calendar it is measured on.
 *
 * @param target how long the clock may run, not null
 * @param calendarName the calendar's name in the contract, for explanations, not null
 * @param calendar the calendar, not null
 */
public record Term(Target target, String calendarName, BusinessCalendar calendar) {

    public Term {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(calendarName, "calendarName");
        Objects.requireNonNull(calendar, "calendar");
    }
}
