package io.witness.core.pattern;

import io.witness.core.clock.Metric;
import io.witness.core.event.Priority;
import io.witness.core.kpi.CaseProfile;
import io.witness.core.kpi.ClockFact;
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

/**
 * The business times of the response clocks that stopped with a verdict in the span, by the week of their
 * stop (weeks from Monday 00:00 in the report's zone, numbered from the week of the span's first day), for
 * all priorities and for each: one pass over the clocks, weeks found by a binary search of their starts.
 */
final class WeeklyResponses {

    private final LocalDate firstMonday;
    /** Week w is [starts[w], starts[w + 1]). */
    private final long[] starts;
    private final Map<Optional<Priority>, long[][]> samples = new HashMap<>();
    private final Map<Optional<Priority>, int[]> counts = new HashMap<>();

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
        List<CaseProfile> all = cases.all();
        for (int i = 0, size = all.size(); i < size; i++) {
            List<ClockFact> clocks = all.get(i).clocks();
            for (int c = 0, m = clocks.size(); c < m; c++) {
                ClockFact clock = clocks.get(c);
                if (clock.metric() == Metric.RESPONSE && clock.stoppedWithVerdict() && clock.stoppedAt() >= cases.fromMillis()
                        && clock.stoppedAt() < cases.toMillis()) {
                    int week = weekly.week(clock.stoppedAt());
                    weekly.add(Optional.empty(), week, clock.elapsedMillis());
                    if (clock.priority().isPresent()) {
                        weekly.add(clock.priority(), week, clock.elapsedMillis());
                    }
                }
            }
        }
        return weekly;
    }

    /** The priorities that have responses. */
    List<Priority> priorities() {
        List<Priority> found = new ArrayList<>();
        samples.keySet().forEach(p -> p.ifPresent(found::add));
        return found;
    }

    /** The weeks with responses of a priority (empty: all), in order; none when it has no response. */
    List<ResponseTrend.Week> weeks(Optional<Priority> priority) {
        long[][] held = samples.get(priority);
        if (held == null) {
            return List.of();
        }
        int[] n = counts.get(priority);
        List<ResponseTrend.Week> weeks = new ArrayList<>();
        for (int w = 0; w < held.length; w++) {
            if (n[w] > 0) {
                weeks.add(new ResponseTrend.Week(firstMonday.plusWeeks(w), w, n[w], KpiValue.Times.of(held[w], n[w])
                        .medianMillis()));
            }
        }
        return weeks;
    }

    private int week(long instant) {
        int found = Arrays.binarySearch(starts, instant);
        return found >= 0 ? found : -found - 2;
    }

    private void add(Optional<Priority> priority, int week, long millis) {
        long[][] held = samples.get(priority);
        int[] n = counts.get(priority);
        if (held == null) {
            held = new long[starts.length][];
            n = new int[starts.length];
            samples.put(priority, held);
            counts.put(priority, n);
        }
        if (held[week] == null) {
            held[week] = new long[4];
        } else if (n[week] == held[week].length) {
            held[week] = Arrays.copyOf(held[week], n[week] * 2);
        }
        held[week][n[week]++] = millis;
    }
}
