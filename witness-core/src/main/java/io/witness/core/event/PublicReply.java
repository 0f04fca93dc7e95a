package io.witness.core.event;

import java.util.Objects;

/**
 * An agent wrote a public comment on the ticket, visible to the requester: the first response, or a
 * periodic update. Private notes and the requester's own messages are {@link CommentAdded}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param meta the case, side and times, not null
 */
public record PublicReply(EventMeta meta) implements TicketEvent {

    public PublicReply {
        Objects.requireNonNull(meta, "meta");
    }

    @Override
    public PublicReply withMeta(EventMeta meta) {
        return new PublicReply(meta);
    }

    @Override
    public EventType type() {
        return EventType.REPLY;
    }
}
