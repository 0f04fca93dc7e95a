package io.witness.app.coverage.cli;

import io.witness.app.CliFailure;
import io.witness.core.contract.Contract;
import io.witness.core.coverage.CoverageEvidence;
import io.witness.core.event.EventLines;
import io.witness.core.event.TicketEvent;
import io.witness.core.reconcile.Ticket;
import io.witness.core.reconcile.Tickets;
import io.witness.ledger.chain.Observation;
import io.witness.ledger.chain.ObservationDraft;
import io.witness.ledger.chain.Position;
import io.witness.ledger.chain.TenantId;
import io.witness.ledger.store.LedgerReader;
import io.witness.sources.operations.Incidents;
import io.witness.sources.operations.OperationalEvidence;
import io.witness.sources.tenant.TenantEvents;
import io.witness.sources.tenant.TenantTickets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a coverage audit reads from a tenant's ledger: every observation, once; the operational ones as
 * coverage evidence (latest version of each record), the ticket ones as tickets whose categories give
 * the incidents; and what could not be read, as notes.
 *
 * @param evidence the evidence, incidents included
 * @param observations how many observations the ledger holds for the tenant
 * @param versions how many of them were operational evidence, older versions included
 * @param tickets how many tickets the ticket observations gave
 * @param notes what could not be read, in words
 */
public record CoverageInput(CoverageEvidence evidence, long observations, long versions, long tickets, List<String> notes) {

    private static final int PAGE = 10_000;

    public CoverageInput {
        Objects.requireNonNull(evidence, "evidence");
        notes = List.copyOf(notes);
    }

    public static CoverageInput read(LedgerReader reader, TenantId tenant, Contract contract) {
        List<ObservationDraft> drafts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        Position from = Position.of(0);
        while (true) {
            List<Observation> page = reader.observations(tenant, from, PAGE);
            for (Observation observation : page) {
                drafts.add(observation.draft());
                names.add(observation.name());
            }
            if (page.size() < PAGE) {
                break;
            }
            from = page.get(page.size() - 1).position().next();
        }
        OperationalEvidence.Read operational;
        try {
            operational = OperationalEvidence.of(drafts, names);
        } catch (IllegalArgumentException e) {
            throw new CliFailure("the ledger of tenant " + tenant + " holds evidence this version cannot read: " + e.getMessage());
        }
        TenantTickets tickets = new TenantEvents(contract).of(tenant, drafts, names);
        List<String> notes = new ArrayList<>();
        tickets.problems().forEach(p -> notes.add(p.toString()));
        return new CoverageInput(operational.evidence().withIncidents(Incidents.of(tickets.tickets())), drafts.size(), operational.versions(),
                tickets.tickets().size(), notes);
    }

    /** The same input with the incidents of a file of canonical events instead of the ledger's tickets. */
    CoverageInput withEvents(String text, String name, Contract contract) {
        List<TicketEvent> events = EventLines.read(text, name).orThrow();
        List<Ticket> fromFile = Tickets.of(events, contract.parties().client().id(), contract.parties().providers().get(0).id());
        return new CoverageInput(evidence.withIncidents(Incidents.of(fromFile)), observations, versions, fromFile.size(), notes);
    }
}
