package io.witness.sources.tenant;

import io.witness.core.event.Assigned;
import io.witness.core.event.Author;
import io.witness.core.event.CaseId;
import io.witness.core.event.Closed;
import io.witness.core.event.CommentAdded;
import io.witness.core.event.DetailsRecorded;
import io.witness.core.event.EventMeta;
import io.witness.core.event.EventType;
import io.witness.core.event.ExternalReference;
import io.witness.core.event.Origin;
import io.witness.core.event.PlanProvided;
import io.witness.core.event.Priority;
import io.witness.core.event.PriorityChanged;
import io.witness.core.event.PublicReply;
import io.witness.core.event.Reopened;
import io.witness.core.event.Resolved;
import io.witness.core.event.Side;
import io.witness.core.event.SlaClaimed;
import io.witness.core.event.StatusChanged;
import io.witness.core.event.StatusClass;
import io.witness.core.event.SupportTier;
import io.witness.core.event.TicketDetails;
import io.witness.core.event.TicketEvent;
import io.witness.core.event.TicketOpened;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Canonical events in Witness's binary form for the derived tickets: the type; the meta as flags (case as
 * the event before's, time seen present and as the event before's, source id present, side), the case id
 * when it is another, the time claimed as seconds after the time before (and its nanoseconds), the time
 * seen when it is another, the source id; then the type's own fields. Texts go through the payload's string
 * table ({@link PayloadWriter#text}). Every field of every event type is kept, so decoding gives an equal
 * event; events are read back in the order they were written.
 */
final class EventCodec {

    private static final EventType[] TYPES = EventType.values();
    private static final Side[] SIDES = Side.values();
    private static final StatusClass[] CLASSES = StatusClass.values();
    private static final Author[] AUTHORS = Author.values();
    private static final Origin[] ORIGINS = Origin.values();
    // Optionals of the few values events repeat, made once.
    @SuppressWarnings("unchecked")
    private static final Optional<StatusClass>[] PRESENT_CLASSES = java.util.Arrays.stream(CLASSES).map(Optional::of).toArray(Optional[]::new);
    @SuppressWarnings("unchecked")
    private static final Optional<Origin>[] PRESENT_ORIGINS = java.util.Arrays.stream(ORIGINS).map(Optional::of).toArray(Optional[]::new);
    /** Tiers 1 to 9 at indexes 0 to 8. */
    @SuppressWarnings("unchecked")
    private static final Optional<SupportTier>[] PRESENT_TIERS = java.util.stream.IntStream.rangeClosed(SupportTier.MIN_LEVEL, SupportTier.MAX_LEVEL)
            .mapToObj(level -> Optional.of(new SupportTier(level))).toArray(Optional[]::new);

    private EventCodec() {
    }

    // The meta's flags: what is as in the event before (in the same payload), what is present, and the side.
    private static final int SAME_CASE = 1;
    private static final int SEEN = 2;
    private static final int SAME_SEEN = 4;
    private static final int SOURCE_ID = 8;
    private static final int SIDE_SHIFT = 4;

    static void write(PayloadWriter out, TicketEvent event) {
        out.varint(event.type().ordinal());
        EventMeta meta = event.meta();
        boolean sameCase = meta.caseId().equals(out.lastCase);
        boolean sameSeen = meta.seenAt().isPresent() && meta.seenAt().equals(out.lastSeen);
        out.varint((sameCase ? SAME_CASE : 0) | (meta.seenAt().isPresent() ? SEEN : 0) | (sameSeen ? SAME_SEEN : 0)
                | (meta.sourceId().isPresent() ? SOURCE_ID : 0) | meta.side().ordinal() << SIDE_SHIFT);
        if (!sameCase) {
            out.text(meta.caseId().value());
            out.lastCase = meta.caseId();
        }
        // Times of one ticket are close together: each is written as seconds after the one before.
        out.signed(meta.atEpochSecond() - out.lastSecond);
        out.varint(meta.atNano());
        out.lastSecond = meta.atEpochSecond();
        if (meta.seenAt().isPresent() && !sameSeen) {
            out.instant(meta.seenAt().get());
            out.lastSeen = meta.seenAt();
        }
        meta.sourceId().ifPresent(out::text);
        if (event instanceof TicketOpened opened) {
            out.optionalText(opened.priority().map(Priority::code));
            out.optionalText(opened.status());
            statusClass(out, opened.statusClass());
        } else if (event instanceof StatusChanged status) {
            out.text(status.status());
            statusClass(out, status.statusClass());
        } else if (event instanceof PriorityChanged priority) {
            out.text(priority.priority().code());
        } else if (event instanceof Assigned assigned) {
            out.text(assigned.group());
            out.varint(assigned.tier().map(t -> t.level() + 1).orElse(0));
        } else if (event instanceof CommentAdded comment) {
            out.varint(comment.author().ordinal());
            out.varint(comment.isPublic() ? 1 : 0);
        } else if (event instanceof DetailsRecorded details) {
            TicketDetails d = details.details();
            out.optionalText(d.title());
            out.optionalText(d.requester());
            out.optionalText(d.category());
            out.optionalText(d.subcategory());
            out.optionalText(d.configurationItem());
            out.optionalText(d.channel());
            out.varint(d.origin().map(o -> o.ordinal() + 1).orElse(0));
            out.varint(d.references().size());
            for (ExternalReference reference : d.references()) {
                out.text(reference.system());
                out.text(reference.id());
            }
        } else if (event instanceof SlaClaimed claim) {
            out.text(claim.field());
            out.text(claim.value());
        }
        // PublicReply, PlanProvided, Resolved, Reopened and Closed carry nothing but their meta.
    }

    static TicketEvent read(PayloadReader in) {
        EventType type = TYPES[in.varint()];
        int flags = in.varint();
        if ((flags & SAME_CASE) == 0) {
            in.lastCase = new CaseId(in.text());
        } else if (in.lastCase == null) {
            throw new IllegalArgumentException("A derived ticket's first event refers to the case of an event before it");
        }
        long second = in.lastSecond + in.signed();
        in.lastSecond = second;
        int nano = in.varint();
        if ((flags & SEEN) != 0 && (flags & SAME_SEEN) == 0) {
            in.lastSeen = in.seen(in.signed(), in.varint());
        }
        // The claimed time as numbers, which the meta keeps without an instant; the seen time one instant for the
        // events that share it.
        Instant seen = (flags & SEEN) == 0 ? null : in.lastSeen;
        String sourceId = (flags & SOURCE_ID) == 0 ? null : in.text();
        EventMeta meta = EventMeta.ofEpoch(in.lastCase, SIDES[flags >>> SIDE_SHIFT], second, nano, seen, sourceId);
        switch (type) {
            case OPENED:
                return new TicketOpened(meta, in.varint() == 1 ? in.priority() : Optional.empty(), in.optionalText(), statusClass(in));
            case STATUS:
                return new StatusChanged(meta, in.text(), statusClass(in));
            case PRIORITY:
                return new PriorityChanged(meta, in.priority().get());
            case ASSIGNED: {
                String group = in.text();
                return new Assigned(meta, group, tier(in.varint()));
            }
            case REPLY:
                return new PublicReply(meta);
            case PLAN:
                return new PlanProvided(meta);
            case RESOLVED:
                return new Resolved(meta);
            case REOPENED:
                return new Reopened(meta);
            case CLOSED:
                return new Closed(meta);
            case COMMENT:
                return new CommentAdded(meta, AUTHORS[in.varint()], in.varint() == 1);
            case DETAILS: {
                Optional<String> title = in.optionalText();
                Optional<String> requester = in.optionalText();
                Optional<String> category = in.optionalText();
                Optional<String> subcategory = in.optionalText();
                Optional<String> item = in.optionalText();
                Optional<String> channel = in.optionalText();
                int origin = in.varint();
                // An unmodifiable list from an array, which TicketDetails keeps as it is (List.of() when none).
                ExternalReference[] refs = new ExternalReference[in.count()];
                for (int i = 0; i < refs.length; i++) {
                    refs[i] = new ExternalReference(in.text(), in.text());
                }
                return new DetailsRecorded(meta, new TicketDetails(title, requester, category, subcategory, item, channel,
                        origin == 0 ? Optional.empty() : PRESENT_ORIGINS[origin - 1], refs.length == 0 ? List.of() : List.of(refs)));
            }
            case CLAIM:
                return new SlaClaimed(meta, in.text(), in.text());
            default:
                throw new IllegalStateException("No decoding for event type " + type);
        }
    }

    /** A tier as written (its level and one; 0 for none), one optional for each level. */
    private static Optional<SupportTier> tier(int code) {
        int level = code - 1;
        if (code == 0) {
            return Optional.empty();
        }
        return level >= SupportTier.MIN_LEVEL && level <= SupportTier.MAX_LEVEL ? PRESENT_TIERS[level - SupportTier.MIN_LEVEL]
                : Optional.of(new SupportTier(level));
    }

    private static void statusClass(PayloadWriter out, Optional<StatusClass> statusClass) {
        out.varint(statusClass.map(c -> c.ordinal() + 1).orElse(0));
    }

    private static Optional<StatusClass> statusClass(PayloadReader in) {
        int code = in.varint();
        return code == 0 ? Optional.empty() : PRESENT_CLASSES[code - 1];
    }
}
