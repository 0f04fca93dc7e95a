package io.witness.core.contract;

import java.util.Arrays;
import java.util.Optional;

/** How often a recurring obligation falls due. */
public enum Cadence {
    DAILY("daily"),
    WEEKLY("weekly"),
    MONTHLY("monthly"),
    QUARTERLY("quarterly"),
    /** Twice a year. */
    BIANNUAL("biannual"),
    ANNUAL("annual");

    private final String wireName;

    Cadence(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<Cadence> fromWire(String name) {
        return Arrays.stream(values()).filter(c -> c.wireName.equals(name)).findFirst();
    }
}
