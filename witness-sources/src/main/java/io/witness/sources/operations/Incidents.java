package io.witness.sources.operations;

import io.witness.core.coverage.raci.Incident;
import io.witness.core.event.DetailsRecorded;
import io.witness.core.event.Side;
import io.witness.core.event.TicketEvent;
import io.witness.core.event.TicketOpened;
import io.witness.core.finding.EvidenceRef;
import io.witness.core.reconcile.Ticket;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The incidents the responsibility audit reads, from tickets: the client's tickets when there are any
 * (the client's record of its incidents), else the providers'. An incident is opened at its first
 * {@code opened} event (else its first event) and has the category and subcategory its latest
 * {@code details} gives. Stateless.
 */
public final class Incidents {

    private Incidents() {
    }

    public static List<Incident> of(List<Ticket> tickets) {
        boolean clientHasTickets = tickets.stream().anyMatch(t -> t.side() == Side.CLIENT);
        List<Incident> incidents = new ArrayList<>();
        for (Ticket ticket : tickets) {
            if ((ticket.side() == Side.CLIENT) != clientHasTickets) {
                continue;
            }
            Optional<TicketEvent> opened = ticket.events().stream().filter(e -> e instanceof TicketOpened).findFirst();
            String category = "";
            String subcategory = "";
            String title = "";
            for (TicketEvent event : ticket.events()) {
                if (event instanceof DetailsRecorded details) {
                    category = details.details().category().orElse(category);
                    subcategory = details.details().subcategory().orElse(subcategory);
                    title = details.details().title().orElse(title);
                }
            }
            EvidenceRef ref = ticket.observations().isEmpty() ? EvidenceRef.ofCase(ticket.id().value())
                    : EvidenceRef.observation(ticket.observations().get(0));
            incidents.add(new Incident(ticket.id().value(), opened.orElse(ticket.events().get(0)).at(), category, subcategory, title, ref));
        }
        return incidents;
    }
}
