package io.witness.core.event;

import java.util.Objects;
import java.util.Optional;

/**
 * What a status means for the clocks, whatever the source calls it: a source's "Waiting on
 * customer", "Pending - Client" and "Awaiting info" are all {@link #WAITING_CUSTOMER}. The contract
 * maps the source's own status texts to these classes.
 */
public enum StatusClass {
    NEW("new"),
    IN_PROGRESS("in_progress"),
    WAITING_CUSTOMER("waiting_customer"),
    WAITING_THIRD_PARTY("waiting_third_party"),
    RESOLVED("resolved"),
    CLOSED("closed"),
    CANCELLED("cancelled");

    private final String wireName;

    StatusClass(String wireName) {
        this.wireName = wireName;
    }

    /** The name in files and APIs, lower snake case: {@code in_progress}. */
    public String wireName() {
        return wireName;
    }

    /**
     * The status class with this wire name (exact, lower snake case).
     *
     * @param wireName not null
     * @return the class, or empty if none has this name
     */
    public static Optional<StatusClass> fromWire(String wireName) {
        Objects.requireNonNull(wireName, "wireName");
        for (StatusClass statusClass : values()) {
            if (statusClass.wireName.equals(wireName)) {
                return Optional.of(statusClass);
            }
        }
        return Optional.empty();
    }
}
