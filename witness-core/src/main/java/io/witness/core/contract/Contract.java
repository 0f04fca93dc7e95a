package io.witness.core.contract;

import io.witness.core.calendar.BusinessCalendar;
import io.witness.core.clock.ClockDefinition;
import io.witness.core.clock.StatusClassifier;
import io.witness.core.event.Side;
import io.witness.core.event.StatusClass;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The terms of a contract that the clock engine needs: named calendars, clocks, and each side's status
 * classes. Immutable and thread-safe.
 *
 * @param calendars calendars by name, not null
 * @param clocks the SLA clocks in contract order, not null
 * @param statusClasses for each side, the class of each of its status texts, not null
 */
public record Contract(
        Map<String, BusinessCalendar> calendars,
        List<ClockDefinition> clocks,
        Map<Side, Map<String, StatusClass>> statusClasses) {

    public Contract {
        calendars = Map.copyOf(calendars);
        clocks = List.copyOf(clocks);
        Objects.requireNonNull(statusClasses, "statusClasses");
        statusClasses = Map.copyOf(statusClasses);
    }

    /** The status classes of this contract, falling back to status texts that name a class. */
    public StatusClassifier statusClassifier() {
        return StatusClassifier.of(statusClasses);
    }
}
