package io.witness.core.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.witness.core.contract.PartyId;
import io.witness.core.event.CaseId;
import io.witness.core.event.EventMeta;
import io.witness.core.event.Side;
import io.witness.core.event.TicketOpened;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TicketIndexComparesIdsAsKeysDoTest {

    /** Characters that trim, fold or change length in lower case: spaces and controls, ASCII, Turkish, German, Greek. */
    private static final String CHARACTERS = " \t\u0001aAbBzZ09-_.İıIißẞΣσςΩω\u00e9\u00c9";

    @Test
    void hashesAndComparesAnIdAsItsTrimmedLowerCaseKey() {
        Random random = new Random(7);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            StringBuilder id = new StringBuilder();
            for (int n = random.nextInt(5); n >= 0; n--) {
                id.append(CHARACTERS.charAt(random.nextInt(CHARACTERS.length())));
            }
            ids.add(id.toString());
        }
        for (int i = 0; i + 1 < ids.size(); i++) {
            String a = ids.get(i);
            String b = ids.get(i + 1 + random.nextInt(Math.min(50, ids.size() - i - 1)));
            assertThat(TicketIndex.sameKey(a, b)).as("'%s' and '%s'", a, b)
                    .isEqualTo(TicketFacts.key(a).equals(TicketFacts.key(b)));
            assertThat(TicketIndex.hash(a)).isEqualTo(spread(TicketFacts.key(a).hashCode()));
        }
    }

    @Test
    void findsWhatAMapOfKeysFinds() {
        Random random = new Random(11);
        Map<String, TicketFacts> byKey = new HashMap<>();
        TicketIndex index = new TicketIndex(3_000);
        for (int i = 0; i < 3_000; i++) {
            String id = (random.nextBoolean() ? " INC" : "inc") + random.nextInt(4_000) + (random.nextBoolean() ? "İ" : "");
            TicketFacts ticket = facts(id);
            TicketFacts before = byKey.putIfAbsent(TicketFacts.key(id), ticket);
            assertThat(index.putIfAbsent(ticket)).isSameAs(before);
        }
        for (int i = 0; i < 8_000; i++) {
            String id = (random.nextBoolean() ? "Inc" : "INC ") + random.nextInt(8_000) + (random.nextBoolean() ? "i̇" : "");
            assertThat(index.get(id)).isSameAs(byKey.get(TicketFacts.key(id)));
        }
    }

    @Test
    void refusesMoreTicketsThanItWasMadeFor() {
        TicketIndex index = new TicketIndex(1);
        assertThatThrownBy(() -> {
            for (int i = 0; i < 10; i++) {
                index.putIfAbsent(facts("T" + i));
            }
        }).isInstanceOf(IllegalStateException.class);
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    private static TicketFacts facts(String id) {
        CaseId caseId = new CaseId(id);
        return new TicketFacts(Ticket.of(caseId, Side.CLIENT, new PartyId("acme"), List.of(new TicketOpened(
                EventMeta.of(caseId, Side.CLIENT, Instant.parse("2026-03-04T14:23:00Z")), Optional.empty(), Optional.empty(),
                Optional.empty()))));
    }
}
