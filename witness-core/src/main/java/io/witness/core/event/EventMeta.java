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
 * <p>A value class rather than a record so that the optional parts are held as plain references and the claimed
 * time as numbers (epoch seconds and nanoseconds, exactly as an {@link Instant} holds them): an audit of a million
 * cases keeps some 16 million events, and an {@code Instant} or an {@code Optional} each were gigabytes of the heap
 * the collectors carry. The seen time stays an instant, which the events of one look share (a ticket's events are
 * seen together; the derived tickets' decoder hands them one). {@link #at()} makes its instant when asked; the
 * engines read the numbers ({@link #atMillis()}, {@link #compareAt}). Equal when every part is equal. Immutable
 * and thread-safe.
 */
public final class EventMeta {

    private final CaseId caseId;
    private final Side side;
    private final @Nullable String sourceId;
    private final @Nullable Instant seenAt;
    private final long atSecond;
    private final int atNano;

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
        this(caseId, side, Objects.requireNonNull(at, "at").getEpochSecond(), at.getNano(),
                Objects.requireNonNull(seenAt, "seenAt").orElse(null), Objects.requireNonNull(sourceId, "sourceId").orElse(null));
    }

    private EventMeta(CaseId caseId, Side side, long atSecond, int atNano, @Nullable Instant seenAt, @Nullable String sourceId) {
        this.caseId = Objects.requireNonNull(caseId, "caseId");
        this.side = Objects.requireNonNull(side, "side");
        if (side == Side.WITNESS) {
            throw new IllegalArgumentException("An event comes from the client or the provider, not from witness");
        }
        if (sourceId != null && sourceId.isBlank()) {
            throw new IllegalArgumentException("A source id must not be blank when present, got '" + sourceId + "'");
        }
        if (atSecond < Instant.MIN.getEpochSecond() || atSecond > Instant.MAX.getEpochSecond() || atNano < 0 || atNano > 999_999_999) {
            throw new IllegalArgumentException("A claimed time is epoch seconds from " + Instant.MIN.getEpochSecond() + " to "
                    + Instant.MAX.getEpochSecond() + " and nanoseconds from 0 to 999999999, got " + atSecond + " s and " + atNano + " ns");
        }
        this.atSecond = atSecond;
        this.atNano = atNano;
        this.seenAt = seenAt;
        this.sourceId = sourceId;
    }

    /**
     * An event's meta with neither a seen time nor a source id.
     *
     * @throws IllegalArgumentException if {@code side} is {@link Side#WITNESS}
     */
    public static EventMeta of(CaseId caseId, Side side, Instant at) {
        return new EventMeta(caseId, side, at.getEpochSecond(), at.getNano(), null, null);
    }

    /**
     * An event's meta with its claimed time as numbers, as a decoder reads them, without making an {@link Instant} for it.
     *
     * @param atSecond the claimed time's epoch seconds
     * @param atNano the claimed time's nanoseconds within its second
     * @param seenAt the time Witness first saw the event, null when not known
     * @param sourceId the source's id for this record, null when none, not blank
     * @throws IllegalArgumentException if {@code side} is {@link Side#WITNESS}, {@code sourceId} is blank, or the claimed
     *     time is not an {@link Instant}'s (seconds out of its range, nanoseconds not from 0 to 999,999,999)
     */
    public static EventMeta ofEpoch(CaseId caseId, Side side, long atSecond, int atNano, @Nullable Instant seenAt,
            @Nullable String sourceId) {
        return new EventMeta(caseId, side, atSecond, atNano, seenAt, sourceId);
    }

    /** The case. */
    public CaseId caseId() {
        return caseId;
    }

    /** The client or the provider. */
    public Side side() {
        return side;
    }

    /** The time the source claims (a new {@code Instant} each call: engines read {@link #atMillis()} or {@link #compareAt}). */
    public Instant at() {
        return Instant.ofEpochSecond(atSecond, atNano);
    }

    /** The claimed time's epoch seconds, as {@code at().getEpochSecond()}. */
    public long atEpochSecond() {
        return atSecond;
    }

    /** The claimed time's nanoseconds within its second, as {@code at().getNano()}. */
    public int atNano() {
        return atNano;
    }

    /**
     * The claimed time in epoch milliseconds, as {@code at().toEpochMilli()} (the nanoseconds below a millisecond dropped).
     *
     * @throws ArithmeticException if it does not fit a long, as {@link Instant#toEpochMilli()}
     */
    public long atMillis() {
        return epochMilli(atSecond, atNano);
    }

    /** {@link Instant#toEpochMilli()}'s arithmetic, without the instant. */
    private static long epochMilli(long second, int nano) {
        if (second < 0 && nano > 0) {
            long millis = Math.multiplyExact(second + 1, 1000);
            long adjustment = nano / 1_000_000 - 1000;
            return Math.addExact(millis, adjustment);
        }
        long millis = Math.multiplyExact(second, 1000);
        return Math.addExact(millis, nano / 1_000_000);
    }

    /** How this claimed time compares with {@code other}'s, as {@code at().compareTo(other.at())}. */
    public int compareAt(EventMeta other) {
        int bySecond = Long.compare(atSecond, other.atSecond);
        return bySecond != 0 ? bySecond : atNano - other.atNano;
    }

    /** The time Witness first saw the event, if known. */
    public Optional<Instant> seenAt() {
        return Optional.ofNullable(seenAt);
    }

    /** True when Witness's seen time is known. */
    public boolean hasSeenAt() {
        return seenAt != null;
    }

    /** True when both have a seen time and it is the same, as {@code seenAt().isPresent() && seenAt().equals(other.seenAt())}. */
    public boolean seenAtAsOf(EventMeta other) {
        return seenAt != null && seenAt.equals(other.seenAt);
    }

    /** The source's id for this record, if it has one. */
    public Optional<String> sourceId() {
        return Optional.ofNullable(sourceId);
    }

    /** A copy with the time Witness first saw the event. */
    public EventMeta withSeenAt(Instant seenAt) {
        return new EventMeta(caseId, side, atSecond, atNano, Objects.requireNonNull(seenAt, "seenAt"), sourceId);
    }

    /** A copy without a seen time (the rest as it is). */
    public EventMeta withoutSeenAt() {
        return hasSeenAt() ? new EventMeta(caseId, side, atSecond, atNano, null, sourceId) : this;
    }

    /** A copy claimed at another time (the rest as it is). */
    public EventMeta withAt(Instant at) {
        Objects.requireNonNull(at, "at");
        return new EventMeta(caseId, side, at.getEpochSecond(), at.getNano(), seenAt, sourceId);
    }

    /**
     * A copy with the source's id for the record.
     *
     * @throws IllegalArgumentException if {@code sourceId} is blank
     */
    public EventMeta withSourceId(String sourceId) {
        return new EventMeta(caseId, side, atSecond, atNano, seenAt, Objects.requireNonNull(sourceId, "sourceId"));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EventMeta that && caseId.equals(that.caseId) && side == that.side && atSecond == that.atSecond
                && atNano == that.atNano && Objects.equals(seenAt, that.seenAt) && Objects.equals(sourceId, that.sourceId);
    }

    /** As {@code Objects.hash(caseId, side, at, seenAt or null, sourceId)}, as it was while the times were instants. */
    @Override
    public int hashCode() {
        int hash = 31 + caseId.hashCode();
        hash = 31 * hash + side.hashCode();
        hash = 31 * hash + instantHash(atSecond, atNano);
        hash = 31 * hash + Objects.hashCode(seenAt);
        return 31 * hash + Objects.hashCode(sourceId);
    }

    /** {@link Instant#hashCode()}'s value, without the instant. */
    private static int instantHash(long second, int nano) {
        return ((int) (second ^ (second >>> 32))) + 51 * nano;
    }

    @Override
    public String toString() {
        return "EventMeta[caseId=" + caseId + ", side=" + side + ", at=" + at() + ", seenAt=" + seenAt() + ", sourceId="
                + sourceId() + "]";
    }
}
