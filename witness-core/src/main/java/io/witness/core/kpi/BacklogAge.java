package io.witness.core.kpi;

/** The age buckets of the backlog, half-open in wall time: {@code [0, 1 day)}, {@code [1, 3 days)}… */
public enum BacklogAge {
    UNDER_1_DAY("0-1d", 0, 1),
    DAYS_1_TO_3("1-3d", 1, 3),
    DAYS_3_TO_7("3-7d", 3, 7),
    DAYS_7_TO_30("7-30d", 7, 30),
    DAYS_30_AND_OVER("30d+", 30, Integer.MAX_VALUE);

    private static final long DAY = 86_400_000L;
    /** The buckets from the youngest, without a copy of {@link #values()} per case. */
    private static final BacklogAge[] BUCKETS = values();

    private final String label;
    private final int fromDays;
    private final int toDays;

    BacklogAge(String label, int fromDays, int toDays) {
        this.label = label;
        this.fromDays = fromDays;
        this.toDays = toDays;
    }

    /** The bucket's label, the KPI's dimension: {@code 3-7d}. */
    public String label() {
        return label;
    }

    /** The bucket of an age in milliseconds (not negative). */
    public static BacklogAge of(long ageMillis) {
        for (BacklogAge bucket : BUCKETS) {
            if (ageMillis < bucket.toDays * DAY || bucket.toDays == Integer.MAX_VALUE) {
                return bucket;
            }
        }
        throw new AssertionError("the last bucket has no end");
    }

    /** The bucket's first day of age, inclusive. */
    public int fromDays() {
        return fromDays;
    }

    /** The bucket's last day of age, exclusive; Integer.MAX_VALUE for the last. */
    public int toDays() {
        return toDays;
    }
}
