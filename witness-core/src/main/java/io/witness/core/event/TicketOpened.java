package io.witness.core.event;

import java.util.Objects;
import java.util.Optional;

/**
 * A ticket was opened for the case, with the priority and status it was opened with when the source
 * says them.
 *
 * <p>Immutable and thread-safe.
 *
 * @param meta the case, side and times, not null
 * @param priority the priority it was opened with, not null, may be empty
 * @param status the source's own status text, not null, may be empty, not blank when present
 * @param statusClass what the status means, not null, may be empty (the contract maps it later)
 */
public record TicketOpened(
        EventMeta meta, Optional<Priority> priority, Optional<String> status, Optional<StatusClass> statusClass)
        implements TicketEvent {

    /**
     * @throws IllegalArgumentException if {@code status} is blank
     */
    public TicketOpened {
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(statusClass, "statusClass");
        if (status.isPresent() && status.get().isBlank()) {
            throw new IllegalArgumentException("A status must not be blank when present, got '" + status.get() + "'");
        }
    }

    /** A ticket opened without a priority or status. */
    public static TicketOpened of(EventMeta meta) {
        return new TicketOpened(meta, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** A ticket opened with a priority and no status. */
    public static TicketOpened withPriority(EventMeta meta, Priority priority) {
        return new TicketOpened(meta, Optional.of(priority), Optional.empty(), Optional.empty());
    }

    @Override
    public TicketOpened withMeta(EventMeta meta) {
        return new TicketOpened(meta, priority, status, statusClass);
    }

    @Override
    public EventType type() {
        return EventType.OPENED;
    }
}
