package io.witness.core.clock;

import io.witness.core.calendar.BusinessCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;

/**
 * The deadlines of relative targets ("by 12:00 the next business day") remembered per local date, since
 * every clock started on one date has the same deadline and finding it walks dates and zone rules. The
 * same answers as {@link Target.ByTimeOfBusinessDay#allowedMillis}. Only calendars of one version are
 * remembered, and only dates without a zone offset change (a DST day is computed each time), so that an
 * instant's local date is known from the date's first and last instants alone.
 *
 * <p>Mutable; one thread only (each thread's replay has its own).
 */
final class RelativeDeadlines {

    private static final long DAY_MILLIS = 86_400_000L;
    /**
     * A slot for each local date of a year and more, by the date's epoch day: distinct dates of a year
     * never share one, so the starts of a case and the next on neighbouring dates do not evict each other.
     */
    private static final int SLOTS = 512;

    private final Target.ByTimeOfBusinessDay[] targets = new Target.ByTimeOfBusinessDay[SLOTS];
    private final BusinessCalendar[] calendars = new BusinessCalendar[SLOTS];
    /** The local date's first instant and the next date's, in epoch milliseconds. */
    private final long[] dateStarts = new long[SLOTS];
    private final long[] dateEnds = new long[SLOTS];
    private final long[] deadlines = new long[SLOTS];

    /** {@code target.allowedMillis(start, calendar)}. */
    long allowedMillis(Target.ByTimeOfBusinessDay target, long start, BusinessCalendar calendar) {
        return Math.max(0, calendar.betweenMillis(start, deadlineMillis(target, start, calendar)));
    }

    /** {@code target.deadlineMillis(start, calendar)}. */
    long deadlineMillis(Target.ByTimeOfBusinessDay target, long start, BusinessCalendar calendar) {
        // The start's local date is its UTC date, the day before or the day after (offsets are within
        // a day): its slot is one of those three days'.
        long utcDay = Math.floorDiv(start, DAY_MILLIS);
        for (long day = utcDay - 1; day <= utcDay + 1; day++) {
            int slot = (int) (day & (SLOTS - 1));
            if (targets[slot] == target && calendars[slot] == calendar && start >= dateStarts[slot]
                    && start < dateEnds[slot]) {
                return deadlines[slot];
            }
        }
        long deadline = target.deadlineMillis(start, calendar);
        if (calendar.versions().size() == 1) {
            remember(target, start, calendar, deadline);
        }
        return deadline;
    }

    private void remember(Target.ByTimeOfBusinessDay target, long start, BusinessCalendar calendar, long deadline) {
        ZoneId zone = calendar.versions().get(0).zone();
        Instant begin = Instant.ofEpochMilli(start);
        LocalDate date = LocalDate.ofInstant(begin, zone);
        int slot = (int) (date.toEpochDay() & (SLOTS - 1));
        long dateStart = date.atStartOfDay(zone).toInstant().toEpochMilli();
        long dateEnd = date.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
        ZoneOffsetTransition change = zone.getRules().nextTransition(Instant.ofEpochMilli(dateStart));
        if (change != null && change.toEpochSecond() * 1000 < dateEnd || start < dateStart || start >= dateEnd) {
            return;
        }
        targets[slot] = target;
        calendars[slot] = calendar;
        dateStarts[slot] = dateStart;
        dateEnds[slot] = dateEnd;
        deadlines[slot] = deadline;
    }
}
