package io.witness.core.clock;

import io.witness.core.calendar.BusinessCalendar;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * How long a clock may run: a business duration, a time of a later business day, or a number of whole
 * business days. Immutable.
 */
public sealed interface Target {

    /**
     * The business time allowed for a clock started at {@code start} on {@code calendar}.
     *
     * @return not negative
     */
    long allowedMillis(long start, BusinessCalendar calendar);

    /** A fixed amount of business time, such as 4 hours. */
    record Within(Duration duration) implements Target {
        public Within {
            Objects.requireNonNull(duration, "duration");
            if (duration.isNegative()) {
                throw new DateTimeException("A target cannot be negative, got " + duration);
            }
        }

        @Override
        public long allowedMillis(long start, BusinessCalendar calendar) {
            return duration.toMillis();
        }

        @Override
        public String toString() {
            return duration.toString();
        }
    }

    /**
     * A deadline at a local time of the n-th business day after the start's date ("by 12:00 the next
     * business day" is {@code businessDays = 1, at = 12:00}; 0 is the start's own date). It becomes the
     * business time between the start and that deadline, so pauses push the deadline out as they do for a
     * fixed duration. A deadline at or before the start allows no time at all.
     */
    record ByTimeOfBusinessDay(int businessDays, LocalTime at) implements Target {
        public ByTimeOfBusinessDay {
            Objects.requireNonNull(at, "at");
            if (businessDays < 0) {
                throw new DateTimeException("Business days must be 0 or more, got " + businessDays);
            }
        }

        @Override
        public long allowedMillis(long start, BusinessCalendar calendar) {
            return Math.max(0, calendar.betweenMillis(start, deadlineMillis(start, calendar)));
        }

        /**
         * The deadline of a clock started at {@code start}, in epoch milliseconds: {@link #at} on the
         * {@link #businessDays}-th business day after the start's local date (rolled to the next opening
         * when closed). It depends only on that local date and the calendar version in effect.
         */
        public long deadlineMillis(long start, BusinessCalendar calendar) {
            Instant begin = Instant.ofEpochMilli(start);
            ZoneId zone = calendar.zoneAt(begin);
            LocalDateTime local = LocalDateTime.ofInstant(begin, zone);
            Instant sameDay = local.toLocalDate().atTime(at).atZone(zone).toInstant();
            Instant deadline = businessDays == 0 ? sameDay : calendar.addDays(sameDay, businessDays);
            return deadline.toEpochMilli();
        }

        @Override
        public String toString() {
            return "by " + at + " on business day +" + businessDays;
        }
    }
    /**
     * A number of whole business days ("2 business days"): from the first opening at or after the start
     * to the same local time {@code days} business days later (moved to the next opening when that is
     * closed), counted as the business time in between, so pauses push it out as they do for a fixed
     * duration. A case opened on Saturday with {@code days = 2} on a Monday-to-Friday calendar is due on
     * Wednesday at the opening, not after 48 hours of business time.
     */
    record BusinessDays(int days) implements Target {
        public BusinessDays {
            if (days < 1) {
                throw new DateTimeException("Business days must be 1 or more, got " + days);
            }
        }

        @Override
        public long allowedMillis(long start, BusinessCalendar calendar) {
            Instant opening = calendar.nextOpen(Instant.ofEpochMilli(start));
            Instant deadline = calendar.addDays(opening, days);
            return Math.max(0, calendar.betweenMillis(start, deadline.toEpochMilli()));
        }

        @Override
        public String toString() {
            return days == 1 ? "1 business day" : days + " business days";
        }
    }
}
