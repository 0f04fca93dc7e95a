package io.witness.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.witness.core.input.InputProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EventLinesWithGoodAndBadLinesTest {

    private static EventMeta clientAt(String instant) {
        return EventMeta.of(new CaseId("INC-7"), Side.CLIENT, Instant.parse(instant));
    }

    private static EventsRead readFixture() throws IOException {
        InputStream stream = Objects.requireNonNull(
                EventLinesWithGoodAndBadLinesTest.class.getResourceAsStream("/event/mixed-good-and-bad.jsonl"));
        try (Reader reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
            return EventLines.read(reader, "mixed-good-and-bad.jsonl");
        }
    }

    @Test
    void reportsEveryBadLineWithItsNumber() throws IOException {
        assertThat(readFixture().problems()).extracting(InputProblem::toString).containsExactly(
                "mixed-good-and-bad.jsonl:3: /group: expected the group's name, a non-blank string, found nothing",
                "mixed-good-and-bad.jsonl:4: /at: expected an instant with offset such as 2026-03-06T16:00:00-05:00, "
                        + "found '2026-03-06 09:30'",
                "mixed-good-and-bad.jsonl:7: /statusClass: expected one of new, in_progress, waiting_customer, "
                        + "waiting_third_party, resolved, closed, cancelled, found 'working'",
                "mixed-good-and-bad.jsonl:8:83: not valid JSON: Unexpected end-of-input: expected close marker for Object");
    }

    @Test
    void stillReadsTheGoodLinesWithTheirNumbers() throws IOException {
        EventsRead read = readFixture();
        assertThat(read.events()).containsExactly(
                new TicketOpened(clientAt("2026-03-06T14:00:00Z"), Optional.of(new Priority("P3")), Optional.empty(),
                        Optional.empty()),
                StatusChanged.classified(clientAt("2026-03-06T14:31:00Z"), "On hold", StatusClass.WAITING_CUSTOMER),
                new Closed(clientAt("2026-03-09T19:00:00Z")));
        assertThat(read.lineNumbers()).containsExactly(2, 6, 9);
    }
}
