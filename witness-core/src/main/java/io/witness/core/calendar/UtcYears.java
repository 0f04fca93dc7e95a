package io.witness.core.calendar;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** The UTC year boundaries of the supported range, so that an instant finds its year without allocating. */
final class UtcYears {

    static final int FIRST = 1900;
    static final int END = 2400;
    static final int COUNT = END - FIRST;

    private static final long[] STARTS = new long[COUNT + 1];
    private static final double YEARS_PER_MILLI = 1.0 / 31_556_952_000L;

    static {
        for (int i = 0; i <= COUNT; i++) {
            STARTS[i] = LocalDate.of(FIRST + i, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        }
    }

    private UtcYears() {
    }

    /** Start of the year with the given index (0 = 1900); index COUNT is the end of the range. */
    static long start(int index) {
        return STARTS[index];
    }

    static long end(int index) {
        return STARTS[index + 1];
    }

    /**
     * The index of the UTC year holding {@code epochMilli}.
     *
     * @throws DateTimeException if the instant is outside 1900–2399
     */
    static int indexOf(long epochMilli) {
        if (epochMilli < STARTS[0] || epochMilli >= STARTS[COUNT]) {
            throw new DateTimeException("Instant " + Instant.ofEpochMilli(epochMilli)
                    + " is outside the supported range " + FIRST + " to " + (END - 1));
        }
        // A guess by multiplication (a long division costs tens of cycles, and every calendar operation
        // locates its instants here), then corrected: it is off by at most one year.
        int i = (int) Math.min(COUNT - 1, (epochMilli - STARTS[0]) * YEARS_PER_MILLI);
        while (STARTS[i + 1] <= epochMilli) {
            i++;
        }
        while (STARTS[i] > epochMilli) {
            i--;
        }
        return i;
    }
}
