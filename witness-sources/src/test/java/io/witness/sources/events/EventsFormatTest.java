package io.witness.sources.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.witness.core.event.CaseId;
import io.witness.core.event.EventJson;
import io.witness.core.input.InputProblem;
import io.witness.ledger.chain.ObservationDraft;
import io.witness.ledger.hash.Sha256;
import io.witness.sources.format.CaseEvents;
import io.witness.sources.format.ImportContext;
import io.witness.sources.format.ImportFile;
import io.witness.sources.format.ParsedFile;
import io.witness.sources.format.UnmappedValue;
import io.witness.sources.testing.Contexts;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The events format: each line an observation, normalising gives the line's event with the contract's classes (#6). */
class EventsFormatTest {

    private static final ImportContext CLIENT = Contexts.client("events", "events");
    private static final String OPENED = "{\"case\":\"INC1\",\"side\":\"client\",\"type\":\"opened\",\"at\":\"2026-03-06T09:12:00-05:00\",\"status\":\"New\",\"extra\":1}";
    private static final String WAITING = "{\"case\":\"INC1\",\"side\":\"client\",\"type\":\"status\",\"at\":\"2026-03-06T09:31:00-05:00\",\"status\":\"Waiting on customer\"}";
    private static final String REPLY = "{\"case\":\"INC1\",\"side\":\"client\",\"type\":\"reply\",\"at\":\"2026-03-06T10:45:00-05:00\",\"sourceId\":\"note-7\"}";

    private static ParsedFile parse(String text) {
        return new EventsFormat().parse(new ImportFile("e.jsonl", text.getBytes(StandardCharsets.UTF_8)), CLIENT);
    }

    @Test
    void eachEventLineIsOneObservationWithItsTextAsRawBytes() {
        ParsedFile parsed = parse("# a comment\n\n" + OPENED + "\r\n" + REPLY);

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rowsRead()).isEqualTo(2);
        ObservationDraft opened = parsed.observations().get(0);
        assertThat(new String(opened.raw(), StandardCharsets.UTF_8)).isEqualTo(OPENED);
        assertThat(opened.kind()).isEqualTo("event");
        assertThat(opened.sourceId()).isEqualTo("INC1/opened/2026-03-06T14:12:00Z");
        assertThat(opened.sourceVersion()).isEqualTo(Sha256.of(OPENED.getBytes(StandardCharsets.UTF_8)).toHex().substring(0, 16));
        assertThat(opened.claimedAt()).contains(Instant.parse("2026-03-06T14:12:00Z"));
        assertThat(opened.caseRef()).contains(new CaseId("INC1"));
        assertThat(opened.parsedJson()).isEqualTo("{\"at\":\"2026-03-06T09:12:00-05:00\",\"case\":\"INC1\",\"extra\":1,\"side\":\"client\",\"status\":\"New\",\"type\":\"opened\"}");
        assertThat(parsed.observations().get(1).sourceId()).isEqualTo("note-7");
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheFirstLine() {
        byte[] text = ("\uFEFF" + OPENED + "\n").getBytes(StandardCharsets.UTF_8);

        ParsedFile parsed = new EventsFormat().parse(new ImportFile("e.jsonl", text), CLIENT);

        assertThat(parsed.observations().get(0).raw()).isEqualTo(OPENED.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aLineOfTheOtherSideOrBadLinesAreProblemsWithTheirLines() {
        ParsedFile parsed = parse(OPENED + "\n" + REPLY.replace("client", "provider") + "\n{\"case\":\"INC1\",\"side\":\"client\",\"type\":\"status\",\"at\":\"2026-03-06T09:31:00-05:00\"}");

        assertThat(parsed.problems()).extracting(InputProblem::toString).containsExactly(
                "e.jsonl:2: /side: expected 'client', the side this import is for, found 'provider'",
                "e.jsonl:3: /status: expected the source's status text, a non-blank string, found nothing");
        assertThat(parsed.observations()).hasSize(1);
        assertThat(parsed.rowsRead()).isEqualTo(3);
    }

    @Test
    void aTimeTheLedgerCannotKeepIsAProblemOfItsLine() {
        ParsedFile parsed = parse(OPENED + "\n" + REPLY.replace("2026-03-06T10:45", "-2026-03-06T10:45"));

        assertThat(parsed.problems()).extracting(InputProblem::toString)
                .containsExactly("e.jsonl:2: /at: expected a time within the years 1 to 9999, found -2026-03-06T15:45:00Z");
        assertThat(parsed.observations()).hasSize(1);
    }

    @Test
    void bytesThatAreNotUtf8AreAProblem() {
        byte[] text = (OPENED + "\n" + REPLY).getBytes(StandardCharsets.UTF_8);
        text[OPENED.length() + 20] = (byte) 0xFF;

        ParsedFile parsed = new EventsFormat().parse(new ImportFile("e.jsonl", text), CLIENT);

        assertThat(parsed.problems()).extracting(InputProblem::toString)
                .containsExactly("e.jsonl:2: expected UTF-8 text, found the byte 0xff at byte " + (OPENED.length() + 21));
    }

    @Test
    void statusesGetTheContractsClassAndTheRestIsCountedAsUnmapped() {
        ImportContext withContract = Contexts.client("events", "events", Contexts.clientStatuses("{ \"Waiting on customer\": waiting_customer }"));
        List<ObservationDraft> observations = parse(OPENED + "\n" + WAITING).observations();

        CaseEvents events = new EventsFormat().normalise(new CaseId("INC1"), observations, withContract);

        assertThat(events.events()).extracting(EventJson::write).containsExactly(
                "{\"case\":\"INC1\",\"side\":\"client\",\"type\":\"opened\",\"at\":\"2026-03-06T14:12:00Z\",\"status\":\"New\",\"statusClass\":\"new\",\"seenAt\":\"2026-03-20T12:00:00Z\"}",
                "{\"case\":\"INC1\",\"side\":\"client\",\"type\":\"status\",\"at\":\"2026-03-06T14:31:00Z\",\"status\":\"Waiting on customer\",\"statusClass\":\"waiting_customer\",\"seenAt\":\"2026-03-20T12:00:00Z\"}");
        assertThat(new EventsFormat().normalise(new CaseId("INC1"), observations, CLIENT).unmapped())
                .containsExactly(new UnmappedValue("status", "Waiting on customer", 1));
    }

    @Test
    void theLastTellingOfARecordStandsInThePlaceOfTheFirst() {
        String edited = REPLY.replace("10:45", "09:40");
        List<ObservationDraft> observations = parse(REPLY + "\n" + OPENED + "\n" + edited).observations();

        CaseEvents events = new EventsFormat().normalise(new CaseId("INC1"), observations, CLIENT);

        assertThat(events.events()).extracting(e -> e.type().wireName() + " " + e.at()).containsExactly(
                "opened 2026-03-06T14:12:00Z", "reply 2026-03-06T14:40:00Z");
    }

    @Test
    void aSeenTimeOnTheLineIsKept() {
        List<ObservationDraft> observations = parse(REPLY.replace("}", ",\"seenAt\":\"2026-03-07T00:00:00Z\"}")).observations();

        assertThat(new EventsFormat().normalise(new CaseId("INC1"), observations, CLIENT).events().get(0).meta().seenAt())
                .contains(Instant.parse("2026-03-07T00:00:00Z"));
    }
}
