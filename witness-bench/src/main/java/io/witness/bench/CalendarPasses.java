package io.witness.bench;

import io.witness.core.calendar.BusinessCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;

/**
 * Calendar arithmetic over precomputed operands, and the same loops with plain subtraction and addition
 * as the baseline. Each pass returns the sum of its answers.
 */
final class CalendarPasses {

    private static final long FROM = Instant.parse("2026-01-01T00:00:00Z").toEpochMilli();
    private static final long TO = Instant.parse("2028-01-01T00:00:00Z").toEpochMilli();
    private static final long MAX_ADD = Duration.ofHours(200).toMillis();

    /**
     * The operands: pairs {@code a <= b} for {@code between}, and instants {@code t} with business
     * durations {@code d} from 0 to 200 hours for {@code add}; instants within 2026–2027, in whole seconds.
     */
    record Operands(long[] a, long[] b, long[] t, long[] d) {

        static Operands generate(int count, long seed) {
            SplittableRandom random = new SplittableRandom(seed);
            long[] a = new long[count];
            long[] b = new long[count];
            long[] t = new long[count];
            long[] d = new long[count];
            for (int i = 0; i < count; i++) {
                long x = instant(random);
                long y = instant(random);
                a[i] = Math.min(x, y);
                b[i] = Math.max(x, y);
                t[i] = instant(random);
                d[i] = random.nextLong(MAX_ADD / 1000 + 1) * 1000;
            }
            return new Operands(a, b, t, d);
        }

        private static long instant(SplittableRandom random) {
            return FROM + random.nextLong((TO - FROM) / 1000) * 1000;
        }
    }

    private CalendarPasses() {
    }

    static long between(BusinessCalendar calendar, Operands in) {
        long[] a = in.a();
        long[] b = in.b();
        long sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += calendar.betweenMillis(a[i], b[i]);
        }
        return sum;
    }

    static long add(BusinessCalendar calendar, Operands in) {
        long[] t = in.t();
        long[] d = in.d();
        long sum = 0;
        for (int i = 0; i < t.length; i++) {
            sum += calendar.addMillis(t[i], d[i]);
        }
        return sum;
    }

    /** The baseline of {@link #between}: {@code b - a}. */
    static long subtract(Operands in) {
        long[] a = in.a();
        long[] b = in.b();
        long sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += b[i] - a[i];
        }
        return sum;
    }

    /** The baseline of {@link #add}: {@code t + d}. */
    static long plus(Operands in) {
        long[] t = in.t();
        long[] d = in.d();
        long sum = 0;
        for (int i = 0; i < t.length; i++) {
            sum += t[i] + d[i];
        }
        return sum;
    }
}
