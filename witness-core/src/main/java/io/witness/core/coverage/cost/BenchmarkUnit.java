package io.witness.core.coverage.cost;

import java.util.Arrays;
import java.util.Optional;

/** What a market price is per, each month. */
public enum BenchmarkUnit {
    USER("user"),
    DEVICE("device");

    private final String wireName;

    BenchmarkUnit(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<BenchmarkUnit> fromWire(String name) {
        return Arrays.stream(values()).filter(u -> u.wireName.equals(name)).findFirst();
    }
}
