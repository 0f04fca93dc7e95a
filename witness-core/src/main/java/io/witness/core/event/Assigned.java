package io.witness.core.event;

import java.util.Objects;
import java.util.Optional;

/**
 * The ticket was assigned to a group (a queue, a team), at a support tier when the source says it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param meta the case, side and times, not null
 * @param group the group's name in the source, not null, not blank
 * @param tier the group's support tier, not null, may be empty
 */
public record Assigned(EventMeta meta, String group, Optional<SupportTier> tier) implements TicketEvent {

    /**
     * @throws IllegalArgumentException if {@code group} is blank
     */
    public Assigned {
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(tier, "tier");
        if (group.isBlank()) {
            throw new IllegalArgumentException("A group must not be blank, got '" + group + "'");
        }
    }

    /** An assignment to a group whose tier is not known. */
    public static Assigned of(EventMeta meta, String group) {
        return new Assigned(meta, group, Optional.empty());
    }

    @Override
    public Assigned withMeta(EventMeta meta) {
        return new Assigned(meta, group, tier);
    }

    @Override
    public EventType type() {
        return EventType.ASSIGNED;
    }
}
