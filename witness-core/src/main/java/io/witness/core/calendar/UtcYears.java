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
    /**
     * The range cut into buckets of 2^34 ms (about 199 days, shorter than any year, so that a bucket holds
     * at most one year's start; a shift, not a division, finds one): the year each bucket begins in.
     */
    private static final int BUCKET_SHIFT = 34;
    private static final int[] YEAR_AT_BUCKET;
    private static final long RANGE_START;
    private static final long RANGE_END;

    static {
        for (int i = 0; i <= COUNT; i++) {
            STARTS[i] = LocalDate.of(FIRST + i, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        }
        RANGE_START = STARTS[0];
        RANGE_END = STARTS[COUNT];
        YEAR_AT_BUCKET = new int[(int) ((RANGE_END - RANGE_START - 1) >>> BUCKET_SHIFT) + 1];
        int year = 0;
        for (int bucket = 0; bucket < YEAR_AT_BUCKET.length; bucket++) {
            long bucketStart = RANGE_START + ((long) bucket << BUCKET_SHIFT);
            while (STARTS[year + 1] <= bucketStart) {
                year++;
            }
            YEAR_AT_BUCKET[bucket] = year;
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
        if (epochMilli < RANGE_START || epochMilli >= RANGE_END) {
            throw new DateTimeException("Instant " + Instant.ofEpochMilli(epochMilli)
                    + " is outside the supported range " + FIRST + " to " + (END - 1));
        }
        // Every calendar operation locates its instants here: the year its bucket begins in, or the next
        // when the instant lies past that year's end (a bucket is shorter than a year).
        int i = YEAR_AT_BUCKET[(int) ((epochMilli - RANGE_START) >>> BUCKET_SHIFT)];
        return epochMilli >= STARTS[i + 1] ? i + 1 : i;
    }
}
