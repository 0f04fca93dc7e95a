package io.witness.core.coverage.asset;

import java.util.Arrays;
import java.util.Optional;

/** How much the client depends on a system, highest first, as its inventory says. */
public enum Criticality {
    CRITICAL("critical"),
    HIGH("high"),
    MEDIUM("medium"),
    LOW("low");

    private final String wireName;

    Criticality(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<Criticality> fromWire(String name) {
        return Arrays.stream(values()).filter(c -> c.wireName.equalsIgnoreCase(name.trim())).findFirst();
    }
}
