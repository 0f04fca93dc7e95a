package io.witness.core.reconcile;

import io.witness.core.contract.PartyId;
import io.witness.core.event.CaseId;
import io.witness.core.event.Side;
import io.witness.core.event.TicketEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Groups events into tickets: one ticket per side and ticket id, in the order the tickets first appear. */
public final class Tickets {

    private Tickets() {
    }

    /**
     * The tickets of a list of events: each side's events by their case id.
     *
     * @param events events of any number of tickets and both sides, not null
     * @param client the client party, for the client's tickets
     * @param provider the provider party, for the provider's tickets
     */
    public static List<Ticket> of(List<TicketEvent> events, PartyId client, PartyId provider) {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(provider, "provider");
        Map<CaseId, List<TicketEvent>> clientEvents = new LinkedHashMap<>();
        Map<CaseId, List<TicketEvent>> providerEvents = new LinkedHashMap<>();
        for (TicketEvent event : events) {
            (event.side() == Side.CLIENT ? clientEvents : providerEvents)
                    .computeIfAbsent(event.caseId(), id -> new ArrayList<>()).add(event);
        }
        List<Ticket> tickets = new ArrayList<>(clientEvents.size() + providerEvents.size());
        clientEvents.forEach((id, list) -> tickets.add(Ticket.of(id, Side.CLIENT, client, list)));
        providerEvents.forEach((id, list) -> tickets.add(Ticket.of(id, Side.PROVIDER, provider, list)));
        return tickets;
    }
}
