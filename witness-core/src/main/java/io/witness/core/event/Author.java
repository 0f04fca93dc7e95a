package io.witness.core.event;

import java.util.Objects;
import java.util.Optional;

/** Who wrote a comment on a ticket: the person who asked for help, or an agent working the ticket. */
public enum Author {
    REQUESTER("requester"),
    AGENT("agent");

    private final String wireName;

    Author(String wireName) {
        this.wireName = wireName;
    }

    /** The name in files and APIs: {@code requester} or {@code agent}. */
    public String wireName() {
        return wireName;
    }

    /**
     * The author with this wire name (exact, lower case).
     *
     * @param wireName not null
     * @return the author, or empty if none has this name
     */
    public static Optional<Author> fromWire(String wireName) {
        Objects.requireNonNull(wireName, "wireName");
        for (Author author : values()) {
            if (author.wireName.equals(wireName)) {
                return Optional.of(author);
            }
        }
        return Optional.empty();
    }
}
