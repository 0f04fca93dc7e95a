package io.witness.core.kpi;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Consecutive reporting periods of one length, and the zone whose midnights bound them: a month in New
 * York starts at 00:00 New York time on its first day. Instants are placed in a period by
 * {@link #indexOf(long)} in constant time. Immutable and thread-safe.
 */
public final class ReportingPeriods {

    private static final long DAY = 86_400_000L;
    /** The longest span, in days, placed through a table: some 270 years of periods. */
    private static final long MAX_DAYS = 100_000;

    private final List<ReportingPeriod> periods;
    private final ZoneId zone;
    /** Period i is [bounds[i], bounds[i+1]) in epoch milliseconds. */
    private final long[] bounds;
    /**
     * The period holding the start of each stretch of 24 hours from the first bound, so that an instant's period
     * is found by one division and at most one step (a period is longer than a day, so a stretch crosses at most
     * one bound); null when the span is too long for such a table.
     */
    private final int @Nullable [] byDay;

    private ReportingPeriods(List<ReportingPeriod> periods, ZoneId zone) {
        this.periods = List.copyOf(periods);
        this.zone = Objects.requireNonNull(zone, "zone");
        this.bounds = new long[periods.size() + 1];
        for (int i = 0; i < periods.size(); i++) {
            bounds[i] = startMillis(periods.get(i).startInclusive(), zone);
        }
        bounds[periods.size()] = startMillis(periods.get(periods.size() - 1).endExclusive(), zone);
        long days = (bounds[periods.size()] - bounds[0] + DAY - 1) / DAY;
        if (days <= MAX_DAYS) {
            byDay = new int[(int) days];
            for (int d = 0, period = 0; d < byDay.length; d++) {
                while (bounds[0] + d * DAY >= bounds[period + 1]) {
                    period++;
                }
                byDay[d] = period;
            }
        } else {
            byDay = null;
        }
    }

    /**
     * The periods from {@code first} to {@code last}, both included.
     *
     * @throws DateTimeException if they differ in length or {@code last} is before {@code first}
     */
    public static ReportingPeriods of(ReportingPeriod first, ReportingPeriod last, ZoneId zone) {
        if (first.length() != last.length()) {
            throw new DateTimeException("A range of periods is all months or all quarters, got " + first + " and " + last);
        }
        if (last.startInclusive().isBefore(first.startInclusive())) {
            throw new DateTimeException("The last period " + last + " is before the first " + first);
        }
        List<ReportingPeriod> periods = new ArrayList<>();
        for (ReportingPeriod p = first; !p.startInclusive().isAfter(last.startInclusive()); p = p.next()) {
            periods.add(p);
        }
        return new ReportingPeriods(periods, zone);
    }

    /**
     * {@code 2026-01..2026-03} (three months), {@code 2026-Q1..2026-Q2} (two quarters), or one period
     * ({@code 2026-02}, {@code 2026-Q3}).
     *
     * @throws DateTimeException if the text is not of that form, with the text in the message
     */
    public static ReportingPeriods parse(String text, ZoneId zone) {
        Objects.requireNonNull(text, "text");
        int dots = text.indexOf("..");
        try {
            if (dots < 0) {
                ReportingPeriod only = ReportingPeriod.parse(text.trim());
                return of(only, only, zone);
            }
            return of(ReportingPeriod.parse(text.substring(0, dots).trim()),
                    ReportingPeriod.parse(text.substring(dots + 2).trim()), zone);
        } catch (DateTimeException e) {
            throw new DateTimeException("Expected periods such as 2026-01..2026-03 or 2026-Q1..2026-Q2, found '" + text
                    + "': " + e.getMessage(), e);
        }
    }

    /** The periods of a length that cover every instant from {@code first} to {@code last} in the zone. */
    public static ReportingPeriods covering(Instant first, Instant last, ReportingPeriod.Length length, ZoneId zone) {
        if (last.isBefore(first)) {
            throw new DateTimeException("The last instant " + last + " is before the first " + first);
        }
        return of(ReportingPeriod.containing(LocalDate.ofInstant(first, zone), length),
                ReportingPeriod.containing(LocalDate.ofInstant(last, zone), length), zone);
    }

    /** The periods, in order; never empty. */
    public List<ReportingPeriod> periods() {
        return periods;
    }

    public int size() {
        return periods.size();
    }

    public ReportingPeriod get(int index) {
        return periods.get(index);
    }

    public ZoneId zone() {
        return zone;
    }

    /** The first instant of period {@code index}, in epoch milliseconds. */
    public long startMillis(int index) {
        return bounds[index];
    }

    /** The first instant after period {@code index}, in epoch milliseconds. */
    public long endMillis(int index) {
        return bounds[index + 1];
    }

    /** The index of the period holding the instant, or -1 when it lies outside every period. */
    public int indexOf(long epochMillis) {
        if (epochMillis < bounds[0] || epochMillis >= bounds[bounds.length - 1]) {
            return -1;
        }
        if (byDay != null) {
            int period = byDay[(int) ((epochMillis - bounds[0]) / DAY)];
            return epochMillis >= bounds[period + 1] ? period + 1 : period;
        }
        int found = Arrays.binarySearch(bounds, epochMillis);
        return found >= 0 ? found : -found - 2;
    }

    private static long startMillis(LocalDate date, ZoneId zone) {
        // atStartOfDay gives the first valid instant of the date, also where midnight falls in a DST gap.
        return date.atStartOfDay(zone).toInstant().toEpochMilli();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ReportingPeriods p && periods.equals(p.periods) && zone.equals(p.zone);
    }

    @Override
    public int hashCode() {
        return Objects.hash(periods, zone);
    }

    /** {@code 2026-01..2026-03 (America/New_York)}. */
    @Override
    public String toString() {
        return periods.get(0) + (periods.size() == 1 ? "" : ".." + periods.get(periods.size() - 1)) + " (" + zone + ")";
    }
}
