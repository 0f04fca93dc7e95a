package io.witness.core.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import io.witness.core.contract.PartyId;
import io.witness.core.event.CaseId;
import io.witness.core.event.EventMeta;
import io.witness.core.event.Side;
import io.witness.core.event.TicketOpened;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Correlation's sort of cases as numbers puts them in the order of their openings, then ids, as the comparator does. */
class CasesSortedByOpeningTest {

    private static final PartyId ACME = new PartyId("acme");

    @Test
    void sortsAsTheComparatorDoesWithManyCasesInOneMillisecond() {
        Random random = new Random(5);
        CaseOpening[] openings = new CaseOpening[4_000];
        for (int i = 0; i < openings.length; i++) {
            // Openings a few milliseconds apart, so that many share one, some at nanoseconds within it; ids out of order.
            openings[i] = opening("INC" + random.nextInt(1_000_000), 1_767_225_600_000L + random.nextInt(300),
                    random.nextInt(3) * 100);
        }
        assertThat(CaseOpening.inOrder(openings)).containsExactlyElementsOf(byComparator(openings));
    }

    @Test
    void sortsOpeningsCenturiesApartByTheComparator() {
        CaseOpening[] openings = {opening("B", 4_000_000_000_000L, 0), opening("A", -4_000_000_000_000L, 0),
            opening("C", 0, 5), opening("D", 0, 1)};
        assertThat(CaseOpening.inOrder(openings)).containsExactlyElementsOf(byComparator(openings));
    }

    @Test
    void sortsNoCase() {
        assertThat(CaseOpening.inOrder(new CaseOpening[0])).isEmpty();
    }

    private static List<Case> byComparator(CaseOpening[] openings) {
        CaseOpening[] sorted = openings.clone();
        Arrays.sort(sorted, CaseOpening.ORDER);
        List<Case> cases = new ArrayList<>();
        for (CaseOpening opening : sorted) {
            cases.add(opening.theCase());
        }
        return cases;
    }

    private static CaseOpening opening(String id, long millis, int nanoOfMilli) {
        Instant at = Instant.ofEpochMilli(millis).plusNanos(nanoOfMilli);
        CaseId caseId = new CaseId(id);
        Ticket ticket = Ticket.of(caseId, Side.CLIENT, ACME, List.of(new TicketOpened(EventMeta.of(caseId, Side.CLIENT, at),
                Optional.empty(), Optional.empty(), Optional.empty())));
        return new CaseOpening(new TicketFacts(ticket), Case.oneSided(ticket, ACME, "only the client recorded " + id));
    }
}
