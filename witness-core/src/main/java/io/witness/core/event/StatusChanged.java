package io.witness.core.event;

import java.util.Objects;
import java.util.Optional;

/**
 * The ticket's status changed. The status is the source's own text ("Waiting on customer"); its class,
 * what it means for the clocks, is given when the source or an importer knows it, and otherwise the
 * contract maps the text later.
 *
 * <p>Immutable and thread-safe.
 *
 * @param meta the case, side and times, not null
 * @param status the source's own status text, not null, not blank
 * @param statusClass what the status means, not null, may be empty
 */
public record StatusChanged(EventMeta meta, String status, Optional<StatusClass> statusClass) implements TicketEvent {

    /**
     * @throws IllegalArgumentException if {@code status} is blank
     */
    public StatusChanged {
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(statusClass, "statusClass");
        if (status.isBlank()) {
            throw new IllegalArgumentException("A status must not be blank, got '" + status + "'");
        }
    }

    /** A change to a status whose class the contract will give. */
    public static StatusChanged of(EventMeta meta, String status) {
        return new StatusChanged(meta, status, Optional.empty());
    }

    /** A change to a status whose class is known. */
    public static StatusChanged classified(EventMeta meta, String status, StatusClass statusClass) {
        return new StatusChanged(meta, status, Optional.of(statusClass));
    }

    @Override
    public StatusChanged withMeta(EventMeta meta) {
        return new StatusChanged(meta, status, statusClass);
    }

    @Override
    public EventType type() {
        return EventType.STATUS;
    }
}
