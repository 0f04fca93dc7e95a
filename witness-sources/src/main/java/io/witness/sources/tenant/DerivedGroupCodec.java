package io.witness.sources.tenant;

import io.witness.core.contract.PartyId;
import io.witness.core.event.CaseId;
import io.witness.core.event.TicketEvent;
import io.witness.core.finding.ObservationNames;
import io.witness.core.reconcile.RecordChange;
import io.witness.ledger.store.DerivedRow;
import io.witness.sources.format.CaseEvents;
import io.witness.sources.format.UnmappedValue;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A derived ticket's payload (docs/ledger.md, "Derived tickets"): the positions of its observations (a count,
 * the first, then the steps between them), what the row is, and then, for a derived group, its events, record
 * changes (before, after) and unmapped values (field, value, count); for a group that cannot be derived, why;
 * for an annotation, its line. The body after the positions is written before the positions are known
 * ({@link #body}), and joined to them when they are ({@link #row}).
 */
final class DerivedGroupCodec {

    private static final int DERIVED = 0;
    private static final int FAILED = 1;
    private static final int ANNOTATION = 2;

    private DerivedGroupCodec() {
    }

    /** The body of a group's payload: its events, changes and unmapped values, or its failure. */
    static byte[] body(CaseEvents events, List<RecordChange> changes, @Nullable String failure) {
        PayloadWriter out = new PayloadWriter();
        if (failure != null) {
            out.varint(FAILED);
            out.text(failure);
            return out.bytes();
        }
        out.varint(DERIVED);
        out.varint(events.events().size());
        for (TicketEvent event : events.events()) {
            EventCodec.write(out, event);
        }
        out.varint(changes.size());
        for (RecordChange change : changes) {
            EventCodec.write(out, change.before());
            EventCodec.write(out, change.after());
        }
        out.varint(events.unmapped().size());
        for (UnmappedValue value : events.unmapped()) {
            out.text(value.field());
            out.text(value.value());
            out.varint(value.count());
        }
        return out.bytes();
    }

    /** The body of an annotation's payload. */
    static byte[] annotationBody(String line) {
        PayloadWriter out = new PayloadWriter();
        out.varint(ANNOTATION);
        out.text(line);
        return out.bytes();
    }

    /** The payload: the positions, then the body. Requires at least one position, in increasing order. */
    static byte[] payload(long[] positions, byte[] body) {
        PayloadWriter out = new PayloadWriter();
        out.varint(positions.length);
        long before = 0;
        for (long position : positions) {
            out.varint(position - before);
            before = position;
        }
        byte[] head = out.bytes();
        byte[] payload = Arrays.copyOf(head, head.length + body.length);
        System.arraycopy(body, 0, payload, head.length, body.length);
        return payload;
    }

    /** What a row holds: a group's result, or an annotation's line. */
    record Decoded(@Nullable GroupResult group, TenantTickets.@Nullable AnnotationLine annotation) {
    }

    /**
     * Decodes a row with {@code reader} (reset to the row's payload: one reader for many rows, on one thread), naming its
     * observations with {@code names} (the tenant's {@link ObservationNames#namer}, one prefix for every row);
     * {@code formatKnown} tells whether a format is named as its source's system; a group's events that make one
     * ticket make it at once, of {@code party} ({@link GroupResult#withTicket}).
     *
     * @throws IllegalArgumentException if the payload is not one this codec wrote
     */
    static Decoded decode(Function<long[], List<String>> names, DerivedRow row, boolean formatKnown, PartyId party,
            PayloadReader reader) {
        PayloadReader in = reader.reset(row.payload());
        int count = in.count();
        // The names as the ticket keeps them: positions, named when read, in a list the ticket need not copy.
        long[] positions = new long[count];
        long position = 0;
        for (int i = 0; i < count; i++) {
            position += in.varlong();
            positions[i] = position;
        }
        List<String> named = names.apply(positions);
        int kind = in.varint();
        Decoded decoded;
        if (kind == ANNOTATION) {
            decoded = new Decoded(null, new TenantTickets.AnnotationLine(named.get(0), in.text()));
        } else if (kind == FAILED) {
            decoded = new Decoded(GroupResult.of(row.source(), row.side(), new CaseId(row.caseRef()), formatKnown, GroupResult.NONE,
                    List.of(), in.text(), named), null);
        } else if (kind == DERIVED) {
            int events = in.count();
            // An unmodifiable list that CaseEvents, GroupResult and Ticket keep as it is.
            TicketEvent[] read = new TicketEvent[events];
            for (int i = 0; i < events; i++) {
                read[i] = EventCodec.read(in);
            }
            List<TicketEvent> told = List.of(read);
            // Unmodifiable lists made from arrays (List.of() when empty, as usual): kept as they are, not copied again.
            RecordChange[] changed = new RecordChange[in.count()];
            for (int i = 0; i < changed.length; i++) {
                changed[i] = new RecordChange(EventCodec.read(in), EventCodec.read(in));
            }
            UnmappedValue[] values = new UnmappedValue[in.count()];
            for (int i = 0; i < values.length; i++) {
                values[i] = new UnmappedValue(in.text(), in.text(), in.varlong());
            }
            CaseEvents derived = new CaseEvents(told, values.length == 0 ? List.of() : List.of(values));
            List<RecordChange> changes = changed.length == 0 ? List.of() : List.of(changed);
            CaseId caseId = new CaseId(row.caseRef());
            decoded = new Decoded(formatKnown ? GroupResult.withTicket(row.source(), row.side(), caseId, derived, changes, named, party)
                    : GroupResult.of(row.source(), row.side(), caseId, false, derived, changes, null, named), null);
        } else {
            throw new IllegalArgumentException("A derived ticket of unknown kind " + kind + " at position " + row.firstPosition());
        }
        if (!in.atEnd()) {
            throw new IllegalArgumentException("The derived ticket at position " + row.firstPosition() + " has bytes after its end");
        }
        return decoded;
    }
}
