package io.witness.core.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.witness.core.contract.PartyId;
import io.witness.core.event.CaseId;
import io.witness.core.event.Closed;
import io.witness.core.event.EventMeta;
import io.witness.core.event.PublicReply;
import io.witness.core.event.Resolved;
import io.witness.core.event.Side;
import io.witness.core.event.TicketEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TicketKeepsEventsInTimeOrderTest {

    private static final CaseId ID = new CaseId("INC1");
    private static final PartyId CLIENT = new PartyId("client");

    private static EventMeta at(String time) {
        return EventMeta.of(ID, Side.CLIENT, Instant.parse(time));
    }

    private final TicketEvent reply = new PublicReply(at("2026-03-02T10:00:00Z"));
    private final TicketEvent resolved = new Resolved(at("2026-03-02T11:00:00Z"));
    private final TicketEvent closedSameTime = new Closed(at("2026-03-02T11:00:00Z"));

    @Test
    void eventsGivenOutOfOrderAreSortedByClaimedTimeTiesAsGiven() {
        Ticket ticket = new Ticket(ID, Side.CLIENT, CLIENT, List.of(closedSameTime, reply, resolved), List.of());

        assertThat(ticket.events()).containsExactly(reply, closedSameTime, resolved);
    }

    @Test
    void eventsGivenInOrderAreKeptAsGivenAndAnUnmodifiableListIsNotCopied() {
        List<TicketEvent> given = List.of(reply, resolved, closedSameTime);

        Ticket ticket = new Ticket(ID, Side.CLIENT, CLIENT, given, List.of());

        assertThat(ticket.events()).isSameAs(given).containsExactly(reply, resolved, closedSameTime);
    }

    @Test
    void aModifiableListGivenIsCopiedSoChangingItLeavesTheTicketAsItWas() {
        List<TicketEvent> given = new ArrayList<>(List.of(reply, resolved));

        Ticket ticket = new Ticket(ID, Side.CLIENT, CLIENT, given, new ArrayList<>(List.of("acme#1")));
        given.add(closedSameTime);

        assertThat(ticket.events()).containsExactly(reply, resolved);
        assertThatThrownBy(() -> ticket.events().add(closedSameTime)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void anEventOfAnotherTicketIsStillRefusedWhenInOrder() {
        TicketEvent other = new Resolved(EventMeta.of(new CaseId("INC2"), Side.CLIENT, Instant.parse("2026-03-03T00:00:00Z")));

        assertThatThrownBy(() -> new Ticket(ID, Side.CLIENT, CLIENT, List.of(reply, other), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("INC2");
    }
}
