package io.witness.core.pattern;

import io.witness.core.contract.PartyId;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * When cases open: a day-of-week × hour matrix of the cases opened in the periods, by their local time in
 * the report's zone (the client's), with the busiest hour and day. Immutable.
 *
 * @param provider the provider
 * @param zone the zone of the hours
 * @param cells seven rows, Monday to Sunday, of 24 counts, hour 0 to 23
 */
public record WeeklyHeatmap(PartyId provider, ZoneId zone, List<List<Long>> cells) implements Pattern {

    private static final long DAY = 86_400_000L;
    private static final long HOUR = 3_600_000L;

    /** @throws IllegalArgumentException unless there are 7 rows of 24 counts */
    public WeeklyHeatmap {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(zone, "zone");
        cells = cells.stream().map(List::copyOf).toList();
        if (cells.size() != 7 || cells.stream().anyMatch(row -> row.size() != 24)) {
            throw new IllegalArgumentException("A weekly heatmap has 7 rows of 24 hours");
        }
    }

    /** The heatmap of the cases opened in the periods; empty when none opened. */
    static Optional<WeeklyHeatmap> of(CaseSet set) {
        if (set.opened().isEmpty()) {
            return Optional.empty();
        }
        ZoneId zone = set.periods().zone();
        LocalMillis times = set.localMillis();
        long[][] counts = new long[7][24];
        for (int i = 0, n = set.opened().size(); i < n; i++) {
            long local = times.local(set.openedAt(i));
            long epochDay = Math.floorDiv(local, DAY);
            // 1 January 1970 was a Thursday: day 0 is Monday's index 3.
            counts[(int) Math.floorMod(epochDay + 3, 7)][(int) (Math.floorMod(local, DAY) / HOUR)]++;
        }
        List<List<Long>> cells = new ArrayList<>(7);
        for (long[] row : counts) {
            List<Long> hours = new ArrayList<>(24);
            for (long count : row) {
                hours.add(count);
            }
            cells.add(hours);
        }
        return Optional.of(new WeeklyHeatmap(set.provider(), zone, cells));
    }

    /** The cases counted. */
    public long total() {
        return cells.stream().flatMap(List::stream).mapToLong(Long::longValue).sum();
    }

    /** The cases opened on a day of the week. */
    public long day(DayOfWeek day) {
        return cells.get(day.getValue() - 1).stream().mapToLong(Long::longValue).sum();
    }

    /**
     * {@code The busiest hour of the week is Monday 09:00-10:00, with 14 of 180 cases (7.8%, against 0.6% if
     * spread evenly); the busiest day is Monday, with 45 (25.0%).} The earliest wins a tie.
     */
    @Override
    public String sentence() {
        long total = total();
        int bestDay = 0;
        int bestHour = 0;
        for (int d = 0; d < 7; d++) {
            for (int h = 0; h < 24; h++) {
                if (cells.get(d).get(h) > cells.get(bestDay).get(bestHour)) {
                    bestDay = d;
                    bestHour = h;
                }
            }
        }
        DayOfWeek busiestDay = DayOfWeek.MONDAY;
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day(day) > day(busiestDay)) {
                busiestDay = day;
            }
        }
        long peak = cells.get(bestDay).get(bestHour);
        return String.format(Locale.ROOT, "The busiest hour of the week is %s %02d:00-%02d:00, with %d of %s (%s, against "
                + "%s if spread evenly); the busiest day is %s, with %d (%s).", name(DayOfWeek.of(bestDay + 1)), bestHour,
                bestHour + 1, peak, Words.cases(total), Words.percent(peak, total), Words.percent(100.0 / 168),
                name(busiestDay), day(busiestDay), Words.percent(day(busiestDay), total));
    }

    private static String name(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
