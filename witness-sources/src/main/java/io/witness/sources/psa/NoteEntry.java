package io.witness.sources.psa;

import java.time.Instant;
import java.util.Objects;

/**
 * A note, time entry or action written on a ticket, by who and for whom. Immutable.
 *
 * @param at when it was written
 * @param seenAt when Witness received it
 * @param sourceId its id in the PSA
 * @param kind who wrote it and who sees it
 */
public record NoteEntry(Instant at, Instant seenAt, String sourceId, Kind kind) {

    /** Who wrote a note and who can see it. */
    public enum Kind {
        /** An agent, visible to the customer: a reply. */
        PUBLIC_REPLY,
        /** An agent, internal only. */
        PRIVATE_NOTE,
        /** The customer (a contact, the end user). */
        REQUESTER
    }

    public NoteEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(seenAt, "seenAt");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(kind, "kind");
    }
}
