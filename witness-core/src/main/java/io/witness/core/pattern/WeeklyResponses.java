package io.witness.core.pattern;

import io.witness.core.clock.Metric;
import io.witness.core.event.Priority;
import io.witness.core.kpi.CaseProfile;
import io.witness.core.kpi.KpiValue;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The business times of the response clocks that stopped with a verdict in the span, by the week of their
 * stop (weeks from Monday 00:00 in the report's zone, numbered from the week of the span's first day), for
 * all priorities and for each: one pass over the clocks, weeks found by a binary search of their starts.
 */
final class WeeklyResponses {

    private final LocalDate firstMonday;
    /** Week w is [starts[w], starts[w + 1]). */
    private final long[] starts;
    /** The samples of each priority (empty: none), each kept once: those of all priorities are read from every row. */
    private final Map<Optional<Priority>, Row> rows = new HashMap<>();
    /** The row last added to and its key: a case's clocks share their priority's Optional. */
    /** The priority of the row last asked for (null: none), that row (null: no row asked for yet). */
    private @Nullable Priority lastKey;
    private @Nullable Row lastRow;

    /** One priority's samples by week. */
    private static final class Row {
        final long[][] held;
        final int[] counts;

        Row(int weeks) {
            held = new long[weeks][];
            counts = new int[weeks];
        }

        void add(int week, long millis) {
            int n = counts[week];
            if (held[week] == null) {
                held[week] = new long[16];
            } else if (n == held[week].length) {
                held[week] = Arrays.copyOf(held[week], n * 2);
            }
            held[week][n] = millis;
            counts[week] = n + 1;
        }
    }

    private WeeklyResponses(LocalDate firstMonday, long[] starts) {
        this.firstMonday = firstMonday;
        this.starts = starts;
    }

    static WeeklyResponses of(CaseSet cases) {
        ZoneId zone = cases.periods().zone();
        LocalDate firstMonday = LocalDate.ofInstant(Instant.ofEpochMilli(cases.fromMillis()), zone)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate end = LocalDate.ofInstant(Instant.ofEpochMilli(cases.toMillis()), zone);
        List<Long> starts = new ArrayList<>();
        for (LocalDate monday = firstMonday; !monday.isAfter(end.plusWeeks(1)); monday = monday.plusWeeks(1)) {
            starts.add(monday.atStartOfDay(zone).toInstant().toEpochMilli());
        }
        WeeklyResponses weekly = new WeeklyResponses(firstMonday, starts.stream().mapToLong(Long::longValue).toArray());
        // The weeks' samples do not depend on the order: the profiles as they lie in memory.
        List<CaseProfile> all = cases.group().inOrderGiven();
        for (int i = 0, size = all.size(); i < size; i++) {
            CaseProfile profile = all.get(i);
            for (int c = 0, m = profile.clockCount(); c < m; c++) {
                if (profile.clockMetric(c) != Metric.RESPONSE || !profile.clockStoppedWithVerdict(c)) {
                    continue;
                }
                long stoppedAt = profile.clockStoppedAt(c);
                if (stoppedAt >= cases.fromMillis() && stoppedAt < cases.toMillis()) {
                    weekly.row(profile.clockPriorityOrNull(c)).add(weekly.week(stoppedAt), profile.clockElapsedMillis(c));
                }
            }
        }
        return weekly;
    }

    /** The priorities that have responses. */
    List<Priority> priorities() {
        List<Priority> found = new ArrayList<>();
        rows.keySet().forEach(p -> p.ifPresent(found::add));
        return found;
    }

    /** The weeks with responses of a priority (empty: all), in order; none when it has no response. */
    List<ResponseTrend.Week> weeks(Optional<Priority> priority) {
        List<Row> read = priority.isPresent() ? (rows.containsKey(priority) ? List.of(rows.get(priority)) : List.of())
                : List.copyOf(rows.values());
        if (read.isEmpty()) {
            return List.of();
        }
        List<ResponseTrend.Week> weeks = new ArrayList<>();
        long[] gathered = new long[0];
        for (int w = 0; w < starts.length; w++) {
            int n = 0;
            for (Row row : read) {
                n += row.counts[w];
            }
            if (n == 0) {
                continue;
            }
            long[] samples;
            if (read.size() == 1) {
                samples = read.get(0).held[w];
            } else {
                if (gathered.length < n) {
                    gathered = new long[Math.max(n, 2 * gathered.length)];
                }
                int at = 0;
                for (Row row : read) {
                    if (row.counts[w] > 0) {
                        System.arraycopy(row.held[w], 0, gathered, at, row.counts[w]);
                        at += row.counts[w];
                    }
                }
                samples = gathered;
            }
            weeks.add(new ResponseTrend.Week(firstMonday.plusWeeks(w), w, n, KpiValue.Times.of(samples, n).medianMillis()));
        }
        return weeks;
    }

    private int week(long instant) {
        int found = Arrays.binarySearch(starts, instant);
        return found >= 0 ? found : -found - 2;
    }

    private Row row(@Nullable Priority priority) {
        if (lastRow == null || priority != lastKey) {
            Optional<Priority> key = Optional.ofNullable(priority);
            Row row = rows.get(key);
            if (row == null) {
                row = new Row(starts.length);
                rows.put(key, row);
            }
            lastKey = priority;
            lastRow = row;
        }
        return lastRow;
    }
}
