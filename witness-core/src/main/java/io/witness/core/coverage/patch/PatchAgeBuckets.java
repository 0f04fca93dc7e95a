package io.witness.core.coverage.patch;

/**
 * Devices by the age of their oldest missing critical patch on their latest report before the audit date:
 * none missing, under 30 days, 30–59, 60–89, 90–119, 120 days or more. The age runs from the patch's
 * release (or, when the report gives none, from the first report that showed it missing) to the report's
 * date. Immutable.
 *
 * @param devices devices with a report
 * @param noneMissing devices missing no critical patch
 * @param under30 oldest missing critical patch under 30 days old
 * @param from30 30 to 59 days
 * @param from60 60 to 89 days
 * @param from90 90 to 119 days
 * @param from120 120 days or more
 */
public record PatchAgeBuckets(long devices, long noneMissing, long under30, long from30, long from60, long from90, long from120) {

    public PatchAgeBuckets {
        if (noneMissing + under30 + from30 + from60 + from90 + from120 != devices) {
            throw new IllegalArgumentException("The buckets hold every device once: " + devices + " devices");
        }
    }

    /** The buckets with one more device whose oldest missing critical patch is {@code ageDays} old (-1: none missing). */
    PatchAgeBuckets plus(long ageDays) {
        if (ageDays < 0) {
            return new PatchAgeBuckets(devices + 1, noneMissing + 1, under30, from30, from60, from90, from120);
        }
        return new PatchAgeBuckets(devices + 1, noneMissing, under30 + (ageDays < 30 ? 1 : 0), from30 + (ageDays >= 30 && ageDays < 60 ? 1 : 0),
                from60 + (ageDays >= 60 && ageDays < 90 ? 1 : 0), from90 + (ageDays >= 90 && ageDays < 120 ? 1 : 0), from120 + (ageDays >= 120 ? 1 : 0));
    }

    /** No device. */
    public static PatchAgeBuckets none() {
        return new PatchAgeBuckets(0, 0, 0, 0, 0, 0, 0);
    }

    /** Devices whose oldest missing critical patch is 30 days old or more. */
    public long atLeast30() {
        return from30 + from60 + from90 + from120;
    }
}
