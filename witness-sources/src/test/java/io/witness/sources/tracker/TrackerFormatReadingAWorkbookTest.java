package io.witness.sources.tracker;

import static org.assertj.core.api.Assertions.assertThat;

import io.witness.core.contract.ContractYaml;
import io.witness.core.event.CaseId;
import io.witness.core.input.InputProblem;
import io.witness.ledger.chain.ObservationDraft;
import io.witness.sources.format.ImportContext;
import io.witness.sources.format.ImportFile;
import io.witness.sources.format.ParsedFile;
import io.witness.sources.timeline.Imports;
import io.witness.sources.timeline.Timelines;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A tracker kept in Excel: cells read by type, errors named by sheet and cell, a broken workbook refused cleanly. */
class TrackerFormatReadingAWorkbookTest {

    private static final TrackerFormat FORMAT = new TrackerFormat();
    private static ImportContext context;

    @BeforeAll
    static void contract() throws IOException {
        String contract = Files.readString(Path.of("../examples/small-firm-tracker/contract.yaml"));
        context = Imports.inZone(Imports.under(Imports.client("tracker"), ContractYaml.parse(contract, "contract.yaml")),
                "Europe/London");
    }

    private static ParsedFile parse(byte[] bytes) {
        return FORMAT.parse(new ImportFile("tracker.xlsx", bytes), context);
    }

    private static List<String> timeline(ParsedFile parsed, String id) {
        List<ObservationDraft> observations = parsed.observations().stream()
                .filter(o -> o.caseRef().orElseThrow().value().equals(id)).toList();
        return Timelines.describe(FORMAT.normalise(new CaseId(id), observations, context).events());
    }

    @Test
    void findsTheTrackerSheetAndKeepsEachRowsCellsWithTheirReferences() {
        ParsedFile parsed = parse(TrackerWorkbooks.harborPine());
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rowsRead()).isEqualTo(3);
        assertThat(parsed.observations()).extracting(ObservationDraft::sourceId).containsExactly("T-201", "T-202", "303");
        assertThat(new String(parsed.observations().get(0).raw(), StandardCharsets.UTF_8)).isEqualTo("{\"cells\":["
                + "{\"ref\":\"A4\",\"type\":\"string\",\"value\":\"T-201\"},"
                + "{\"format\":\"dd/mm/yyyy\",\"ref\":\"B4\",\"type\":\"date\",\"value\":\"2026-03-13T00:00\"},"
                + "{\"ref\":\"C4\",\"type\":\"string\",\"value\":\"Email down\"},"
                + "{\"ref\":\"D4\",\"type\":\"string\",\"value\":\"Urgent\"},"
                + "{\"format\":\"hh:mm\",\"ref\":\"E4\",\"type\":\"time\",\"value\":\"09:15\"},"
                + "{\"format\":\"dd/mm/yyyy hh:mm\",\"ref\":\"F4\",\"type\":\"date\",\"value\":\"2026-03-13T09:40\"},"
                + "{\"format\":\"dd/mm/yyyy hh:mm\",\"formula\":\"F4+2/24\",\"ref\":\"G4\",\"type\":\"date\",\"value\":\"2026-03-13T11:40\"},"
                + "{\"ref\":\"H4\",\"type\":\"string\",\"value\":\"1h / 8h\"},"
                + "{\"ref\":\"I4\",\"type\":\"boolean\",\"value\":true},"
                + "{\"ref\":\"J4\",\"type\":\"number\",\"value\":18}],\"row\":4,\"sheet\":\"Tracker\"}");
        assertThat(parsed.observations().get(0).parsedJson()).contains("\"tracker\":{\"date\":\"2026-03-13\",\"issue\":\"Email down\","
                + "\"met/missed\":true,\"people affected\":18,\"priority\":\"Urgent\",\"ref\":\"T-201\",\"reported at\":\"2026-03-13T09:15\","
                + "\"resolved at\":\"2026-03-13T11:40\",\"response at\":\"2026-03-13T09:40\",\"sla target\":\"1h / 8h\"}");
    }

    @Test
    void readsDateCellsTimeCellsAndFormulasCachedValues() {
        assertThat(timeline(parse(TrackerWorkbooks.harborPine()), "T-201")).containsExactly(
                "2026-03-13T09:15:00Z opened Urgent",
                "2026-03-13T09:15:00Z details title=Email down",
                "2026-03-13T09:15:00Z claim SLA target=1h / 8h",
                "2026-03-13T09:40:00Z reply",
                "2026-03-13T11:40:00Z resolved",
                "2026-03-13T11:40:00Z claim Met?=true");
    }

    @Test
    void readsTextDatesBesideDateCellsAndAnErrorForNothingAsNothing() {
        assertThat(timeline(parse(TrackerWorkbooks.harborPine()), "T-202")).containsExactly(
                "2026-03-13T10:00:00Z opened Normal",
                "2026-03-13T10:00:00Z details title=Printer",
                "2026-03-13T10:00:00Z claim Met?=Missed");
    }

    @Test
    void readsANumericRefAndATimeInTheSkippedHour() {
        assertThat(timeline(parse(TrackerWorkbooks.harborPine()), "303")).containsExactly(
                "2026-03-29T01:30:00Z opened",
                "2026-03-29T01:30:00Z details title=Wi-Fi down",
                "2026-03-29T03:00:00Z resolved");
    }

    @Test
    void namesTheSheetAndCellOfABadCell() {
        ParsedFile parsed = parse(TrackerWorkbooks.withAnError());
        assertThat(parsed.problems()).extracting(InputProblem::toString).containsExactly(
                "tracker.xlsx:Tracker!B5: /Reported at: expected a date and time such as 2026-03-06 09:15, 06/03/2026 09:15 or an "
                        + "Excel date, found the error #REF!");
        assertThat(parsed.observations()).hasSize(1);
    }

    @Test
    void refusesABrokenWorkbookWithOneProblemNamingTheFile() {
        byte[] book = TrackerWorkbooks.harborPine();
        ParsedFile cut = parse(Arrays.copyOf(book, book.length / 2));
        assertThat(cut.problems()).singleElement().extracting(InputProblem::toString).asString()
                .startsWith("tracker.xlsx: expected an XLSX workbook, found a file that cannot be read as one: ");
        assertThat(parse(new byte[] {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, 0, 0}).problems()).extracting(InputProblem::toString)
                .containsExactly("tracker.xlsx: expected an XLSX workbook, found an Excel 97-2003 .xls file (save it as .xlsx)");
    }

    @Test
    void readsTheSheetAMappingNames() {
        ParsedFile parsed = FORMAT.parse(new ImportFile("tracker.xlsx", TrackerWorkbooks.harborPine()),
                Imports.mapped(context, "tracker.yaml", "sheet: Read me\n"));
        assertThat(parsed.problems()).extracting(InputProblem::toString).containsExactly(
                "tracker.xlsx: expected a header row naming at least two tracker columns, one of them the issue, the date or the "
                        + "time reported, in the first 20 rows of a sheet, found none");
        assertThat(FORMAT.parse(new ImportFile("tracker.xlsx", TrackerWorkbooks.harborPine()),
                Imports.mapped(context, "tracker.yaml", "sheet: Requests\n")).problems()).extracting(InputProblem::toString)
                .containsExactly("tracker.xlsx: expected a sheet 'Requests', found: Read me, Tracker");
    }
}
