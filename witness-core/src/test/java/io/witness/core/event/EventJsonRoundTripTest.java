package io.witness.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EventJsonRoundTripTest {

    private static final EventMeta BARE = EventMeta.of(new CaseId("INC-1042"), Side.CLIENT,
            Instant.parse("2026-03-06T14:12:00Z"));
    private static final EventMeta FULL = new EventMeta(new CaseId("CS0001234"), Side.PROVIDER,
            Instant.parse("2026-03-06T14:12:00.250Z"), Optional.of(Instant.parse("2026-03-06T14:12:04Z")),
            Optional.of("88123/7"));

    static Stream<TicketEvent> everyKind() {
        return Stream.of(BARE, FULL).flatMap(meta -> Stream.of(
                TicketOpened.of(meta),
                new TicketOpened(meta, Optional.of(new Priority("P2")), Optional.of("New \"unassigned\""),
                        Optional.of(StatusClass.NEW)),
                StatusChanged.of(meta, "Attente client – relancé"),
                StatusChanged.classified(meta, "Vendor", StatusClass.WAITING_THIRD_PARTY),
                new PriorityChanged(meta, new Priority("Critical")),
                Assigned.of(meta, "Service Desk"),
                new Assigned(meta, "Network / Tier 3", Optional.of(new SupportTier(3))),
                new PublicReply(meta),
                new PlanProvided(meta),
                new Resolved(meta),
                new Reopened(meta),
                new Closed(meta),
                CommentAdded.privateNote(meta),
                CommentAdded.fromRequester(meta),
                new CommentAdded(meta, Author.REQUESTER, false)));
    }

    @ParameterizedTest
    @MethodSource("everyKind")
    void readingWhatWasWrittenGivesTheSameEvent(TicketEvent event) {
        assertThat(EventLines.read(EventJson.write(event), "written.jsonl").orThrow()).containsExactly(event);
    }

    @Test
    void readingAWrittenDocumentGivesTheSameEventsInOrder() {
        List<TicketEvent> events = everyKind().toList();
        String lines = EventJson.writeLines(events);
        assertThat(lines.lines()).hasSize(events.size());
        assertThat(EventLines.read(lines, "written.jsonl").orThrow()).isEqualTo(events);
    }

    @Test
    void writesTheFieldsInTheFormatsOrderWithTimesInUtc() {
        TicketEvent event = new Assigned(FULL, "Network", Optional.of(new SupportTier(2)));
        assertThat(EventJson.write(event)).isEqualTo("{\"case\":\"CS0001234\",\"side\":\"provider\",\"type\":\"assigned\","
                + "\"at\":\"2026-03-06T14:12:00.250Z\",\"group\":\"Network\",\"tier\":2,"
                + "\"seenAt\":\"2026-03-06T14:12:04Z\",\"sourceId\":\"88123/7\"}");
    }

    @Test
    void writesACommentWithItsAuthorAndWhetherItIsPublic() {
        assertThat(EventJson.write(CommentAdded.privateNote(BARE))).isEqualTo("{\"case\":\"INC-1042\",\"side\":\"client\","
                + "\"type\":\"comment\",\"at\":\"2026-03-06T14:12:00Z\",\"author\":\"agent\",\"public\":false}");
    }
}
