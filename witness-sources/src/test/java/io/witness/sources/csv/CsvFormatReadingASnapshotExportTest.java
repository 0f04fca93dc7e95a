package io.witness.sources.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.witness.core.event.CaseId;
import io.witness.core.input.InputProblem;
import io.witness.ledger.chain.ObservationDraft;
import io.witness.sources.format.CaseEvents;
import io.witness.sources.format.ImportContext;
import io.witness.sources.format.ImportFile;
import io.witness.sources.format.ParsedFile;
import io.witness.sources.timeline.Imports;
import io.witness.sources.timeline.Timelines;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A ServiceNow list exported daily as CSV in Berlin (BOM, CRLF, semicolons, decimal commas, placeholders,
 * a quoted line break, a duplicate row, times in both DST changes), read as snapshots.
 */
class CsvFormatReadingASnapshotExportTest {

    private static final CsvFormat FORMAT = new CsvFormat();
    private static final ImportContext CONTEXT = Imports.mapped(
            Imports.under(Imports.client("csv"), Imports.contract(CsvFormatReadingASnapshotExportTest.class, "servicenow-contract.yaml")),
            "servicenow-list.yaml", Imports.text(CsvFormatReadingASnapshotExportTest.class, "servicenow-list.yaml"));

    private static ParsedFile parse(String resource) {
        return FORMAT.parse(new ImportFile(resource, Imports.bytes(CsvFormatReadingASnapshotExportTest.class, resource)), CONTEXT);
    }

    private static CaseEvents events(ParsedFile parsed, String id) {
        List<ObservationDraft> observations = parsed.observations().stream()
                .filter(o -> o.caseRef().orElseThrow().value().equals(id)).toList();
        return FORMAT.normalise(new CaseId(id), observations, CONTEXT);
    }

    @Test
    void keepsEachRowAsItIsInTheFile() {
        ParsedFile parsed = parse("servicenow-list.csv");
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rowsRead()).isEqualTo(8);
        assertThat(parsed.observations()).extracting(o -> o.sourceId() + " v" + o.sourceVersion()).containsExactly(
                "INC0010001 v1", "INC0010001 v2", "INC0010001 v3", "INC0010001 v4", "INC0010001 v4", "INC0010001 v5",
                "INC0010002 v1", "INC0010002 v2");
        ObservationDraft second = parsed.observations().get(1);
        assertThat(second.kind()).isEqualTo("incident");
        assertThat(second.claimedAt()).contains(Instant.parse("2026-03-29T01:30:00Z"));
        assertThat(new String(second.raw(), StandardCharsets.UTF_8)).isEqualTo("INC0010001;27.03.2026 16:55:00;29.03.2026 02:30:00;2;"
                + "In Progress;2 - Medium;1 - High;2 - High;Network;Sam Lee;\"VPN drops every 10 min\r\nalso on Wi-Fi\";Dana Reyes;"
                + "Network;VPN-GW-01;Phone;CW-88123;;;?;3,5");
        assertThat(second.parsedJson()).isEqualTo("{\"Assigned to\":\"Sam Lee\",\"Assignment group\":\"Network\","
                + "\"Business duration\":3.5,\"Caller\":\"Dana Reyes\",\"Category\":\"Network\",\"Closed\":null,"
                + "\"Configuration item\":\"VPN-GW-01\",\"Contact type\":\"Phone\",\"Impact\":\"2 - Medium\",\"Made SLA\":null,"
                + "\"Number\":\"INC0010001\",\"Opened\":\"27.03.2026 16:55:00\",\"Priority\":\"2 - High\",\"Resolved\":null,"
                + "\"Short description\":\"VPN drops every 10 min\\r\\nalso on Wi-Fi\",\"State\":\"In Progress\","
                + "\"Update count\":2,\"Updated\":\"29.03.2026 02:30:00\",\"Urgency\":\"1 - High\",\"Vendor ticket\":\"CW-88123\"}");
    }

    @Test
    void rebuildsAnIncidentFromItsDailySnapshots() {
        CaseEvents events = events(parse("servicenow-list.csv"), "INC0010001");
        assertThat(Timelines.describe(events.events())).containsExactly(
                "2026-03-27T15:55:00Z opened P2",
                "2026-03-27T15:55:00Z details title=VPN drops every 10 min requester=Dana Reyes category=Network ci=VPN-GW-01 channel=Phone",
                "2026-03-27T16:00:00Z status New (new)",
                "2026-03-27T16:00:00Z assigned Service Desk",
                "2026-03-29T01:30:00Z status In Progress (in_progress)",
                "2026-03-29T01:30:00Z assigned Network",
                "2026-03-29T01:30:00Z details title=VPN drops every 10 min\r\nalso on Wi-Fi ref=connectwise:CW-88123",
                "2026-03-30T08:15:00Z status On Hold - Awaiting Caller (waiting_customer)",
                "2026-03-31T06:45:00Z resolved",
                "2026-03-31T07:00:00Z status Resolved (resolved)",
                "2026-03-31T07:00:00Z claim made_sla=true",
                "2026-04-07T07:00:00Z status Closed (closed)",
                "2026-04-07T07:00:00Z closed");
        assertThat(events.unmapped()).isEmpty();
    }

    @Test
    void readsTheRepeatedHourAtItsFirstShowing() {
        assertThat(Timelines.describe(events(parse("servicenow-list.csv"), "INC0010002").events())).containsExactly(
                "2026-10-25T00:30:00Z opened P1",
                "2026-10-25T00:30:00Z details requester=Kim Park category=Hardware channel=Email",
                "2026-10-25T00:45:00Z status New (new)",
                "2026-10-25T00:45:00Z assigned Service Desk",
                "2026-10-25T02:10:00Z status Canceled (cancelled)");
    }

    @Test
    void readsTheSameExportWithItsColumnsInAnotherOrderToTheSameEvents() {
        ParsedFile reordered = parse("servicenow-list-reordered.csv");
        ParsedFile original = parse("servicenow-list.csv");
        assertThat(reordered.problems()).isEmpty();
        assertThat(reordered.observations()).extracting(ObservationDraft::parsedJson)
                .containsExactlyElementsOf(original.observations().stream().map(ObservationDraft::parsedJson).toList());
        for (String id : List.of("INC0010001", "INC0010002")) {
            assertThat(events(reordered, id)).isEqualTo(events(original, id));
        }
    }

    @Test
    void refusesLocalTimesWithoutAZone() {
        String mapping = Imports.text(getClass(), "servicenow-list.yaml").replace("  zone: Europe/Berlin", "");
        ImportContext noZone = Imports.mapped(Imports.client("csv"), "servicenow-list.yaml", mapping);
        ParsedFile parsed = FORMAT.parse(new ImportFile("servicenow-list.csv", Imports.bytes(getClass(), "servicenow-list.csv")), noZone);
        assertThat(parsed.problems()).hasSize(20);
        assertThat(parsed.problems().subList(0, 2)).extracting(InputProblem::toString).containsExactly(
                "servicenow-list.csv:2:2: /Opened: expected a time with an offset, found '27.03.2026 16:55:00' (give time.zone "
                        + "in servicenow-list.yaml or --zone for the times servicenow-list.csv writes without one)",
                "servicenow-list.csv:2:3: /Updated: expected a time with an offset, found '27.03.2026 17:00:00' (give time.zone "
                        + "in servicenow-list.yaml or --zone for the times servicenow-list.csv writes without one)");
        ImportContext withZone = Imports.inZone(noZone, "Europe/Berlin");
        assertThat(FORMAT.parse(new ImportFile("servicenow-list.csv", Imports.bytes(getClass(), "servicenow-list.csv")), withZone)
                .problems()).isEmpty();
    }

    @Test
    void countsStatusesAndPrioritiesTheContractDoesNotMap() {
        String csv = Imports.text(getClass(), "servicenow-list.csv").replace(";Canceled;", ";Withdrawn;").replace("2 - Medium;1 - High", "2 - Medium;4 - Whenever");
        ParsedFile parsed = FORMAT.parse(new ImportFile("changed.csv", csv.getBytes(StandardCharsets.UTF_8)), CONTEXT);
        assertThat(events(parsed, "INC0010001").unmapped()).extracting(Object::toString)
                .containsExactly("UnmappedValue[field=impact×urgency, value=2 - Medium × 4 - Whenever, count=1]");
        assertThat(events(parsed, "INC0010002").unmapped()).extracting(Object::toString)
                .containsExactly("UnmappedValue[field=status, value=Withdrawn, count=1]");
    }
}
