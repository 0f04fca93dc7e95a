package io.witness.core.contract;

/** The period over which attainment is measured and credits are owed. */
public enum MeasurementPeriod {
    MONTHLY("monthly"),
    QUARTERLY("quarterly");

    private final String wireName;

    MeasurementPeriod(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
