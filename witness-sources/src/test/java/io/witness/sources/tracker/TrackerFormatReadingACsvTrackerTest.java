package io.witness.sources.tracker;

import static org.assertj.core.api.Assertions.assertThat;

import io.witness.core.contract.ContractYaml;
import io.witness.core.event.CaseId;
import io.witness.core.input.InputProblem;
import io.witness.ledger.chain.ObservationDraft;
import io.witness.sources.format.CaseEvents;
import io.witness.sources.format.ImportContext;
import io.witness.sources.format.ImportFile;
import io.witness.sources.format.ParsedFile;
import io.witness.sources.format.UnmappedValue;
import io.witness.sources.timeline.Imports;
import io.witness.sources.timeline.Timelines;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Harbor & Pine's tracker saved as CSV (examples/small-firm-tracker): a title above the header, a BOM,
 * CRLF, day-first dates, times of day beside a date, '?' and '-' for nothing, a note over two lines, a
 * duplicate row, an unknown column, and both of New York's DST changes.
 */
class TrackerFormatReadingACsvTrackerTest {

    private static final TrackerFormat FORMAT = new TrackerFormat();
    private static ImportContext context;

    @BeforeAll
    static void contract() throws IOException {
        String contract = Files.readString(Path.of("../examples/small-firm-tracker/contract.yaml"));
        context = Imports.inZone(Imports.under(Imports.client("tracker"), ContractYaml.parse(contract, "contract.yaml")),
                "America/New_York");
    }

    private static ParsedFile parse(String name, byte[] bytes, ImportContext in) {
        return FORMAT.parse(new ImportFile(name, bytes), in);
    }

    private static ParsedFile tracker() {
        return parse("tracker.csv", Imports.bytes(TrackerFormatReadingACsvTrackerTest.class, "harbor-pine-tracker.csv"), context);
    }

    private static CaseEvents events(ParsedFile parsed, String id) {
        List<ObservationDraft> observations = parsed.observations().stream()
                .filter(o -> o.caseRef().orElseThrow().value().equals(id)).toList();
        return FORMAT.normalise(new CaseId(id), observations, context);
    }

    @Test
    void keepsEachRowWithItsCellsAndWhatItsColumnsSay() {
        ParsedFile parsed = tracker();
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rowsRead()).isEqualTo(5);
        assertThat(parsed.observations()).extracting(ObservationDraft::sourceId)
                .containsExactly("T-101", "T-102", "T-103", "T-103", "row-aaeae493959c");
        ObservationDraft first = parsed.observations().get(0);
        assertThat(first.kind()).isEqualTo("tracker-row");
        assertThat(first.sourceVersion()).hasSize(16);
        assertThat(first.claimedAt()).contains(Instant.parse("2026-03-13T13:15:00Z"));
        assertThat(new String(first.raw(), StandardCharsets.UTF_8)).isEqualTo("T-101,13/03/2026,Email down for everyone,Urgent,09:15,"
                + "09:40,13/03/2026 12:05,1h response / 8h fix,Met,Whole office,18,\"Keystone said a certificate expired\r\n"
                + "renewed it\",KS-5521,Maria");
        assertThat(first.parsedJson()).isEqualTo("{\"cells\":{\"# Affected\":18,\"Date\":\"13/03/2026\",\"Impact\":\"Whole office\","
                + "\"Issue\":\"Email down for everyone\",\"Logged by\":\"Maria\",\"Met/Missed\":\"Met\","
                + "\"Notes\":\"Keystone said a certificate expired\\r\\nrenewed it\",\"Priority\":\"Urgent\",\"Provider ref\":\"KS-5521\","
                + "\"Ref\":\"T-101\",\"Reported At\":\"09:15\",\"Resolved\":\"13/03/2026 12:05\",\"Response\":\"09:40\","
                + "\"SLA Target\":\"1h response / 8h fix\"},"
                + "\"headers\":{\"date\":\"Date\",\"impact\":\"Impact\",\"issue\":\"Issue\",\"met/missed\":\"Met/Missed\",\"notes\":\"Notes\","
                + "\"people affected\":\"# Affected\",\"priority\":\"Priority\",\"provider ref\":\"Provider ref\",\"ref\":\"Ref\","
                + "\"reported at\":\"Reported At\",\"resolved at\":\"Resolved\",\"response at\":\"Response\",\"sla target\":\"SLA Target\"},"
                + "\"tracker\":{\"date\":\"2026-03-13\",\"impact\":\"Whole office\",\"issue\":\"Email down for everyone\","
                + "\"met/missed\":\"Met\",\"notes\":\"Keystone said a certificate expired\\r\\nrenewed it\",\"people affected\":18,"
                + "\"priority\":\"Urgent\",\"provider ref\":\"KS-5521\",\"ref\":\"T-101\",\"reported at\":\"2026-03-13T09:15\","
                + "\"resolved at\":\"2026-03-13T12:05\",\"response at\":\"2026-03-13T09:40\",\"sla target\":\"1h response / 8h fix\"}}");
    }

    @Test
    void opensWhenReportedRepliesResolvesAndKeepsTheClientsClaims() {
        CaseEvents events = events(tracker(), "T-101");
        assertThat(Timelines.describe(events.events())).containsExactly(
                "2026-03-13T13:15:00Z opened Urgent",
                "2026-03-13T13:15:00Z details title=Email down for everyone ref=provider:KS-5521",
                "2026-03-13T13:15:00Z claim SLA Target=1h response / 8h fix",
                "2026-03-13T13:40:00Z reply",
                "2026-03-13T16:05:00Z resolved",
                "2026-03-13T16:05:00Z claim Met/Missed=Met");
        assertThat(events.unmapped()).isEmpty();
    }

    @Test
    void readsATimeTheClocksSkippedAsAnHourLater() {
        assertThat(Timelines.describe(events(tracker(), "T-102").events())).containsExactly(
                "2026-03-08T07:30:00Z opened Normal",
                "2026-03-08T07:30:00Z details title=Scanner offline",
                "2026-03-08T07:30:00Z claim SLA Target=4h / 3 days",
                "2026-03-09T14:00:00Z resolved");
    }

    @Test
    void readsATimeShownTwiceAtItsFirstShowingAndADuplicateRowOnce() {
        assertThat(Timelines.describe(events(tracker(), "T-103").events())).containsExactly(
                "2026-11-01T05:30:00Z opened Low",
                "2026-11-01T05:30:00Z details title=VPN slow ref=provider:KS-5600",
                "2026-11-01T05:30:00Z claim SLA Target=1 business day",
                "2026-11-01T14:00:00Z reply",
                "2026-11-01T14:00:00Z claim Met/Missed=Missed");
    }

    @Test
    void opensARowWithADateAloneAtTheStartOfThatDay() {
        assertThat(Timelines.describe(events(tracker(), "row-aaeae493959c").events())).containsExactly(
                "2026-03-20T04:00:00Z opened Normal",
                "2026-03-20T04:00:00Z details title=Printer jam");
    }

    @Test
    void countsAPriorityTheContractDoesNotMap() {
        String csv = Imports.text(getClass(), "harbor-pine-tracker.csv").replace(",Urgent,", ",Critical,");
        ParsedFile parsed = parse("tracker.csv", csv.getBytes(StandardCharsets.UTF_8), context);
        CaseEvents events = events(parsed, "T-101");
        assertThat(events.unmapped()).containsExactly(new UnmappedValue("priority", "Critical", 1));
        assertThat(Timelines.describe(events.events()).get(0)).isEqualTo("2026-03-13T13:15:00Z opened");
    }

    @Test
    void takesTheLastVersionOfAnEditedRow() {
        String edited = Imports.text(getClass(), "harbor-pine-tracker.csv")
                + "T-101,13/03/2026,Email down for everyone,Urgent,09:15,09:20,13/03/2026 12:05,1h response / 8h fix,Met,Whole office,18,,KS-5521,Maria\r\n";
        ParsedFile parsed = parse("tracker.csv", edited.getBytes(StandardCharsets.UTF_8), context);
        assertThat(parsed.observations().stream().filter(o -> o.sourceId().equals("T-101")).map(ObservationDraft::sourceVersion).distinct())
                .hasSize(2);
        assertThat(Timelines.describe(events(parsed, "T-101").events())).contains("2026-03-13T13:20:00Z reply")
                .doesNotContain("2026-03-13T13:40:00Z reply");
    }

    @Test
    void readsWindows1252AndSemicolonsAsExcelSavesThem() {
        byte[] windows = ("Datum;Problem;Gemeldet um\r\n13.03.2026;Drucker \u00fcberhitzt;09:15\r\n").getBytes(java.nio.charset.Charset.forName("windows-1252"));
        ParsedFile parsed = parse("tracker.csv", windows, Imports.inZone(Imports.client("tracker"), "Europe/Berlin"));
        assertThat(parsed.problems()).extracting(InputProblem::toString).containsExactly(
                "tracker.csv: expected a header row naming at least two tracker columns, one of them the issue, the date or the time "
                        + "reported, in the first 20 rows, found none");
        ParsedFile named = parse("tracker.csv", windows, Imports.mapped(Imports.inZone(Imports.client("tracker"), "Europe/Berlin"),
                "tracker.yaml", "columns: { date: Datum, issue: Problem, reported at: Gemeldet um }\n"));
        assertThat(named.problems()).isEmpty();
        assertThat(named.observations().get(0).parsedJson()).contains("\"issue\":\"Drucker \u00fcberhitzt\"", "\"reported at\":\"2026-03-13T09:15\"");
    }
}
