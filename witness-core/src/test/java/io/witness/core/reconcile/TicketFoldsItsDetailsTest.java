package io.witness.core.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import io.witness.core.contract.PartyId;
import io.witness.core.event.CaseId;
import io.witness.core.event.DetailsRecorded;
import io.witness.core.event.EventMeta;
import io.witness.core.event.ExternalReference;
import io.witness.core.event.Origin;
import io.witness.core.event.PublicReply;
import io.witness.core.event.Side;
import io.witness.core.event.TicketDetails;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TicketFoldsItsDetailsTest {

    private static final CaseId ID = new CaseId("INC7");
    private static final PartyId CLIENT = new PartyId("client");
    private static final ExternalReference CW = new ExternalReference("connectwise", "T7");
    private static final ExternalReference HALO = new ExternalReference("halo", "H7");

    private static EventMeta at(String time) {
        return EventMeta.of(ID, Side.CLIENT, Instant.parse(time));
    }

    private static TicketDetails details(String title, String category, List<ExternalReference> references) {
        return new TicketDetails(Optional.ofNullable(title), Optional.of("Dana"), Optional.ofNullable(category), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(Origin.USER), references);
    }

    private static Ticket ticketOf(TicketDetails... recorded) {
        List<io.witness.core.event.TicketEvent> events = new java.util.ArrayList<>();
        for (int i = 0; i < recorded.length; i++) {
            events.add(new DetailsRecorded(at("2026-03-02T10:0" + i + ":00Z"), recorded[i]));
        }
        events.add(new PublicReply(at("2026-03-02T11:00:00Z")));
        return new Ticket(ID, Side.CLIENT, CLIENT, events, List.of());
    }

    @Test
    void aTicketWithoutDetailsHasNone() {
        assertThat(ticketOf().details()).isEqualTo(TicketDetails.none());
    }

    @Test
    void detailsRecordedOnceAreTheDetails() {
        TicketDetails once = details("Printer down", "Hardware", List.of(CW, HALO));

        assertThat(ticketOf(once).details()).isEqualTo(once);
    }

    @Test
    void aReferenceRepeatedInOneRecordIsToldOnce() {
        assertThat(ticketOf(details("Printer down", null, List.of(CW, HALO, CW))).details().references())
                .containsExactly(CW, HALO);
    }

    @Test
    void laterDetailsKeepEarlierFieldsTheyLeaveOutAndGatherEveryReferenceFirstSeenFirst() {
        TicketDetails folded = ticketOf(details("Printer down", "Hardware", List.of(HALO)),
                details("Printer down on floor 2", null, List.of(CW, HALO))).details();

        assertThat(folded.title()).contains("Printer down on floor 2");
        assertThat(folded.category()).contains("Hardware");
        assertThat(folded.references()).containsExactly(HALO, CW);
    }
}
