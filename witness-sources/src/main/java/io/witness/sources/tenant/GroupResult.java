package io.witness.sources.tenant;

import io.witness.core.contract.PartyId;
import io.witness.core.event.CaseId;
import io.witness.core.event.Side;
import io.witness.core.reconcile.RecordChange;
import io.witness.core.reconcile.Ticket;
import io.witness.ledger.chain.SourceRef;
import io.witness.sources.format.CaseEvents;
import io.witness.core.event.TicketEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What one group of observations (one source, side and case) gives: its events and record changes, or
 * why they could not be derived; with the names of its observations. Immutable.
 *
 * @param source the group's source
 * @param side the group's side
 * @param caseId the case its observations are filed under
 * @param formatKnown false when no format is named as the source's system (nothing derived)
 * @param events the events and unmapped values derived
 * @param changes the records told one way before the last import and another way since
 * @param failure why the events cannot be derived; null when they were
 * @param observations the names of the group's observations, in log order
 * @param toldUnder the events of the group's own side by the case id they are told under, ids in order of
 *     first telling (a format may tell a case's events under another id than its observations are filed
 *     under: ServiceNow files history by sys_id and tells events under the incident's number)
 * @param ticket the ticket of this group alone, made where the group was (while its events are in that core's
 *     cache), when it tells under one id; null when made as the groups are put together
 * @param ticketHash the hash code of that ticket's id, worked out with it ({@link TicketFiling}); 0 without one
 */
record GroupResult(SourceRef source, Side side, CaseId caseId, boolean formatKnown, CaseEvents events, List<RecordChange> changes,
        @Nullable String failure, List<String> observations, Map<CaseId, List<TicketEvent>> toldUnder, @Nullable Ticket ticket,
        int ticketHash) {

    static final CaseEvents NONE = new CaseEvents(List.of(), List.of());

    /** A group's result, its events split by the id they are told under. */
    static GroupResult of(SourceRef source, Side side, CaseId caseId, boolean formatKnown, CaseEvents events,
            List<RecordChange> changes, @Nullable String failure, List<String> observations) {
        return new GroupResult(source, side, caseId, formatKnown, events, changes, failure, observations, toldUnder(side, events.events()),
                null, 0);
    }

    /**
     * A group whose events were derived (its format known), with its ticket made at once, of {@code party}, when it
     * tells them under one id on a side a ticket can be of: as the groups are put together it is that ticket unless
     * another group tells of the same id.
     */
    static GroupResult withTicket(SourceRef source, Side side, CaseId caseId, CaseEvents events, List<RecordChange> changes,
            List<String> observations, PartyId party) {
        List<TicketEvent> all = events.events();
        Map<CaseId, List<TicketEvent>> told = toldUnder(side, all);
        Ticket ticket = null;
        if (side != Side.WITNESS && told.size() == 1) {
            // Usually all of one id, the list itself (no entry set made to find it).
            CaseId id = all.get(0).caseId();
            List<TicketEvent> own = told.get(id);
            if (own == null) {
                Map.Entry<CaseId, List<TicketEvent>> only = told.entrySet().iterator().next();
                id = only.getKey();
                own = only.getValue();
            }
            ticket = new Ticket(id, side, party, own, observations);
        }
        // The id's hash worked out here, where its bytes are in this core's cache: the tickets are filed by id on one thread.
        return new GroupResult(source, side, caseId, true, events, changes, null, observations, told, ticket,
                ticket == null ? 0 : ticket.id().hashCode());
    }

    /** The events of {@code side} by the id they are told under: the list itself when it is all of one id and that side, as usual. */
    private static Map<CaseId, List<TicketEvent>> toldUnder(Side side, List<TicketEvent> events) {
        if (!events.isEmpty() && allOf(side, events.get(0).caseId(), events)) {
            return Map.of(events.get(0).caseId(), events);
        }
        Map<CaseId, List<TicketEvent>> told = new LinkedHashMap<>(2);
        List<TicketEvent> current = null;
        CaseId currentId = null;
        for (TicketEvent event : events) {
            if (event.side() == side) {
                if (!event.caseId().equals(currentId)) {
                    currentId = event.caseId();
                    current = told.computeIfAbsent(currentId, id -> new ArrayList<>());
                }
                current.add(event);
            }
        }
        return told;
    }

    private static boolean allOf(Side side, CaseId id, List<TicketEvent> events) {
        // By index: the lists are List.of's, and an iterator a group was some 40 MB a read at 100,000 cases.
        for (int i = 0; i < events.size(); i++) {
            TicketEvent event = events.get(i);
            if (event.side() != side || !event.caseId().equals(id)) {
                return false;
            }
        }
        return true;
    }
}
