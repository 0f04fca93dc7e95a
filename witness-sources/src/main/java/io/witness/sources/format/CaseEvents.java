package io.witness.sources.format;

import io.witness.core.event.TicketEvent;
import java.util.List;

/**
 * The canonical events of one case from one format, and the values the contract did not map. Immutable.
 *
 * @param events in time order (ties in log order)
 * @param unmapped the values without a mapping, with their counts in this case
 */
public record CaseEvents(List<TicketEvent> events, List<UnmappedValue> unmapped) {

    public CaseEvents {
        events = List.copyOf(events);
        unmapped = List.copyOf(unmapped);
    }
}
