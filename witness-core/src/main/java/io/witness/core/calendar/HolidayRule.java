package io.witness.core.calendar;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

/**
 * Which dates a holiday falls on. Immutable and thread-safe.
 */
public sealed interface HolidayRule {

    /** True when the holiday falls on {@code date}. */
    boolean fallsOn(LocalDate date);

    /** One date. */
    record OnDate(LocalDate date) implements HolidayRule {
        public OnDate {
            Objects.requireNonNull(date, "date");
        }

        @Override
        public boolean fallsOn(LocalDate day) {
            return date.equals(day);
        }
    }

    /**
     * The same month and day each year. When {@code observed}, a date on a Saturday is taken on the
     * Friday before and one on a Sunday on the Monday after (the US federal rule). February 29 falls only
     * in leap years.
     */
    record EveryYear(MonthDay monthDay, boolean observed) implements HolidayRule {
        public EveryYear {
            Objects.requireNonNull(monthDay, "monthDay");
        }

        @Override
        public boolean fallsOn(LocalDate day) {
            if (!observed) {
                return MonthDay.from(day).equals(monthDay);
            }
            return observedIn(day.getYear()).equals(day)
                    || observedIn(day.getYear() + 1).equals(day)
                    || observedIn(day.getYear() - 1).equals(day);
        }

        private LocalDate observedIn(int year) {
            if (!monthDay.isValidYear(year)) {
                return LocalDate.MIN;
            }
            LocalDate date = monthDay.atYear(year);
            return switch (date.getDayOfWeek()) {
                case SATURDAY -> date.minusDays(1);
                case SUNDAY -> date.plusDays(1);
                default -> date;
            };
        }
    }

    /** Every date from {@code first} to {@code last}, both included. */
    record Between(LocalDate first, LocalDate last) implements HolidayRule {
        public Between {
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(last, "last");
            if (last.isBefore(first)) {
                throw new DateTimeException("Holiday range ends " + last + " before it starts " + first);
            }
        }

        @Override
        public boolean fallsOn(LocalDate day) {
            return !day.isBefore(first) && !day.isAfter(last);
        }
    }

    /**
     * The n-th given weekday of a month each year (Thanksgiving: 4th Thursday of November); {@code nth}
     * -1 is the last one (Memorial Day: last Monday of May).
     */
    record NthWeekday(Month month, DayOfWeek weekday, int nth) implements HolidayRule {
        public NthWeekday {
            Objects.requireNonNull(month, "month");
            Objects.requireNonNull(weekday, "weekday");
            if (nth == 0 || nth < -1 || nth > 5) {
                throw new DateTimeException("The n-th weekday must be 1 to 5 or -1 for the last, got " + nth);
            }
        }

        @Override
        public boolean fallsOn(LocalDate day) {
            if (day.getMonth() != month || day.getDayOfWeek() != weekday) {
                return false;
            }
            LocalDate first = day.withDayOfMonth(1);
            LocalDate target = nth == -1
                    ? first.with(TemporalAdjusters.lastInMonth(weekday))
                    : first.with(TemporalAdjusters.dayOfWeekInMonth(nth, weekday));
            return target.equals(day);
        }
    }
}
