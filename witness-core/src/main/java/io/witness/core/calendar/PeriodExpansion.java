package io.witness.core.calendar;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Turns calendar versions into the open periods of one UTC year. Each local date is governed by the
 * version in effect on that date (in that version's zone); a period belongs to the date it starts on.
 */
final class PeriodExpansion {

    private final List<CalendarVersion> versions;
    /** The first local date of each version; index 0 is LocalDate.MIN. */
    private final LocalDate[] firstDates;

    PeriodExpansion(List<CalendarVersion> versions) {
        this.versions = versions;
        this.firstDates = new LocalDate[versions.size()];
        for (int v = 0; v < versions.size(); v++) {
            firstDates[v] = versions.get(v).effectiveFrom().orElse(LocalDate.MIN);
        }
    }

    /** Which local dates are business days (have open hours), one array a year, built on first use. */
    private final AtomicReferenceArray<boolean[]> businessDays = new AtomicReferenceArray<>(UtcYears.COUNT + 2);

    /** True when the date has open hours under the version governing it; dates 1899 to 2400. */
    boolean isBusinessDay(LocalDate date) {
        int index = date.getYear() - UtcYears.FIRST + 1;
        boolean[] days = businessDays.get(index);
        if (days == null) {
            LocalDate first = LocalDate.of(date.getYear(), 1, 1);
            days = new boolean[first.lengthOfYear()];
            for (int d = 0; d < days.length; d++) {
                LocalDate day = first.plusDays(d);
                days[d] = !versionOn(day).hoursOn(day).isEmpty();
            }
            businessDays.compareAndSet(index, null, days);
        }
        return days[date.getDayOfYear() - 1];
    }

    /**
     * The instant n business days away from t's local date ({@code step} 1 after, -1 before), at t's local
     * time of day in the zone of the version governing that date.
     *
     * @param zone the zone in effect at t
     * @throws DateTimeException if there are not n business days within the supported range
     */
    Instant sameTimeBusinessDaysAway(Instant t, ZoneId zone, int n, int step) {
        LocalDateTime local = LocalDateTime.ofInstant(t, zone);
        LocalDate date = local.toLocalDate();
        for (int moved = 0; moved < n; ) {
            date = date.plusDays(step);
            if (date.getYear() < UtcYears.FIRST || date.getYear() >= UtcYears.END) {
                throw new DateTimeException("The calendar has no " + n + " business days " + (step > 0 ? "after " : "before ")
                        + t + " within the supported range " + UtcYears.FIRST + " to " + (UtcYears.END - 1));
            }
            if (isBusinessDay(date)) {
                moved++;
            }
        }
        return Instant.ofEpochMilli(toEpochMilli(date.atTime(local.toLocalTime()), versionOn(date).zone().getRules(), false));
    }

    /** The version governing a local date. */
    CalendarVersion versionOn(LocalDate date) {
        for (int v = versions.size() - 1; v > 0; v--) {
            if (!date.isBefore(firstDates[v])) {
                return versions.get(v);
            }
        }
        return versions.get(0);
    }

    YearPeriods expand(int yearIndex) {
        long yearStart = UtcYears.start(yearIndex);
        long yearEnd = UtcYears.end(yearIndex);
        long[] starts = new long[1024];
        long[] ends = new long[1024];
        int count = 0;
        for (int v = 0; v < versions.size(); v++) {
            CalendarVersion version = versions.get(v);
            ZoneId zone = version.zone();
            // A period may start up to a day before the year (overnight) and zone offsets reach 18 hours.
            LocalDate from = localDate(yearStart, zone).minusDays(2);
            LocalDate to = localDate(yearEnd, zone).plusDays(1);
            if (from.isBefore(firstDates[v])) {
                from = firstDates[v];
            }
            if (v + 1 < versions.size() && !to.isBefore(firstDates[v + 1])) {
                to = firstDates[v + 1].minusDays(1);
            }
            ZoneRules rules = zone.getRules();
            for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
                for (OpenHours hours : version.hoursOn(date)) {
                    LocalDateTime localStart = date.atTime(hours.start());
                    long start = toEpochMilli(localStart, rules, false);
                    long end = toEpochMilli(localStart.plus(hours.length()), rules, true);
                    if (end <= yearStart || start >= yearEnd || end <= start) {
                        continue;
                    }
                    if (count == starts.length) {
                        starts = Arrays.copyOf(starts, count * 2);
                        ends = Arrays.copyOf(ends, count * 2);
                    }
                    starts[count] = start;
                    ends[count] = end;
                    count++;
                }
            }
        }
        return YearPeriods.merge(yearIndex, starts, ends, count);
    }

    /**
     * A local date-time as an instant. A time the wall clock skipped (DST gap) is the instant the clock
     * jumped; a time it showed twice is its first showing for a start and its second for an end, so a
     * period covers every instant whose wall time lies inside it.
     */
    static long toEpochMilli(LocalDateTime local, ZoneRules rules, boolean isEnd) {
        List<ZoneOffset> offsets = rules.getValidOffsets(local);
        if (offsets.isEmpty()) {
            return rules.getTransition(local).getInstant().toEpochMilli();
        }
        ZoneOffset offset = isEnd ? offsets.get(offsets.size() - 1) : offsets.get(0);
        return local.toInstant(offset).toEpochMilli();
    }

    private static LocalDate localDate(long epochMilli, ZoneId zone) {
        return LocalDate.ofInstant(Instant.ofEpochMilli(epochMilli), zone);
    }

}
