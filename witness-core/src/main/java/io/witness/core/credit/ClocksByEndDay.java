package io.witness.core.credit;

import io.witness.core.clock.ClockResult;
import io.witness.core.clock.ClockState;
import io.witness.core.contract.PartyId;
import io.witness.core.event.Priority;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * One provider's clocks by the day, in the contract's zone, on which each ended ({@link ClockResult#endedAt()}), over
 * the days of the periods computed; the clocks of a day in the order given. Each clock's day is found on every core
 * from the end its {@link MeasuredClock} read when made, without a date or zone lookup per clock, and what the credit
 * clauses read of it (name, state, priority) is put beside it in arrays; the clauses then read those arrays, day after
 * day, instead of each clock again. Immutable once made.
 */
final class ClocksByEndDay {

    private final LocalDate firstDay;
    /** Day d's clocks are at positions [dayStarts[d], dayStarts[d + 1]) of the arrays below. */
    private final int[] dayStarts;
    private final ClockResult[] results;
    private final String[] names;
    private final ClockState[] states;
    private final @Nullable Priority[] priorities;

    private ClocksByEndDay(LocalDate firstDay, int[] dayStarts, ClockResult[] results, String[] names,
            ClockState[] states, @Nullable Priority[] priorities) {
        this.firstDay = firstDay;
        this.dayStarts = dayStarts;
        this.results = results;
        this.names = names;
        this.states = states;
        this.priorities = priorities;
    }

    /**
     * The clocks that ended in a span of days, as positions {@code [from, to)} of the provider's arrays: what a
     * credit clause reads of each.
     */
    final class Ended {
        private final int from;
        private final int to;

        private Ended(int from, int to) {
            this.from = from;
            this.to = to;
        }

        int from() {
            return from;
        }

        int to() {
            return to;
        }

        ClockResult result(int at) {
            return results[at];
        }

        String clock(int at) {
            return names[at];
        }

        ClockState state(int at) {
            return states[at];
        }

        /** The priority whose target applied, or null. */
        @Nullable Priority priority(int at) {
            return priorities[at];
        }
    }

    /**
     * The provider's clocks that ended from {@code fromInclusive} to before {@code toExclusive}.
     *
     * @throws IllegalArgumentException if {@code toExclusive} is not after {@code fromInclusive}
     */
    static ClocksByEndDay of(List<MeasuredClock> clocks, PartyId provider, LocalDate fromInclusive,
            LocalDate toExclusive, ZoneId zone) {
        int count = Math.toIntExact(ChronoUnit.DAYS.between(fromInclusive, toExclusive));
        if (count <= 0) {
            throw new IllegalArgumentException("Days from " + fromInclusive + " to " + toExclusive + " are none");
        }
        long[] starts = new long[count + 1];
        for (int i = 0; i <= count; i++) {
            starts[i] = fromInclusive.plusDays(i).atStartOfDay(zone).toInstant().toEpochMilli();
        }
        int n = clocks.size();
        int[] dayOf = new int[n];
        String[] nameOf = new String[n];
        ClockState[] stateOf = new ClockState[n];
        Priority[] priorityOf = new Priority[n];
        IntStream.range(0, n).parallel().forEach(i -> {
            MeasuredClock clock = clocks.get(i);
            int day = clock.provider().equals(provider) ? day(clock.endMillis(), starts) : -1;
            dayOf[i] = day;
            if (day >= 0) {
                nameOf[i] = clock.clock();
                stateOf[i] = clock.state();
                priorityOf[i] = clock.priority();
            }
        });
        // A counting sort by day, stable: the clocks of a day keep the order given.
        int[] dayStarts = new int[count + 1];
        for (int day : dayOf) {
            if (day >= 0) {
                dayStarts[day + 1]++;
            }
        }
        for (int d = 0; d < count; d++) {
            dayStarts[d + 1] += dayStarts[d];
        }
        int kept = dayStarts[count];
        int[] next = Arrays.copyOf(dayStarts, count);
        ClockResult[] results = new ClockResult[kept];
        String[] names = new String[kept];
        ClockState[] states = new ClockState[kept];
        Priority[] priorities = new Priority[kept];
        for (int i = 0; i < n; i++) {
            int day = dayOf[i];
            if (day >= 0) {
                int at = next[day]++;
                results[at] = clocks.get(i).result();
                names[at] = nameOf[i];
                states[at] = stateOf[i];
                priorities[at] = priorityOf[i];
            }
        }
        return new ClocksByEndDay(fromInclusive, dayStarts, results, names, states, priorities);
    }

    /** The clocks that ended from {@code startInclusive} to before {@code endExclusive}. */
    Ended between(LocalDate startInclusive, LocalDate endExclusive) {
        int days = dayStarts.length - 1;
        int from = (int) Math.max(0, Math.min(days, ChronoUnit.DAYS.between(firstDay, startInclusive)));
        int to = (int) Math.max(from, Math.min(days, ChronoUnit.DAYS.between(firstDay, endExclusive)));
        return new Ended(dayStarts[from], dayStarts[to]);
    }

    /** The day whose first instant is the last at or before {@code millis}; -1 outside the days. */
    private static int day(long millis, long[] starts) {
        if (millis == Long.MIN_VALUE || millis < starts[0] || millis >= starts[starts.length - 1]) {
            return -1;
        }
        int found = Arrays.binarySearch(starts, millis);
        return found >= 0 ? found : -found - 2;
    }
}
