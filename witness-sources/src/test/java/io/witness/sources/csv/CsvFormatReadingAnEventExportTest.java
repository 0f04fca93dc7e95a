package io.witness.sources.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.witness.core.event.CaseId;
import io.witness.ledger.chain.ObservationDraft;
import io.witness.sources.format.CaseEvents;
import io.witness.sources.format.ImportContext;
import io.witness.sources.format.ImportFile;
import io.witness.sources.format.ParsedFile;
import io.witness.sources.format.UnmappedValue;
import io.witness.sources.timeline.Imports;
import io.witness.sources.timeline.Timelines;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A help desk's activity log, one row per event with a type column, read as events. */
class CsvFormatReadingAnEventExportTest {

    private static final CsvFormat FORMAT = new CsvFormat();
    private static final ImportContext CONTEXT = Imports.mapped(
            Imports.under(Imports.provider("csv"), Imports.contract(CsvFormatReadingAnEventExportTest.class, "activity-contract.yaml")),
            "activity-log.yaml", Imports.text(CsvFormatReadingAnEventExportTest.class, "activity-log.yaml"));

    private static ParsedFile parse(String name, byte[] bytes) {
        return FORMAT.parse(new ImportFile(name, bytes), CONTEXT);
    }

    private static CaseEvents events(ParsedFile parsed, String id) {
        List<ObservationDraft> observations = parsed.observations().stream()
                .filter(o -> o.caseRef().orElseThrow().value().equals(id)).toList();
        return FORMAT.normalise(new CaseId(id), observations, CONTEXT);
    }

    @Test
    void keepsEachEventRowWithItsOwnId() {
        ParsedFile parsed = parse("activity-log.csv", Imports.bytes(getClass(), "activity-log.csv"));
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rowsRead()).isEqualTo(15);
        assertThat(parsed.observations()).extracting(ObservationDraft::sourceId).startsWith("a-1", "a-2", "a-3");
        assertThat(parsed.observations()).extracting(ObservationDraft::kind).containsOnly("activity");
        assertThat(parsed.observations()).extracting(ObservationDraft::sourceVersion).containsOnly("1");
        assertThat(new String(parsed.observations().get(4).raw(), StandardCharsets.UTF_8))
                .isEqualTo("HD-7,2026-03-06T13:05:00-05:00,Customer replied,\"Still broken,\nsee attached\",a-5,,,");
    }

    @Test
    void givesEachRowTheEventItsTypeNames() {
        CaseEvents events = events(parse("activity-log.csv", Imports.bytes(getClass(), "activity-log.csv")), "HD-7");
        assertThat(Timelines.describe(events.events())).containsExactly(
                "2026-03-06T14:12:00Z opened",
                "2026-03-06T14:12:00Z assigned Service Desk tier 1",
                "2026-03-06T14:12:00Z priority P2",
                "2026-03-06T14:20:00Z assigned Network tier 2",
                "2026-03-06T14:31:00Z status Waiting on customer (waiting_customer)",
                "2026-03-06T18:05:00Z comment requester public",
                "2026-03-06T18:40:00Z reply",
                "2026-03-06T18:41:00Z comment agent private",
                "2026-03-06T21:00:00Z status Solved (resolved)",
                "2026-03-06T21:00:00Z resolved",
                "2026-03-06T21:00:00Z claim SLA met=yes",
                "2026-03-09T12:15:00Z status Open (in_progress)",
                "2026-03-09T12:15:00Z reopened",
                "2026-03-09T15:30:00Z status Solved (resolved)",
                "2026-03-09T15:30:00Z resolved",
                "2026-03-12T15:30:00Z closed");
        assertThat(events.unmapped()).isEmpty();
    }

    @Test
    void opensATicketAtItsFirstRowAndCountsTypesTheMappingDoesNotName() {
        CaseEvents events = events(parse("activity-log.csv", Imports.bytes(getClass(), "activity-log.csv")), "HD-8");
        assertThat(Timelines.describe(events.events())).containsExactly(
                "2026-03-07T10:00:00Z opened",
                "2026-03-07T10:00:00Z status New (new)");
        assertThat(events.unmapped()).containsExactly(new UnmappedValue("event type", "Escalated", 1));
    }

    @Test
    void takesTheLastTellingOfAnEventWhoseRowWasEdited() {
        String edited = Imports.text(getClass(), "activity-log.csv")
                + "HD-7,2026-03-06T10:40:00-05:00,Public reply,,a-6,Sam,,\n";
        CaseEvents events = events(parse("edited.csv", edited.getBytes(StandardCharsets.UTF_8)), "HD-7");
        assertThat(Timelines.describe(events.events())).contains("2026-03-06T15:40:00Z reply").doesNotContain("2026-03-06T18:40:00Z reply");
    }

    @Test
    void namesAnEventWithoutItsOwnIdByCaseTypeAndTime() {
        String mapping = Imports.text(getClass(), "activity-log.yaml").replace("  id: event id", "");
        ImportContext context = Imports.mapped(Imports.provider("csv"), "activity-log.yaml", mapping);
        ParsedFile parsed = FORMAT.parse(new ImportFile("activity-log.csv", Imports.bytes(getClass(), "activity-log.csv")), context);
        assertThat(parsed.observations()).extracting(ObservationDraft::sourceId)
                .startsWith("HD-7/Created/2026-03-06T14:12:00Z", "HD-7/Priority set/2026-03-06T14:12:00Z");
    }
}
