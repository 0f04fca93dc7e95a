package io.witness.core.event;

import java.util.Objects;
import java.util.Optional;

/** The kind of a {@link TicketEvent}, as named by the {@code type} field of the JSON-lines format. */
public enum EventType {
    OPENED("opened"),
    STATUS("status"),
    PRIORITY("priority"),
    ASSIGNED("assigned"),
    REPLY("reply"),
    PLAN("plan"),
    RESOLVED("resolved"),
    REOPENED("reopened"),
    CLOSED("closed"),
    COMMENT("comment"),
    DETAILS("details"),
    CLAIM("claim");

    private final String wireName;

    EventType(String wireName) {
        this.wireName = wireName;
    }

    /** The name in files and APIs: {@code opened}, {@code status}, … */
    public String wireName() {
        return wireName;
    }

    /**
     * The event type with this wire name (exact, lower case).
     *
     * @param wireName not null
     * @return the type, or empty if none has this name
     */
    public static Optional<EventType> fromWire(String wireName) {
        Objects.requireNonNull(wireName, "wireName");
        for (EventType type : values()) {
            if (type.wireName.equals(wireName)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
