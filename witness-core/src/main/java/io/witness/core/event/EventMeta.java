package io.witness.core.event;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What every ticket event carries: the case, the side whose system said it, the time that system claims
 * it happened, and, when known, the time Witness first saw it and the source's own id for the record.
 * The claimed time is the source's word; the seen time is Witness's, so a claim made long after the fact
 * can be told apart.
 *
 * <p>A value class rather than a record so that the optional parts are held as plain references: an audit
 * of a million cases keeps some 16 million events, and two {@code Optional}s each were half a gigabyte of
 * the heap the collectors carry. Equal when every part is equal. Immutable and thread-safe.
 */
public final class EventMeta {

    private final CaseId caseId;
    private final Side side;
    private final Instant at;
    private final @Nullable Instant seenAt;
    private final @Nullable String sourceId;

    /**
     * @param caseId the case, not null
     * @param side the client or the provider, never {@link Side#WITNESS}
     * @param at the time the source claims, not null
     * @param seenAt the time Witness first saw the event, not null, may be empty
     * @param sourceId the source's id for this record (a comment id, an audit row id), not null, may be
     *     empty, not blank when present
     * @throws IllegalArgumentException if {@code side} is {@link Side#WITNESS} or {@code sourceId} is blank
     */
    public EventMeta(CaseId caseId, Side side, Instant at, Optional<Instant> seenAt, Optional<String> sourceId) {
        this(caseId, side, at, Objects.requireNonNull(seenAt, "seenAt").orElse(null),
                Objects.requireNonNull(sourceId, "sourceId").orElse(null));
    }

    private EventMeta(CaseId caseId, Side side, Instant at, @Nullable Instant seenAt, @Nullable String sourceId) {
        this.caseId = Objects.requireNonNull(caseId, "caseId");
        this.side = Objects.requireNonNull(side, "side");
        this.at = Objects.requireNonNull(at, "at");
        if (side == Side.WITNESS) {
            throw new IllegalArgumentException("An event comes from the client or the provider, not from witness");
        }
        if (sourceId != null && sourceId.isBlank()) {
            throw new IllegalArgumentException("A source id must not be blank when present, got '" + sourceId + "'");
        }
        this.seenAt = seenAt;
        this.sourceId = sourceId;
    }

    /**
     * An event's meta with neither a seen time nor a source id.
     *
     * @throws IllegalArgumentException if {@code side} is {@link Side#WITNESS}
     */
    public static EventMeta of(CaseId caseId, Side side, Instant at) {
        return new EventMeta(caseId, side, at, (Instant) null, (String) null);
    }

    /** The case. */
    public CaseId caseId() {
        return caseId;
    }

    /** The client or the provider. */
    public Side side() {
        return side;
    }

    /** The time the source claims. */
    public Instant at() {
        return at;
    }

    /** The time Witness first saw the event, if known. */
    public Optional<Instant> seenAt() {
        return Optional.ofNullable(seenAt);
    }

    /** The source's id for this record, if it has one. */
    public Optional<String> sourceId() {
        return Optional.ofNullable(sourceId);
    }

    /** A copy with the time Witness first saw the event. */
    public EventMeta withSeenAt(Instant seenAt) {
        return new EventMeta(caseId, side, at, Objects.requireNonNull(seenAt, "seenAt"), sourceId);
    }

    /**
     * A copy with the source's id for the record.
     *
     * @throws IllegalArgumentException if {@code sourceId} is blank
     */
    public EventMeta withSourceId(String sourceId) {
        return new EventMeta(caseId, side, at, seenAt, Objects.requireNonNull(sourceId, "sourceId"));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EventMeta that && caseId.equals(that.caseId) && side == that.side && at.equals(that.at)
                && Objects.equals(seenAt, that.seenAt) && Objects.equals(sourceId, that.sourceId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(caseId, side, at, seenAt, sourceId);
    }

    @Override
    public String toString() {
        return "EventMeta[caseId=" + caseId + ", side=" + side + ", at=" + at + ", seenAt=" + seenAt() + ", sourceId="
                + sourceId() + "]";
    }
}
