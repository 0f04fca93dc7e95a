package io.witness.sources.tenant;

import io.witness.core.event.CaseId;
import io.witness.core.event.Side;
import io.witness.core.reconcile.RecordChange;
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
 */
record GroupResult(SourceRef source, Side side, CaseId caseId, boolean formatKnown, CaseEvents events, List<RecordChange> changes,
        @Nullable String failure, List<String> observations, Map<CaseId, List<TicketEvent>> toldUnder) {

    static final CaseEvents NONE = new CaseEvents(List.of(), List.of());

    /** A group's result, its events split by the id they are told under. */
    static GroupResult of(SourceRef source, Side side, CaseId caseId, boolean formatKnown, CaseEvents events,
            List<RecordChange> changes, @Nullable String failure, List<String> observations) {
        return new GroupResult(source, side, caseId, formatKnown, events, changes, failure, observations, toldUnder(side, events.events()));
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
        for (TicketEvent event : events) {
            if (event.side() != side || !event.caseId().equals(id)) {
                return false;
            }
        }
        return true;
    }
}
