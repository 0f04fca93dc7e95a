package io.witness.core.credit;

import io.witness.core.clock.ClockResult;
import io.witness.core.clock.ClockState;
import io.witness.core.contract.PartyId;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * One provider's clocks by the day, in the contract's zone, on which each ended ({@link ClockResult#endedAt()}), over
 * the days of the periods computed; the clocks of a day in the order given. Each clock's day is found on every core
 * from its epoch milliseconds and the days' first instants, without a date or zone lookup per clock. Not thread-safe.
 */
final class ClocksByEndDay {

    private final LocalDate firstDay;
    private final List<List<ClockResult>> days;

    private ClocksByEndDay(LocalDate firstDay, List<List<ClockResult>> days) {
        this.firstDay = firstDay;
        this.days = days;
    }

    /**
     * The provider's clocks that ended from {@code fromInclusive} to before {@code toExclusive}.
     *
     * @throws IllegalArgumentException if {@code toExclusive} is not after {@code fromInclusive}
     */
    static ClocksByEndDay of(List<MeasuredClock> clocks, PartyId provider, LocalDate fromInclusive, LocalDate toExclusive,
            ZoneId zone) {
        int count = Math.toIntExact(ChronoUnit.DAYS.between(fromInclusive, toExclusive));
        if (count <= 0) {
            throw new IllegalArgumentException("Days from " + fromInclusive + " to " + toExclusive + " are none");
        }
        long[] starts = new long[count + 1];
        for (int i = 0; i <= count; i++) {
            starts[i] = fromInclusive.plusDays(i).atStartOfDay(zone).toInstant().toEpochMilli();
        }
        int[] dayOf = new int[clocks.size()];
        IntStream.range(0, clocks.size()).parallel().forEach(i -> {
            MeasuredClock clock = clocks.get(i);
            dayOf[i] = clock.provider().equals(provider) ? day(endMillis(clock.result()), starts) : -1;
        });
        List<List<ClockResult>> days = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            days.add(new ArrayList<>());
        }
        for (int i = 0; i < dayOf.length; i++) {
            if (dayOf[i] >= 0) {
                days.get(dayOf[i]).add(clocks.get(i).result());
            }
        }
        return new ClocksByEndDay(fromInclusive, days);
    }

    /** The clocks that ended from {@code startInclusive} to before {@code endExclusive}, day by day. */
    List<ClockResult> between(LocalDate startInclusive, LocalDate endExclusive) {
        int from = (int) Math.max(0, ChronoUnit.DAYS.between(firstDay, startInclusive));
        int to = (int) Math.min(days.size(), ChronoUnit.DAYS.between(firstDay, endExclusive));
        List<ClockResult> ended = new ArrayList<>();
        for (int i = from; i < to; i++) {
            ended.addAll(days.get(i));
        }
        return ended;
    }

    /** {@link ClockResult#endedAt()} in epoch milliseconds; Long.MIN_VALUE when it has not ended. */
    static long endMillis(ClockResult result) {
        if (result.state() == ClockState.MET) {
            return result.stoppedAtMillis();
        }
        if (result.state() == ClockState.BREACHED) {
            return result.stoppedAtMillis() != Long.MIN_VALUE ? result.stoppedAtMillis() : result.breachedAtMillis();
        }
        return Long.MIN_VALUE;
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
