package io.witness.sources.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.witness.core.event.CaseId;
import io.witness.core.input.InputProblem;
import io.witness.sources.format.ImportFile;
import io.witness.sources.format.ParsedFile;
import io.witness.sources.timeline.Imports;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Mapping files with one mistake each: every problem is reported at the mapping's line and column. */
class CsvFormatReportingBadMappingsTest {

    private static final CsvFormat FORMAT = new CsvFormat();
    private static final String CSV = "id,at,state\nA,2026-01-01T00:00:00Z,New\n";
    private static final String GOOD = "rows: snapshots\ncolumns:\n  case: id\n  time: at\n  status: state\n";

    private static List<String> problems(String mapping) {
        ParsedFile parsed = FORMAT.parse(new ImportFile("export.csv", CSV.getBytes(StandardCharsets.UTF_8)),
                Imports.mapped(Imports.client("csv"), "map.yaml", mapping));
        return parsed.problems().stream().map(InputProblem::toString).toList();
    }

    static Stream<Arguments> mistakes() {
        return Stream.of(
                Arguments.of("columns:\n  case: id\n  time: at\n",
                        List.of("map.yaml:1:1: missing key 'rows' (how rows are read: snapshots or events)")),
                Arguments.of("rows: snapshot\ncolumns: { case: id, time: at }\n",
                        List.of("map.yaml:1:7: /rows: expected snapshots or events, found 'snapshot'")),
                Arguments.of(GOOD + "separator: ';;'\n",
                        List.of("map.yaml:6:12: /separator: expected one character or tab, found ';;'")),
                Arguments.of(GOOD + "quote: ''\n",
                        List.of("map.yaml:6:8: /quote: expected one character or none, found ''")),
                Arguments.of(GOOD + "encoding: latin-9000\n",
                        List.of("map.yaml:6:11: /encoding: expected an encoding such as UTF-8, windows-1252 or ISO-8859-1, found 'latin-9000'")),
                Arguments.of(GOOD + "header_row: -1\n",
                        List.of("map.yaml:6:13: /header_row: expected 0 (no header) or the header's line, found -1")),
                Arguments.of(GOOD + "header_row: first\n",
                        List.of("map.yaml:6:13: /header_row: expected a whole number, found 'first'")),
                Arguments.of(GOOD + "decimal_comma: yes\n",
                        List.of("map.yaml:6:16: /decimal_comma: expected true or false, found 'yes'")),
                Arguments.of(GOOD + "time: { pattern: 'dd.MM.yyyy {HH}', zone: Europe/Paris }\n",
                        List.of("map.yaml:6:18: /time/pattern: expected iso, epoch_seconds, epoch_millis or a java.time pattern such as "
                                + "dd.MM.yyyy HH:mm: 'dd.MM.yyyy {HH}' is not a date-time pattern: Pattern includes reserved character: '{'")),
                Arguments.of(GOOD + "time: { zone: Mars/Olympus }\n",
                        List.of("map.yaml:6:15: /time/zone: expected an IANA zone such as Europe/Paris, found 'Mars/Olympus'")),
                Arguments.of(GOOD + "time: { format: iso }\n",
                        List.of("map.yaml:6:17: /time/format: unknown key 'format'; expected one of pattern, zone")),
                Arguments.of("rows: snapshots\ncolumns:\n  case: id\n  status: state\n  owner: x\n",
                        List.of("map.yaml:3:3: /columns: missing key 'time' (the column of the row's time)",
                                "map.yaml:5:10: /columns/owner: unknown key 'owner'; expected one of case, time, version, status, "
                                        + "priority, impact, urgency, group, tier, assignee, title, requester, category, subcategory, "
                                        + "ci, channel, opened, replied, resolved, closed")),
                Arguments.of(GOOD + "colums: {}\n",
                        List.of("map.yaml:6:9: /colums: unknown key 'colums'; expected one of rows, kind, separator, quote, encoding, "
                                + "header_row, decimal_comma, empty, time, columns, claims, references, events")),
                Arguments.of(GOOD + "events: { type: state, types: {} }\n",
                        List.of("map.yaml:6:9: /events: expected no events block when rows are snapshots, found one")),
                Arguments.of("rows: events\ncolumns: { case: id, time: at }\n",
                        List.of("map.yaml:1:1: missing key 'events' (how event rows are read: type and types)")),
                Arguments.of("rows: events\ncolumns: { case: id, time: at }\nevents: { type: state, types: { New: open } }\n",
                        List.of("map.yaml:3:38: /events/types/New: expected one of opened, status, priority, assigned, reply, plan, "
                                + "resolved, reopened, closed, note, requester_comment, details, claim, ignore, found 'open'")),
                Arguments.of(GOOD + "claims: { made_sla: '' }\n",
                        List.of("map.yaml:6:21: /claims/made_sla: expected a column's header, found ''")),
                Arguments.of("rows: [snapshots\n", List.of("map.yaml:2:1: not valid YAML: expected ',' or ']', but got <stream end>")),
                Arguments.of("", List.of("map.yaml: the document is empty")));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("mistakes")
    void reportsEachMistakeWhereItIs(String mapping, List<String> expected) {
        assertThat(problems(mapping)).containsExactlyElementsOf(expected);
    }

    @Test
    void reportsEveryColumnTheFileLacksAtTheMappingLineThatNamesIt() {
        assertThat(problems("rows: snapshots\ncolumns:\n  case: Number\n  time: at\n  status: State \nclaims: { made_sla: Made SLA }\n"))
                .containsExactly(
                        "map.yaml:3:9: /columns/case: expected a column 'Number' in the header of export.csv, found none; it has: id, at, state",
                        "map.yaml:6:21: /claims/made_sla: expected a column 'Made SLA' in the header of export.csv, found none; it has: id, at, state");
    }

    @Test
    void needsAMappingFile() {
        ParsedFile parsed = FORMAT.parse(new ImportFile("export.csv", CSV.getBytes(StandardCharsets.UTF_8)), Imports.client("csv"));
        assertThat(parsed.problems()).extracting(InputProblem::toString)
                .containsExactly("export.csv: expected a mapping file (--mapping FILE) naming the columns of the export, found none");
        assertThatThrownBy(() -> FORMAT.normalise(new CaseId("A"), List.of(), Imports.client("csv")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the mapping cannot be read: the csv format: expected a mapping file (--mapping FILE) naming the columns "
                        + "of the export, found none");
    }

    @Test
    void readsAGoodMappingWithoutAProblem() {
        assertThat(problems(GOOD)).isEmpty();
    }
}
