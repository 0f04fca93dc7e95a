package io.witness.core.event;

import java.util.Objects;

/**
 * A comment was added to the ticket that is not a public reply: a message from the requester (public or
 * not) or an agent's private note. A public comment by an agent is a {@link PublicReply} instead, and
 * cannot be built as a {@code CommentAdded}, so that the clocks see every reply as one.
 *
 * <p>Immutable and thread-safe.
 *
 * @param meta the case, side and times, not null
 * @param author who wrote it, not null
 * @param isPublic whether the requester can see it
 */
public record CommentAdded(EventMeta meta, Author author, boolean isPublic) implements TicketEvent {

    /**
     * @throws IllegalArgumentException if an agent's comment is public: that is a {@link PublicReply}
     */
    public CommentAdded {
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(author, "author");
        if (author == Author.AGENT && isPublic) {
            throw new IllegalArgumentException("A public comment by an agent is a PublicReply, not a CommentAdded");
        }
    }

    /** A private note by an agent. */
    public static CommentAdded privateNote(EventMeta meta) {
        return new CommentAdded(meta, Author.AGENT, false);
    }

    /** A public message from the requester. */
    public static CommentAdded fromRequester(EventMeta meta) {
        return new CommentAdded(meta, Author.REQUESTER, true);
    }

    @Override
    public CommentAdded withMeta(EventMeta meta) {
        return new CommentAdded(meta, author, isPublic);
    }

    @Override
    public EventType type() {
        return EventType.COMMENT;
    }
}
