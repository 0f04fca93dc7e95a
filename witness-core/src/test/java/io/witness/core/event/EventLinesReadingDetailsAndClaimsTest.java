package io.witness.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.witness.core.input.InputProblem;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EventLinesReadingDetailsAndClaimsTest {

    @Test
    void readsWhatATicketIsAbout() {
        EventsRead read = EventLines.read("""
                {"case":"C1","side":"client","type":"details","at":"2026-03-06T09:05:00-05:00","title":"Laptop will not join Wi-Fi","requester":"Dana Reyes","category":"Network","subcategory":"Wireless","ci":"LT-0193","channel":"Phone","origin":"user","refs":[{"system":"connectwise","id":"88123"}]}
                """, "e.jsonl");

        assertThat(read.problems()).isEmpty();
        assertThat(read.events()).containsExactly(new DetailsRecorded(
                new EventMeta(new CaseId("C1"), Side.CLIENT, Instant.parse("2026-03-06T14:05:00Z"), Optional.empty(),
                        Optional.empty()),
                new TicketDetails(Optional.of("Laptop will not join Wi-Fi"), Optional.of("Dana Reyes"),
                        Optional.of("Network"), Optional.of("Wireless"), Optional.of("LT-0193"), Optional.of("Phone"),
                        Optional.of(Origin.USER), List.of(new ExternalReference("connectwise", "88123")))));
    }

    @Test
    void readsDetailsWithNothingButTheirType() {
        List<TicketEvent> events = EventLines.read(
                "{\"case\":\"C1\",\"side\":\"provider\",\"type\":\"details\",\"at\":\"2026-03-06T09:05:00Z\"}\n", "e.jsonl")
                .orThrow();

        assertThat(((DetailsRecorded) events.get(0)).details()).isEqualTo(TicketDetails.none());
    }

    @Test
    void keepsASourcesOwnSlaFieldAsItsClaim() {
        List<TicketEvent> events = EventLines.read(
                "{\"case\":\"C1\",\"side\":\"client\",\"type\":\"claim\",\"at\":\"2026-03-06T09:05:00Z\",\"field\":\"made_sla\",\"value\":\"true\"}\n",
                "e.jsonl").orThrow();

        assertThat(events).singleElement().isInstanceOfSatisfying(SlaClaimed.class, claim -> {
            assertThat(claim.field()).isEqualTo("made_sla");
            assertThat(claim.value()).isEqualTo("true");
        });
    }

    @Test
    void reportsEveryWrongDetailAndAClaimWithoutItsField() {
        EventsRead read = EventLines.read("""
                {"case":"C1","side":"client","type":"details","at":"2026-03-06T09:05:00Z","origin":"robot","refs":[{"system":"cw"},"x"],"ci":""}
                {"case":"C1","side":"client","type":"claim","at":"2026-03-06T09:05:00Z","value":"true"}
                {"case":"C1","side":"client","type":"details","at":"2026-03-06T09:05:00Z","refs":"88123"}
                """, "e.jsonl");

        assertThat(read.events()).isEmpty();
        assertThat(read.problems()).extracting(InputProblem::toString).containsExactly(
                "e.jsonl:1: /ci: expected a non-blank string, found ''",
                "e.jsonl:1: /origin: expected user or monitoring, found 'robot'",
                "e.jsonl:1: /refs/0: expected references {\"system\": …, \"id\": …} with non-blank strings, found an object",
                "e.jsonl:1: /refs/1: expected references {\"system\": …, \"id\": …} with non-blank strings, found 'x'",
                "e.jsonl:2: /field: expected the source's SLA field name, a non-blank string, found nothing",
                "e.jsonl:3: /refs: expected a list of references {\"system\": …, \"id\": …} with non-blank strings, found '88123'");
    }

    @Test
    void writesDetailsAndClaimsBackAsTheyWereRead() {
        String lines = """
                {"case":"C1","side":"client","type":"details","at":"2026-03-06T14:05:00Z","title":"T","ci":"LT-0193","origin":"monitoring","refs":[{"system":"cw","id":"1"},{"system":"jira","id":"OPS-2"}]}
                {"case":"C1","side":"provider","type":"claim","at":"2026-03-06T14:05:00Z","field":"SLA status","value":"Met"}
                """;
        List<TicketEvent> events = EventLines.read(lines, "e.jsonl").orThrow();

        assertThat(EventLines.read(EventJson.writeLines(events), "again.jsonl").orThrow()).isEqualTo(events);
    }
}
