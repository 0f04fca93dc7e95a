package io.witness.sources.ingest;

import io.witness.core.event.CaseId;
import io.witness.core.event.EventJson;
import io.witness.core.event.EventType;
import io.witness.core.event.TicketEvent;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Compares a case's events derived before an import with those derived after it. New events are
 * expected (the case went on); an event told before that is not told the same way after is a rewrite.
 * It is paired with the event of the same type at the same place among that type's events (the second
 * {@code resolved} with the second {@code resolved}), or reported as no longer told. Two tellings are the
 * same when they say the same ({@link TicketEvent#told()}): a later export seen later is no rewrite.
 */
final class EventDiff {

    private EventDiff() {
    }

    static List<Rewrite> rewrites(CaseId caseId, List<TicketEvent> before, List<TicketEvent> after) {
        Map<TicketEvent, Integer> unmatchedAfter = new HashMap<>();
        for (TicketEvent event : after) {
            unmatchedAfter.merge(event.told(), 1, Integer::sum);
        }
        List<TicketEvent> gone = new ArrayList<>();
        for (TicketEvent event : before) {
            TicketEvent told = event.told();
            Integer left = unmatchedAfter.get(told);
            if (left == null) {
                gone.add(event);
            } else if (left == 1) {
                unmatchedAfter.remove(told);
            } else {
                unmatchedAfter.put(told, left - 1);
            }
        }
        if (gone.isEmpty()) {
            return List.of();
        }
        Map<EventType, List<TicketEvent>> afterByType = byType(after);
        Map<EventType, List<TicketEvent>> beforeByType = byType(before);
        List<Rewrite> rewrites = new ArrayList<>();
        for (TicketEvent event : gone) {
            int occurrence = indexOfSame(beforeByType.get(event.type()), event) + 1;
            List<TicketEvent> sameType = afterByType.getOrDefault(event.type(), List.of());
            Optional<TicketEvent> inItsPlace = occurrence <= sameType.size() ? Optional.of(sameType.get(occurrence - 1)) : Optional.empty();
            rewrites.add(new EventRewritten(caseId, event.type(), occurrence, EventJson.write(event), inItsPlace.map(EventJson::write)));
        }
        return rewrites;
    }

    private static Map<EventType, List<TicketEvent>> byType(List<TicketEvent> events) {
        Map<EventType, List<TicketEvent>> byType = new EnumMap<>(EventType.class);
        for (TicketEvent event : events) {
            byType.computeIfAbsent(event.type(), t -> new ArrayList<>()).add(event);
        }
        return byType;
    }

    // Identity, not equality: the same event may be told twice, and each telling has its own place.
    private static int indexOfSame(List<TicketEvent> events, TicketEvent event) {
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) == event) {
                return i;
            }
        }
        throw new IllegalStateException("An event of the earlier timeline is missing from it: " + event);
    }
}
