package io.witness.core.event;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What every ticket event carries: the case, the side whose system said it, the time that system claims
 * it happened, and, when known, the time Witness first saw it and the source's own id for the record.
 * The claimed time is the source's word; the seen time is Witness's, so a claim made long after the fact
 * can be told apart.
 *
 * <p>Immutable and thread-safe.
 *
 * @param caseId the case, not null
 * @param side the client or the provider, never {@link Side#WITNESS}
 * @param at the time the source claims, not null
 * @param seenAt the time Witness first saw the event, not null, may be empty
 * @param sourceId the source's id for this record (a comment id, an audit row id), not null, may be
 *     empty, not blank when present
 */
public record EventMeta(CaseId caseId, Side side, Instant at, Optional<Instant> seenAt, Optional<String> sourceId) {

    /**
     * @throws IllegalArgumentException if {@code side} is {@link Side#WITNESS} or {@code sourceId} is blank
     */
    public EventMeta {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(seenAt, "seenAt");
        Objects.requireNonNull(sourceId, "sourceId");
        if (side == Side.WITNESS) {
            throw new IllegalArgumentException("An event comes from the client or the provider, not from witness");
        }
        if (sourceId.isPresent() && sourceId.get().isBlank()) {
            throw new IllegalArgumentException("A source id must not be blank when present, got '" + sourceId.get() + "'");
        }
    }

    /**
     * An event's meta with neither a seen time nor a source id.
     *
     * @throws IllegalArgumentException if {@code side} is {@link Side#WITNESS}
     */
    public static EventMeta of(CaseId caseId, Side side, Instant at) {
        return new EventMeta(caseId, side, at, Optional.empty(), Optional.empty());
    }

    /** A copy with the time Witness first saw the event. */
    public EventMeta withSeenAt(Instant seenAt) {
        return new EventMeta(caseId, side, at, Optional.of(seenAt), sourceId);
    }

    /**
     * A copy with the source's id for the record.
     *
     * @throws IllegalArgumentException if {@code sourceId} is blank
     */
    public EventMeta withSourceId(String sourceId) {
        return new EventMeta(caseId, side, at, seenAt, Optional.of(sourceId));
    }
}
