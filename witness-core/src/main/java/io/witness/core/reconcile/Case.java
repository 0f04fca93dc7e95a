package io.witness.core.reconcile;

import io.witness.core.finding.ObservationNames;
import io.witness.core.contract.PartyId;
import io.witness.core.event.CaseId;
import io.witness.core.event.Side;
import io.witness.core.event.TicketEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One case: the client's ticket and the provider's ticket about the same problem, or a ticket that only
 * one side recorded, with the provider whose work it is and how the two tickets were matched.
 *
 * <p>The case's id is the client ticket's id, or the provider ticket's when the client has none. The
 * clock engine computes a case with {@code ClockEngine.compute(case.id(), case.events(), side, now)}:
 * it reads each event's side, not its ticket id, so both tickets' events make one witnessed timeline.
 * Immutable and thread-safe.
 *
 * @param id the case's id, not null
 * @param provider the provider whose work the case is, not null
 * @param clientTicket the client's ticket, if the client recorded it
 * @param providerTicket the provider's ticket, if the provider recorded it
 * @param match how the tickets were matched (or that only one side has one), not null
 */
public record Case(CaseId id, PartyId provider, Optional<Ticket> clientTicket, Optional<Ticket> providerTicket,
        Match match) {

    private static final Comparator<TicketEvent> BY_TIME = TicketEvent.BY_TIME;

    /**
     * @throws IllegalArgumentException if there is no ticket, a ticket is on the wrong side, the id is not
     *     the client ticket's (or the provider ticket's when alone), or a one-sided case says otherwise
     */
    public Case {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(clientTicket, "clientTicket");
        Objects.requireNonNull(providerTicket, "providerTicket");
        Objects.requireNonNull(match, "match");
        if (clientTicket.isEmpty() && providerTicket.isEmpty()) {
            throw new IllegalArgumentException("Case " + id + " has no ticket");
        }
        // Without lambdas: correlation makes a million cases.
        if (clientTicket.isPresent() && clientTicket.get().side() != Side.CLIENT
                || providerTicket.isPresent() && providerTicket.get().side() != Side.PROVIDER) {
            throw new IllegalArgumentException("Case " + id + " has a ticket on the wrong side");
        }
        CaseId expected = (clientTicket.isPresent() ? clientTicket : providerTicket).get().id();
        if (!expected.equals(id)) {
            throw new IllegalArgumentException("Case " + id + " must take its id from its ticket " + expected);
        }
        boolean oneSided = clientTicket.isEmpty() || providerTicket.isEmpty();
        if (oneSided != (match.method() == MatchMethod.ONE_SIDE_ONLY)) {
            throw new IllegalArgumentException("Case " + id + " has " + (oneSided ? "one ticket" : "two tickets")
                    + " but its match is " + match.method().wireName());
        }
    }

    /** A case of one ticket that the other side never recorded. */
    public static Case oneSided(Ticket ticket, PartyId provider, String reason) {
        return oneSided(ticket, provider, new Match(MatchMethod.ONE_SIDE_ONLY, 1, reason));
    }

    /** A case of one ticket that the other side never recorded, with its match (of {@link MatchMethod#ONE_SIDE_ONLY}). */
    static Case oneSided(Ticket ticket, PartyId provider, Match match) {
        return ticket.side() == Side.CLIENT
                ? new Case(ticket.id(), provider, Optional.of(ticket), Optional.empty(), match)
                : new Case(ticket.id(), provider, Optional.empty(), Optional.of(ticket), match);
    }

    /** A case of two matched tickets; its provider is the provider ticket's party. */
    public static Case paired(Ticket client, Ticket provider, Match match) {
        return new Case(client.id(), provider.party(), Optional.of(client), Optional.of(provider), match);
    }

    /** True when only one side recorded the case. */
    public boolean isOneSided() {
        return clientTicket.isEmpty() || providerTicket.isEmpty();
    }

    /** The side's ticket, if it has one ({@link Side#WITNESS} has none). */
    public Optional<Ticket> ticket(Side side) {
        return switch (side) {
            case CLIENT -> clientTicket;
            case PROVIDER -> providerTicket;
            case WITNESS -> Optional.empty();
        };
    }

    /** Both tickets' events, by claimed time (stable: the client's first on a tie). */
    public List<TicketEvent> events() {
        if (providerTicket.isEmpty()) {
            return clientTicket.orElseThrow().events();
        }
        if (clientTicket.isEmpty()) {
            return providerTicket.orElseThrow().events();
        }
        List<TicketEvent> all = new ArrayList<>(clientTicket.get().events());
        all.addAll(providerTicket.get().events());
        all.sort(BY_TIME);
        return all;
    }

    /** One side's events ({@link Side#WITNESS}: both sides'). */
    public List<TicketEvent> events(Side side) {
        return side == Side.WITNESS ? events() : ticket(side).map(Ticket::events).orElse(List.of());
    }

    /** When the case opened: the earlier of the tickets' openings. */
    public Instant openedAt() {
        Instant client = clientTicket.isPresent() ? clientTicket.get().openedAt() : Instant.MAX;
        Instant provider = providerTicket.isPresent() ? providerTicket.get().openedAt() : Instant.MAX;
        return client.isBefore(provider) ? client : provider;
    }

    /** The timelines worth computing: each side that recorded the case, and the witnessed one when both did. */
    public List<Side> timelines() {
        List<Side> sides = new ArrayList<>(3);
        clientTicket.ifPresent(t -> sides.add(Side.CLIENT));
        providerTicket.ifPresent(t -> sides.add(Side.PROVIDER));
        if (!isOneSided()) {
            sides.add(Side.WITNESS);
        }
        return sides;
    }

    /** The ledger observations behind both tickets, the client's first, as one unmodifiable list. */
    public List<String> observations() {
        return ObservationNames.both(clientTicket.isPresent() ? clientTicket.get().observations() : List.of(),
                providerTicket.isPresent() ? providerTicket.get().observations() : List.of());
    }
}
