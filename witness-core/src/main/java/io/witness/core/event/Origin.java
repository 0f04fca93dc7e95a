package io.witness.core.event;

import java.util.Objects;
import java.util.Optional;

/** Who noticed the problem first: a person who reported it, or the provider's monitoring (proactive work). */
public enum Origin {
    USER("user"),
    MONITORING("monitoring");

    private final String wireName;

    Origin(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** The origin with this wire name, or empty. */
    public static Optional<Origin> fromWire(String wireName) {
        Objects.requireNonNull(wireName, "wireName");
        for (Origin origin : values()) {
            if (origin.wireName.equals(wireName)) {
                return Optional.of(origin);
            }
        }
        return Optional.empty();
    }
}
