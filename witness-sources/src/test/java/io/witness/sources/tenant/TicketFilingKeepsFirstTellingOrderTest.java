package io.witness.sources.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import io.witness.core.contract.PartyId;
import io.witness.core.event.CaseId;
import io.witness.core.event.EventMeta;
import io.witness.core.event.Resolved;
import io.witness.core.event.Side;
import io.witness.core.event.TicketEvent;
import io.witness.core.reconcile.Ticket;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Tickets filed by side and id come out side by side, each side's in order of first telling, a ticket told by
 * several groups made of all their events (in time order, stable) and observations in order; whether a group's
 * ticket was made with it or not, ids of equal hashes apart, past the room first given (#7).
 */
class TicketFilingKeepsFirstTellingOrderTest {

    private static final PartyId CLIENT = new PartyId("client");
    private static final PartyId PROVIDER = new PartyId("provider");

    private static TicketEvent event(String id, Side side, int second) {
        return new Resolved(EventMeta.of(new CaseId(id), side, Instant.ofEpochSecond(1_800_000_000L + second)));
    }

    /** A group's telling: its ticket's id and side, its events' seconds and its observations. */
    private record Told(String id, Side side, int[] seconds, List<String> observations, boolean made) {

        List<TicketEvent> events() {
            List<TicketEvent> events = new ArrayList<>();
            for (int second : seconds) {
                events.add(event(id, side, second));
            }
            return List.copyOf(events);
        }

        PartyId party() {
            return side == Side.CLIENT ? CLIENT : PROVIDER;
        }
    }

    @Test // #7
    void ticketsComeOutInFirstTellingOrderEachMadeOfAllItsGroups() {
        List<Told> groups = new ArrayList<>();
        // "Aa" and "BB" share a hash code; ids repeat later, on both sides, some told by made tickets, some not.
        groups.add(new Told("Aa", Side.PROVIDER, new int[] {5, 1}, List.of("t#1", "t#2"), true));
        groups.add(new Told("BB", Side.PROVIDER, new int[] {3}, List.of("t#3"), false));
        for (int i = 0; i < 3_000; i++) {
            Side side = i % 3 == 0 ? Side.PROVIDER : Side.CLIENT;
            groups.add(new Told("T" + i, side, new int[] {i % 7, i % 5}, List.of("t#" + (10 + i)), i % 2 == 0));
        }
        groups.add(new Told("Aa", Side.PROVIDER, new int[] {1, 0}, List.of("t#9000"), true));
        groups.add(new Told("T4", Side.CLIENT, new int[] {2}, List.of("t#9001"), false));
        groups.add(new Told("T3", Side.PROVIDER, new int[] {0}, List.of("t#9002"), true));
        groups.add(new Told("BB", Side.PROVIDER, new int[] {3}, List.of("t#9003"), true));

        TicketFiling filing = new TicketFiling(16);
        Map<Side, Map<String, List<Told>>> expected = new java.util.EnumMap<>(Side.class);
        for (Told told : groups) {
            if (told.made()) {
                Ticket made = new Ticket(new CaseId(told.id()), told.side(), told.party(), told.events(), told.observations());
                filing.add(made, made.id().hashCode());
            } else {
                filing.add(new CaseId(told.id()), told.side(), told.party(), told.events(), told.observations());
            }
            expected.computeIfAbsent(told.side(), s -> new LinkedHashMap<>()).computeIfAbsent(told.id(), id -> new ArrayList<>()).add(told);
        }

        List<Ticket> wanted = new ArrayList<>();
        expected.forEach((side, byId) -> byId.forEach((id, told) -> {
            List<TicketEvent> events = new ArrayList<>();
            List<String> observations = new ArrayList<>();
            for (Told each : told) {
                events.addAll(each.events());
                observations.addAll(each.observations());
            }
            wanted.add(new Ticket(new CaseId(id), side, told.get(0).party(), events, observations));
        }));
        List<Ticket> tickets = filing.tickets();

        assertThat(tickets).isEqualTo(wanted);
        Ticket aa = tickets.stream().filter(t -> t.id().value().equals("Aa")).findFirst().orElseThrow();
        assertThat(aa.events()).extracting(TicketEvent::at).map(Instant::getEpochSecond)
                .containsExactly(1_800_000_000L, 1_800_000_001L, 1_800_000_001L, 1_800_000_005L);
        assertThat(aa.observations()).containsExactly("t#1", "t#2", "t#9000");
        assertThat(tickets.get(0).id().value()).isEqualTo("T1");
    }
}
