package io.witness.sources.servicenow;

import io.witness.core.event.CaseId;
import io.witness.core.event.EventMeta;
import io.witness.core.event.Side;
import io.witness.core.event.TicketEvent;
import io.witness.sources.format.SourceMaps;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The events of one incident as they are built, with what building them needs: the case, the side, the
 * contract's maps, the choice labels. Events are kept in the order built; {@link #inTimeOrder} sorts them
 * by time, ties in that order. Mutable: one case, one thread.
 */
final class SnEvents {

    private final CaseId caseId;
    private final Side side;
    private final SourceMaps maps;
    private final SnChoices choices;
    private final List<TicketEvent> events = new ArrayList<>();

    SnEvents(CaseId caseId, Side side, SourceMaps maps, SnChoices choices) {
        this.caseId = caseId;
        this.side = side;
        this.maps = maps;
        this.choices = choices;
    }

    SourceMaps maps() {
        return maps;
    }

    SnChoices choices() {
        return choices;
    }

    /** The meta of an event at {@code at}, told by {@code from}. */
    EventMeta meta(Instant at, SnRecord from) {
        return EventMeta.of(caseId, side, at).withSeenAt(from.receivedAt()).withSourceId(from.sourceId());
    }

    void add(TicketEvent event) {
        events.add(event);
    }

    /** True when an event of this type was built. */
    boolean has(Class<? extends TicketEvent> type) {
        return events.stream().anyMatch(type::isInstance);
    }

    /** The label of a choice field's value: a code translated, a label as written. */
    String label(String field, String value) {
        return SnChoices.isCode(value) ? choices.label(field, value) : value;
    }

    /** The state's code, whether written as a code or as a label; empty when unknown. */
    String stateCode(Optional<String> state) {
        return state.map(s -> SnChoices.isCode(s) ? s : choices.code("state", s).orElse("")).orElse("");
    }

    /**
     * The status text of a state and hold reason: the state's label, and for On Hold with a reason,
     * "On Hold - Awaiting Caller", as docs/contract.md's example maps it.
     */
    Optional<String> statusText(Optional<String> state, Optional<String> holdReason) {
        if (state.isEmpty()) {
            return Optional.empty();
        }
        String label = label("state", state.get());
        if (stateCode(state).equals(SnChoices.ON_HOLD) && holdReason.isPresent()) {
            return Optional.of(label + " - " + label("hold_reason", holdReason.get()));
        }
        return Optional.of(label);
    }

    List<TicketEvent> inTimeOrder() {
        List<TicketEvent> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparing(TicketEvent::at));
        return sorted;
    }
}
