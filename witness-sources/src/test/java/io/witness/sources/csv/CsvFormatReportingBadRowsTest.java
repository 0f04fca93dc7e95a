package io.witness.sources.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.witness.core.input.InputProblem;
import io.witness.ledger.chain.ObservationDraft;
import io.witness.sources.format.ImportFile;
import io.witness.sources.format.ParsedFile;
import io.witness.sources.timeline.Imports;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rows with mistakes: each problem names the file, the line, the column's number and header, what was expected and found. */
class CsvFormatReportingBadRowsTest {

    private static final CsvFormat FORMAT = new CsvFormat();
    private static final String MAPPING = """
            rows: snapshots
            time: { pattern: [dd/MM/yyyy HH:mm, iso], zone: Europe/London }
            empty: ["?", "#N/B"]
            columns: { case: Ref, time: Logged, status: Status, tier: Line, resolved: Fixed }
            """;

    private static ParsedFile parse(String csv, String mapping) {
        return FORMAT.parse(new ImportFile("export.csv", csv.getBytes(StandardCharsets.UTF_8)),
                Imports.mapped(Imports.client("csv"), "map.yaml", mapping));
    }

    private static List<String> problems(ParsedFile parsed) {
        return parsed.problems().stream().map(InputProblem::toString).toList();
    }

    @Test
    void reportsEveryBadRowAndKeepsTheGoodOnes() {
        String csv = """
                Ref,Logged,Status,Line,Fixed
                R-1,02/03/2026 09:00,New,1,
                ,02/03/2026 09:05,New,1,
                R-2,?,New,1,
                R-3,31/02/2026 09:00,New,1,
                R-4,02/03/2026 09:00,New,4th,yesterday
                R-5,02/03/2026 09:00,New,2,,extra
                R-6,2026-03-02T09:00:00+01:00,Done,2,02/03/2026 10:00
                """;
        ParsedFile parsed = parse(csv, MAPPING);
        assertThat(problems(parsed)).containsExactly(
                "export.csv:3:1: /Ref: expected the case id, found nothing",
                "export.csv:4:2: /Logged: expected a time like dd/MM/yyyy HH:mm or ISO-8601 (2026-03-06T16:00:00-05:00), found nothing",
                "export.csv:5:2: /Logged: expected a time like dd/MM/yyyy HH:mm or ISO-8601 (2026-03-06T16:00:00-05:00), found '31/02/2026 09:00'",
                "export.csv:6:4: /Line: expected a support tier from 1 to 9, found '4th'",
                "export.csv:6:5: /Fixed: expected a time like dd/MM/yyyy HH:mm or ISO-8601 (2026-03-06T16:00:00-05:00), found 'yesterday'",
                "export.csv:7:6: expected at most 5 fields, as the header has, found 6");
        assertThat(parsed.rowsRead()).isEqualTo(7);
        assertThat(parsed.observations()).extracting(ObservationDraft::sourceId).containsExactly("R-1", "R-6");
    }

    @Test
    void reportsQuotesLeftOpenOrFollowedByText() {
        String csv = "Ref,Logged,Status\nR-1,02/03/2026 09:00,\"New\"ish\nR-2,02/03/2026 09:00,\"Open\n";
        String mapping = "rows: snapshots\ntime: { pattern: dd/MM/yyyy HH:mm, zone: UTC }\ncolumns: { case: Ref, time: Logged, status: Status }\n";
        assertThat(problems(parse(csv, mapping))).containsExactly(
                "export.csv:2:3: expected the separator ',' or the end of the line after a closing quote, found 'i'",
                "export.csv:3:3: expected a closing quote \" for the field that starts here, found the end of the file");
    }

    @Test
    void reportsABytesThatIsNotInTheEncodingWithItsLine() {
        byte[] latin1 = "Ref,Logged,Status\nR-1,2026-03-02T09:00Z,Gel\u00f6st\n".getBytes(StandardCharsets.ISO_8859_1);
        String mapping = "rows: snapshots\ncolumns: { case: Ref, time: Logged, status: Status }\n";
        ParsedFile parsed = FORMAT.parse(new ImportFile("export.csv", latin1), Imports.mapped(Imports.client("csv"), "map.yaml", mapping));
        assertThat(problems(parsed)).containsExactly("export.csv:2: expected text in UTF-8, found the byte 0xF6 (give the file's "
                + "encoding, such as windows-1252, if it is not UTF-8)");
        ParsedFile right = FORMAT.parse(new ImportFile("export.csv", latin1),
                Imports.mapped(Imports.client("csv"), "map.yaml", mapping + "encoding: ISO-8859-1\n"));
        assertThat(problems(right)).isEmpty();
        assertThat(right.observations().get(0).parsedJson()).contains("\"Status\":\"Gel\u00f6st\"");
    }

    @Test
    void findsTheHeaderBelowTitleLinesAndReadsFilesWithoutOne() {
        String titled = "Incident report\nexported 2026-03-02\n\nRef;Logged\nR-1;2026-03-02T09:00:00Z\n";
        ParsedFile parsed = parse(titled, "rows: snapshots\nseparator: ';'\nheader_row: 4\ncolumns: { case: Ref, time: Logged }\n");
        assertThat(problems(parsed)).isEmpty();
        assertThat(parsed.observations()).extracting(ObservationDraft::sourceId).containsExactly("R-1");
        ParsedFile bare = parse("R-1\t2026-03-02T09:00:00Z\tNew\n",
                "rows: snapshots\nseparator: tab\nheader_row: 0\ncolumns: { case: column 1, time: column 2, status: column 3 }\n");
        assertThat(problems(bare)).isEmpty();
        assertThat(bare.observations().get(0).parsedJson()).isEqualTo(
                "{\"column 1\":\"R-1\",\"column 2\":\"2026-03-02T09:00:00Z\",\"column 3\":\"New\"}");
        assertThat(problems(parse("Ref,Logged\n", "rows: snapshots\nheader_row: 3\ncolumns: { case: Ref, time: Logged }\n")))
                .containsExactly("export.csv:3: expected the header on line 3 (header_row in map.yaml), found the end of the file");
    }

    @Test
    void namesRepeatedAndBlankHeadersApart() {
        ParsedFile parsed = parse("Ref,Logged,Tag,Tag,\nR-1,2026-03-02T09:00:00Z,a,b,c\n",
                "rows: snapshots\ncolumns: { case: Ref, time: Logged }\n");
        assertThat(parsed.observations().get(0).parsedJson()).isEqualTo(
                "{\"Logged\":\"2026-03-02T09:00:00Z\",\"Ref\":\"R-1\",\"Tag\":\"a\",\"Tag (2)\":\"b\",\"column 5\":\"c\"}");
    }
}
