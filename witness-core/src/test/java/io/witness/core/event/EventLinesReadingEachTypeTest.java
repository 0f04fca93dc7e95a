package io.witness.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class EventLinesReadingEachTypeTest {

    private static final String HEAD = "{\"case\":\"INC-1\",\"side\":\"provider\",\"at\":\"2026-03-06T16:00:00-05:00\",";
    private static final Instant AT = Instant.parse("2026-03-06T21:00:00Z");
    private static final EventMeta META = EventMeta.of(new CaseId("INC-1"), Side.PROVIDER, AT);

    private static TicketEvent readOne(String rest) {
        EventsRead read = EventLines.read(HEAD + rest, "events.jsonl");
        assertThat(read.problems()).isEmpty();
        assertThat(read.events()).hasSize(1);
        return read.events().get(0);
    }

    @Test
    void readsAnOpenedTicketWithPriorityAndStatus() {
        assertThat(readOne("\"type\":\"opened\",\"priority\":\"P2\",\"status\":\"New\",\"statusClass\":\"new\"}"))
                .isEqualTo(new TicketOpened(META, Optional.of(new Priority("P2")), Optional.of("New"),
                        Optional.of(StatusClass.NEW)));
    }

    @Test
    void readsAnOpenedTicketWithNothingElse() {
        assertThat(readOne("\"type\":\"opened\"}")).isEqualTo(TicketOpened.of(META));
    }

    @Test
    void readsAStatusChangeWithItsClass() {
        assertThat(readOne("\"type\":\"status\",\"status\":\"Pending - Vendor\",\"statusClass\":\"waiting_third_party\"}"))
                .isEqualTo(StatusChanged.classified(META, "Pending - Vendor", StatusClass.WAITING_THIRD_PARTY));
    }

    @Test
    void readsAStatusChangeWhoseClassTheContractWillGive() {
        assertThat(readOne("\"type\":\"status\",\"status\":\"Waiting on customer\"}"))
                .isEqualTo(StatusChanged.of(META, "Waiting on customer"));
    }

    @Test
    void readsAPriorityChange() {
        assertThat(readOne("\"type\":\"priority\",\"priority\":\"P1\"}"))
                .isEqualTo(new PriorityChanged(META, new Priority("P1")));
    }

    @Test
    void readsAnAssignmentWithItsTier() {
        assertThat(readOne("\"type\":\"assigned\",\"group\":\"Network\",\"tier\":2}"))
                .isEqualTo(new Assigned(META, "Network", Optional.of(new SupportTier(2))));
    }

    @Test
    void readsAnAssignmentWithoutATier() {
        assertThat(readOne("\"type\":\"assigned\",\"group\":\"Service Desk\"}")).isEqualTo(Assigned.of(META, "Service Desk"));
    }

    static Stream<Arguments> typesWithoutFields() {
        return Stream.of(
                Arguments.of("reply", new PublicReply(META)),
                Arguments.of("plan", new PlanProvided(META)),
                Arguments.of("resolved", new Resolved(META)),
                Arguments.of("reopened", new Reopened(META)),
                Arguments.of("closed", new Closed(META)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("typesWithoutFields")
    void readsTypesThatHaveNoFieldsOfTheirOwn(String type, TicketEvent expected) {
        assertThat(readOne("\"type\":\"" + type + "\"}")).isEqualTo(expected);
    }

    @Test
    void readsAPublicRequesterComment() {
        assertThat(readOne("\"type\":\"comment\",\"author\":\"requester\",\"public\":true}"))
                .isEqualTo(new CommentAdded(META, Author.REQUESTER, true));
    }

    @Test
    void readsAPrivateAgentNote() {
        assertThat(readOne("\"type\":\"comment\",\"author\":\"agent\",\"public\":false}"))
                .isEqualTo(CommentAdded.privateNote(META));
    }

    @Test
    void takesACommentWithoutPublicAsPrivate() {
        assertThat(readOne("\"type\":\"comment\",\"author\":\"requester\"}"))
                .isEqualTo(new CommentAdded(META, Author.REQUESTER, false));
    }

    @Test
    void readsAPublicAgentCommentAsAPublicReply() {
        assertThat(readOne("\"type\":\"comment\",\"author\":\"agent\",\"public\":true,\"sourceId\":\"c-9\"}"))
                .isEqualTo(new PublicReply(META.withSourceId("c-9")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "2026-03-06T16:00:00-05:00, 2026-03-06T21:00:00Z",
        "2026-03-06T21:00:00Z, 2026-03-06T21:00:00Z",
        "2026-03-06T22:00+01:00, 2026-03-06T21:00:00Z",
        "2026-03-09T08:15:00-04:00, 2026-03-09T12:15:00Z",
        "2026-03-06T23:30:00.123456789+05:30, 2026-03-06T18:00:00.123456789Z",
        "2026-01-01T00:30:00+01:00, 2025-12-31T23:30:00Z",
    })
    void convertsTheOffsetToTheInstant(String written, Instant instant) {
        String line = "{\"case\":\"INC-1\",\"side\":\"client\",\"type\":\"plan\",\"at\":\"" + written + "\"}";
        assertThat(EventLines.read(line, "events.jsonl").orThrow())
                .containsExactly(new PlanProvided(EventMeta.of(new CaseId("INC-1"), Side.CLIENT, instant)));
    }

    @Test
    void keepsTheSeenTimeAndTheSourceId() {
        assertThat(readOne("\"type\":\"resolved\",\"seenAt\":\"2026-03-07T08:00:00+01:00\",\"sourceId\":\"A-77\"}"))
                .isEqualTo(new Resolved(META.withSeenAt(Instant.parse("2026-03-07T07:00:00Z")).withSourceId("A-77")));
    }

    @Test
    void ignoresFieldsTheFormatDoesNotName() {
        assertThat(readOne("\"type\":\"closed\",\"closeCode\":\"Solved\",\"raw\":{\"id\":[1,2]}}"))
                .isEqualTo(new Closed(META));
    }

    @Test
    void takesNullOptionalFieldsAsAbsent() {
        assertThat(readOne("\"type\":\"assigned\",\"group\":\"Network\",\"tier\":null,\"seenAt\":null,\"sourceId\":null}"))
                .isEqualTo(Assigned.of(META, "Network"));
    }

    @Test
    void skipsBlankAndCommentLinesButCountsThem() {
        String text = "# provider export\n\n" + HEAD + "\"type\":\"reply\"}\n   \n  # note\n" + HEAD + "\"type\":\"closed\"}\n";
        EventsRead read = EventLines.read(text, "events.jsonl");
        assertThat(read.events()).containsExactly(new PublicReply(META), new Closed(META));
        assertThat(read.lineNumbers()).containsExactly(3, 6);
        assertThat(read.problems()).isEmpty();
    }

    @Test
    void readsFromAReaderWithWindowsLineEndsAndAByteOrderMark() {
        String text = "\uFEFF" + HEAD + "\"type\":\"reply\"}\r\n\r\n" + HEAD + "\"type\":\"plan\"}\r\n";
        EventsRead read = EventLines.read(new StringReader(text), "events.jsonl");
        assertThat(read.events()).containsExactly(new PublicReply(META), new PlanProvided(META));
        assertThat(read.lineNumbers()).containsExactly(1, 3);
        assertThat(read.problems()).isEmpty();
    }

    @Test
    void readsAnEmptyDocumentAsNoEvents() {
        EventsRead read = EventLines.read("", "events.jsonl");
        assertThat(read.orThrow()).isEqualTo(List.of());
        assertThat(read.isClean()).isTrue();
    }

    @Test
    void answersTheMetaThroughTheEvent() {
        TicketEvent event = readOne("\"type\":\"reopened\"}");
        assertThat(event.caseId()).isEqualTo(new CaseId("INC-1"));
        assertThat(event.side()).isEqualTo(Side.PROVIDER);
        assertThat(event.at()).isEqualTo(AT);
        assertThat(event.type()).isEqualTo(EventType.REOPENED);
    }
}
