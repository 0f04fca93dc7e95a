package io.witness.core.reconcile;

import io.witness.core.contract.PartyId;
import io.witness.core.event.EventLines;
import io.witness.core.event.TicketEvent;
import java.util.List;

/** Hand-built scenarios as event lines, for the reconciliation tests. */
final class Scenario {

    static final PartyId CLIENT = new PartyId("client");
    static final PartyId PROVIDER = new PartyId("provider");

    private Scenario() {
    }

    /** The events of the lines (JSON lines, as docs/events.md). */
    static List<TicketEvent> events(String... lines) {
        return EventLines.read(String.join("\n", lines), "scenario.jsonl").orThrow();
    }

    /** The tickets of the lines, the client's to "client" and the provider's to "provider". */
    static List<Ticket> tickets(String... lines) {
        return Tickets.of(events(lines), CLIENT, PROVIDER);
    }

    /** Cases of the lines under the default rules. */
    static Correlated correlate(String... lines) {
        return Correlation.withDefaults().correlate(tickets(lines), PROVIDER);
    }
}
