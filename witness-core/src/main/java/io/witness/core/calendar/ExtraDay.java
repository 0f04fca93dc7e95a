package io.witness.core.calendar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A date on which the service is open the given hours instead of what the week or a holiday says
 * (a Saturday worked before a migration).
 *
 * <p>Immutable and thread-safe.
 *
 * @param date the date, not null
 * @param hours the hours open that day, not empty
 */
public record ExtraDay(LocalDate date, List<OpenHours> hours) {

    public ExtraDay {
        Objects.requireNonNull(date, "date");
        hours = List.copyOf(hours);
        if (hours.isEmpty()) {
            throw new DateTimeException("Extra day " + date + " needs the hours it is open");
        }
    }
}
