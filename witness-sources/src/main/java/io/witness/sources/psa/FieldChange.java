package io.witness.sources.psa;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A change of one field at a known time, from a ticket's audit trail or history (or an action that set
 * a new status). Immutable.
 *
 * @param at when it changed
 * @param seenAt when Witness received the entry
 * @param sourceId the entry's id
 * @param kind which field it is, for the events
 * @param field the field's name as the source writes it (a claim's field name)
 * @param from the old value, when the entry says
 * @param to the new value, empty when cleared
 */
public record FieldChange(
        Instant at, Instant seenAt, String sourceId, Kind kind, String field, Optional<String> from, Optional<String> to) {

    /** What a change is about. */
    public enum Kind {
        /** The ticket was created (no field). */
        CREATED,
        STATUS,
        PRIORITY,
        /** The board, queue or team. */
        GROUP,
        /** One of the PSA's SLA fields (a response date typed in, an SLA date edited). */
        CLAIM
    }

    public FieldChange {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(seenAt, "seenAt");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }
}
