package io.witness.core.event;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Whose record something is: the client's system, the provider's system, or Witness itself. Events
 * come only from the client or the provider; {@link #WITNESS} marks what Witness computed from both.
 */
public enum Side {
    CLIENT("client"),
    PROVIDER("provider"),
    WITNESS("witness");

    private final String wireName;

    Side(String wireName) {
        this.wireName = wireName;
    }

    /** The name in files and APIs: {@code client}, {@code provider} or {@code witness}. */
    public String wireName() {
        return wireName;
    }

    /**
     * The side with this wire name (exact, lower case).
     *
     * @param wireName not null
     * @throws IllegalArgumentException if no side has this name
     */
    public static Side fromWire(String wireName) {
        Objects.requireNonNull(wireName, "wireName");
        for (Side side : values()) {
            if (side.wireName.equals(wireName)) {
                return side;
            }
        }
        throw new IllegalArgumentException("Unknown side '" + wireName + "'; expected one of "
                + Arrays.stream(values()).map(Side::wireName).collect(Collectors.joining(", ")));
    }
}
