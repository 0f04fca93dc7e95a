package io.witness.core.finding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.witness.core.contract.PartyId;
import io.witness.core.event.CaseId;
import io.witness.core.event.EventMeta;
import io.witness.core.event.PublicReply;
import io.witness.core.event.Side;
import io.witness.core.reconcile.Ticket;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ObservationNamesTest {

    @Test
    void namesEachPositionAsTheLedgerDoesAndEqualsTheListOfThoseNames() {
        long[] positions = {0, 7, 1234};
        List<String> names = ObservationNames.of("acme", positions);
        positions[1] = 99;

        assertThat(names).containsExactly("acme#0", "acme#7", "acme#1234");
        assertThat(names).isEqualTo(List.of("acme#0", "acme#7", "acme#1234"));
        assertThat(names.hashCode()).isEqualTo(List.of("acme#0", "acme#7", "acme#1234").hashCode());
        assertThat(ObservationNames.of("acme", new long[0])).isSameAs(List.of());
    }

    @Test
    void isUnmodifiableAndRefusesWhatNamesNoObservation() {
        List<String> names = ObservationNames.of("acme", new long[] {3});

        assertThatThrownBy(() -> names.add("acme#4")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> names.get(1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> ObservationNames.of(" ", new long[] {1})).hasMessage("An observation's tenant must not be blank");
        assertThatThrownBy(() -> ObservationNames.of("acme", new long[] {-1}))
                .hasMessage("An observation's position is counted from 0, got -1");
    }

    @Test
    void oneTenantsNamesJoinedStayNumbersWithoutACopyAndJoinAgain() {
        List<String> both = ObservationNames.both(ObservationNames.of("acme", new long[] {4, 5}),
                ObservationNames.of("acme", new long[] {9}));
        List<String> again = ObservationNames.both(both, ObservationNames.of("acme", new long[] {11}));

        assertThat(both).isInstanceOf(ObservationNames.class).containsExactly("acme#4", "acme#5", "acme#9");
        assertThat(both).isEqualTo(List.of("acme#4", "acme#5", "acme#9")).hasSameHashCodeAs(List.of("acme#4", "acme#5", "acme#9"));
        assertThat(again).isInstanceOf(ObservationNames.class).containsExactly("acme#4", "acme#5", "acme#9", "acme#11");
        assertThat(ObservationNames.kept(both)).isSameAs(both);
        assertThatThrownBy(() -> both.get(3)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void aTicketKeepsTheNamesWithoutCopyingThem() {
        List<String> names = ObservationNames.of("acme", new long[] {1, 2});
        CaseId id = new CaseId("INC1");
        Ticket ticket = new Ticket(id, Side.CLIENT, new PartyId("acme"),
                List.of(new PublicReply(EventMeta.of(id, Side.CLIENT, Instant.parse("2026-03-02T10:00:00Z")))), names);

        assertThat(ticket.observations()).isSameAs(names);
    }

    @Test
    void namesTicketAfterTicketWithOnePrefix() {
        java.util.function.Function<long[], List<String>> namer = ObservationNames.namer("acme");
        List<String> first = namer.apply(new long[] {1, 2});
        assertThat(first).isEqualTo(ObservationNames.of("acme", new long[] {1, 2})).containsExactly("acme#1", "acme#2");
        assertThat(namer.apply(new long[0])).isSameAs(List.of());
        assertThatThrownBy(() -> namer.apply(new long[] {-1})).hasMessage("An observation's position is counted from 0, got -1");
        assertThatThrownBy(() -> ObservationNames.namer(" ")).hasMessage("An observation's tenant must not be blank");
    }
}
