package io.witness.sources.time;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A time as a file wrote it: an instant (the text had an offset), a local date and time (it had none), a
 * date alone, or a time of day alone. Immutable and thread-safe.
 */
public sealed interface TimeValue {

    /** A time written with its offset ({@code 2026-03-06T16:00:00-05:00}): an instant, no zone needed. */
    record Absolute(Instant instant) implements TimeValue {
        public Absolute {
            Objects.requireNonNull(instant, "instant");
        }
    }

    /** A date and time written without an offset: it needs the file's zone. */
    record Local(LocalDateTime dateTime) implements TimeValue {
        public Local {
            Objects.requireNonNull(dateTime, "dateTime");
        }
    }

    /** A date without a time of day. */
    record DateOnly(LocalDate date) implements TimeValue {
        public DateOnly {
            Objects.requireNonNull(date, "date");
        }
    }

    /** A time of day without a date ({@code 09:15}), to be put on a date given elsewhere. */
    record TimeOfDay(LocalTime time) implements TimeValue {
        public TimeOfDay {
            Objects.requireNonNull(time, "time");
        }
    }

    /** True when the value needs a zone to be an instant. */
    default boolean needsZone() {
        return !(this instanceof Absolute);
    }

    /**
     * The instant: as written for {@link Absolute}; a local date and time (a date alone at its start of
     * day) in {@code zone} by {@link LocalTimes}'s rule.
     *
     * @throws DateTimeException for a {@link TimeOfDay}, which has no date
     */
    default Instant instant(ZoneId zone) {
        if (this instanceof Absolute absolute) {
            return absolute.instant();
        }
        if (this instanceof Local local) {
            return LocalTimes.instant(local.dateTime(), zone);
        }
        if (this instanceof DateOnly dateOnly) {
            return LocalTimes.instant(dateOnly.date().atStartOfDay(), zone);
        }
        throw new DateTimeException("A time of day " + ((TimeOfDay) this).time() + " has no date to be an instant");
    }
}
