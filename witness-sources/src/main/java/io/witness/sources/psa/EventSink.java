package io.witness.sources.psa;

import io.witness.core.event.CaseId;
import io.witness.core.event.EventMeta;
import io.witness.core.event.Side;
import io.witness.core.event.TicketEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Collects a case's events and gives them in time order, ties in the order they were added. One case, one thread. */
final class EventSink {

    private record Entry(TicketEvent event, int order) {
    }

    private final CaseId caseId;
    private final Side side;
    private final List<Entry> entries = new ArrayList<>();

    EventSink(CaseId caseId, Side side) {
        this.caseId = caseId;
        this.side = side;
    }

    void add(Instant at, Instant seenAt, String sourceId, Function<EventMeta, ? extends TicketEvent> event) {
        EventMeta meta = new EventMeta(caseId, side, at, Optional.of(seenAt),
                sourceId.isBlank() ? Optional.empty() : Optional.of(sourceId));
        entries.add(new Entry(event.apply(meta), entries.size()));
    }

    List<TicketEvent> events() {
        return entries.stream()
                .sorted(Comparator.comparing((Entry e) -> e.event().at()).thenComparingInt(Entry::order))
                .map(Entry::event)
                .toList();
    }
}
