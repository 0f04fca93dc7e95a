package io.witness.sources.servicenow.eventlog;

import static org.assertj.core.api.Assertions.assertThat;

import io.witness.core.event.CaseId;
import io.witness.core.input.InputProblem;
import io.witness.ledger.chain.CanonicalJson;
import io.witness.ledger.chain.ObservationDraft;
import io.witness.sources.format.ColumnLists;
import io.witness.sources.format.ImportContext;
import io.witness.sources.format.ImportFile;
import io.witness.sources.format.ParsedFile;
import io.witness.sources.testing.Contexts;
import io.witness.sources.testing.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Reading the log's rows into observations: one per update, raw row kept, every problem reported (#6). */
class EventLogParsingTest {

    private static final ImportContext SAO_PAULO = Contexts.inZone(Contexts.client("parse", "servicenow-eventlog"), "America/Sao_Paulo");
    private static final String FILE = fixture();
    private static final String[] LINES = FILE.split("\n");

    private static String fixture() {
        try {
            return Files.readString(SharedData.resource("servicenow-eventlog/inc0000045.csv"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ParsedFile parse(String text) {
        return parse(text.getBytes(StandardCharsets.UTF_8), SAO_PAULO);
    }

    private static ParsedFile parse(byte[] bytes, ImportContext context) {
        return new EventLogFormat().parse(new ImportFile("log.csv", bytes), context);
    }

    private static List<String> problems(ParsedFile parsed) {
        return parsed.problems().stream().map(InputProblem::toString).toList();
    }

    @Test
    void readsEachUpdateAsAnObservationKeepingItsRowAsWritten() {
        ParsedFile parsed = parse(FILE);

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rowsRead()).isEqualTo(4);
        ObservationDraft first = parsed.observations().get(0);
        assertThat(first.kind()).isEqualTo("incident-update");
        assertThat(first.sourceId()).isEqualTo("INC0000045");
        assertThat(first.sourceVersion()).isEqualTo("0@29/2/2016 01:23");
        assertThat(first.caseRef()).contains(new CaseId("INC0000045"));
        assertThat(first.claimedAt()).contains(Instant.parse("2016-02-29T04:23:00Z"));
        assertThat(first.receivedAt()).isEqualTo(Contexts.RECEIVED);
        assertThat(new String(first.raw(), StandardCharsets.UTF_8)).isEqualTo(LINES[1]);
        assertThat(parsed.observations()).extracting(ObservationDraft::sourceVersion)
                .containsExactly("0@29/2/2016 01:23", "2@29/2/2016 08:53", "3@29/2/2016 11:29", "4@5/3/2016 12:00");
    }

    /** A parsed form as the object of column -> value it stands for. */
    private static String named(String parsed) {
        return CanonicalJson.write(ColumnLists.expanded(CanonicalJson.parse(parsed)));
    }

    @Test
    void theParsedFormNamesTheLogsColumnListOnceAndGivesTheValuesInItsOrder() {
        String json = parse(FILE).observations().get(0).parsedJson();

        assertThat(json).isEqualTo(CanonicalJson.write(CanonicalJson.parse(json)));
        assertThat(json).startsWith("{\"columns\":\"servicenow-eventlog.v1\",\"values\":[\"INC0000045\",\"New\",true,0,0,0,true,\"Caller 2403\",")
                .endsWith(",\"code 5\",\"Resolved by 149\",\"29/2/2016 11:29\",\"5/3/2016 12:00\"]}");
        assertThat(json.length()).isLessThan(named(json).length() * 6 / 10);
    }

    @Test
    void theParsedFormIsCanonicalJsonWithNumbersBooleansAndNullForQuestionMarks() {
        String json = named(parse(FILE).observations().get(0).parsedJson());

        assertThat(json).isEqualTo(CanonicalJson.write(CanonicalJson.parse(json)));
        assertThat(json).startsWith("{\"active\":true,\"assigned_to\":null,\"assignment_group\":\"Group 56\",\"caller_id\":\"Caller 2403\",")
                .contains("\"cmdb_ci\":null,").contains("\"made_sla\":true,").contains("\"opened_by\":\"Opened by  8\",")
                .contains("\"reassignment_count\":0,").contains("\"sys_mod_count\":0,").contains("\"sys_updated_at\":\"29/2/2016 01:23\",")
                .endsWith("\"vendor\":null}");
    }

    @Test
    void aByteOrderMarkAndWindowsLineEndsChangeNothing() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] crlf = FILE.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] both = new byte[bom.length + crlf.length];
        System.arraycopy(bom, 0, both, 0, 3);
        System.arraycopy(crlf, 0, both, 3, crlf.length);

        ParsedFile plain = parse(FILE);
        ParsedFile windows = parse(both, SAO_PAULO);

        assertThat(windows.problems()).isEmpty();
        assertThat(windows.observations()).hasSize(4);
        for (int i = 0; i < 4; i++) {
            assertThat(windows.observations().get(i).raw()).isEqualTo(plain.observations().get(i).raw());
            assertThat(windows.observations().get(i).parsedJson()).isEqualTo(plain.observations().get(i).parsedJson());
        }
    }

    @Test
    void columnsInAnotherOrderGiveTheSameParsedForm() {
        String reversed = Arrays.stream(LINES).map(line -> {
            List<String> cells = new ArrayList<>(Arrays.asList(line.split(",", -1)));
            java.util.Collections.reverse(cells);
            return String.join(",", cells);
        }).collect(Collectors.joining("\n"));

        ParsedFile parsed = parse(reversed);

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.observations().get(2).parsedJson()).isEqualTo(parse(FILE).observations().get(2).parsedJson());
        assertThat(parsed.observations().get(2).sourceVersion()).isEqualTo("3@29/2/2016 11:29");
    }

    @Test
    void aFileWithOtherColumnsThanTheLogsNamesEachColumnInEveryRow() {
        String text = Arrays.stream(LINES).map(line -> line + (line.startsWith("number,") ? ",note" : ",a note")).collect(Collectors.joining("\n"));

        ParsedFile parsed = parse(text);

        assertThat(parsed.problems()).isEmpty();
        String json = parsed.observations().get(0).parsedJson();
        assertThat(json).isEqualTo(CanonicalJson.write(CanonicalJson.parse(json)))
                .startsWith("{\"active\":true,\"assigned_to\":null,").contains(",\"note\":\"a note\",");
        assertThat(json.replace(",\"note\":\"a note\"", "")).isEqualTo(named(parse(FILE).observations().get(0).parsedJson()));
        assertThat(IncidentRow.of(parsed.observations().get(0), java.time.ZoneId.of("America/Sao_Paulo"), 0))
                .isEqualTo(IncidentRow.of(parse(FILE).observations().get(0), java.time.ZoneId.of("America/Sao_Paulo"), 0));
    }

    @Test
    void aQuotedCellWithALineBreakStaysInItsRowAndTheNextRowKeepsItsLine() {
        String text = LINES[0] + "\n" + LINES[1].replace("Category 55", "\"Category\n55, \"\"networks\"\"\"") + "\n" + LINES[2].replace("Group 56", "\"Group 56\"")
                + "\n" + "INC0000045,New";

        ParsedFile parsed = parse(text);

        assertThat(parsed.observations()).hasSize(2);
        assertThat(named(parsed.observations().get(0).parsedJson())).contains("\"category\":\"Category\\n55, \\\"networks\\\"\"");
        assertThat(new String(parsed.observations().get(0).raw(), StandardCharsets.UTF_8))
                .isEqualTo(LINES[1].replace("Category 55", "\"Category\n55, \"\"networks\"\"\""));
        assertThat(new String(parsed.observations().get(1).raw(), StandardCharsets.UTF_8)).isEqualTo(LINES[2].replace("Group 56", "\"Group 56\""));
        assertThat(problems(parsed)).containsExactly("log.csv:5: expected 36 fields as in the header, found 2");
    }

    @Test
    void questionMarksAndEmptyCellsAreBothMissing() {
        ParsedFile parsed = parse(LINES[0] + "\n" + LINES[1].replace(",Symptom 72,", ",,").replace(",Group 56,", ",?,"));

        assertThat(parsed.problems()).isEmpty();
        assertThat(named(parsed.observations().get(0).parsedJson())).contains("\"assignment_group\":null").contains("\"u_symptom\":null");
    }

    @Test
    void aRepeatedRowIsReadTwiceAndTheLedgerKeepsItOnce() {
        ParsedFile parsed = parse(FILE + LINES[3] + "\n");

        assertThat(parsed.observations()).hasSize(5);
        assertThat(parsed.observations().get(4).raw()).isEqualTo(parsed.observations().get(2).raw());
        assertThat(parsed.observations().get(4).sourceVersion()).isEqualTo(parsed.observations().get(2).sourceVersion());
    }

    @Test // Sao Paulo moved from -03:00 to -02:00 at 00:00 on 16 October 2016 and back at 00:00 on 19 February 2017
    void aTimeInTheSpringGapMovesForwardAndATimeShownTwiceTakesTheEarlierOffset() {
        String gap = LINES[1].replace("Updated by 21,29/2/2016 01:23", "Updated by 21,16/10/2016 00:30");
        String overlap = LINES[1].replace("Updated by 21,29/2/2016 01:23", "Updated by 21,18/2/2017 23:30");

        ParsedFile parsed = parse(LINES[0] + "\n" + gap + "\n" + overlap + "\n");

        assertThat(parsed.observations()).extracting(o -> o.claimedAt().orElseThrow())
                .containsExactly(Instant.parse("2016-10-16T03:30:00Z"), Instant.parse("2017-02-19T01:30:00Z"));
    }

    @Test
    void withoutAZoneTheFileIsRefusedOnceAndItsRowsStillChecked() {
        ImportContext noZone = Contexts.client("parse", "servicenow-eventlog");

        ParsedFile parsed = parse((FILE + LINES[1].replace("29/2/2016 01:23", "29-2-2016 01:23") + "\n").getBytes(StandardCharsets.UTF_8), noZone);

        assertThat(problems(parsed)).containsExactly(
                "log.csv: the log's times have no offset or zone; give their zone with --zone, such as --zone America/Sao_Paulo",
                "log.csv:6:12: sys_created_at: expected a date and time as d/M/yyyy HH:mm, such as 29/2/2016 01:16, found '29-2-2016 01:23'",
                "log.csv:6:14: sys_updated_at: expected a date and time as d/M/yyyy HH:mm, such as 29/2/2016 01:16, found '29-2-2016 01:23'");
    }

    @Test
    void everyProblemOfEveryRowIsReportedWithItsLineColumnAndField() {
        String text = String.join("\n", LINES[0],
                LINES[1].replace("INC0000045,New,true,0,0,0,true", "?,New,true,0,0,x,yes"),
                LINES[2].replace("29/2/2016 01:16", "31/2/2016 01:16"),
                LINES[3].replace(",0,0,3,", ",0,-1,,"),
                "INC0000045,Resolved");

        ParsedFile parsed = parse(text);

        assertThat(problems(parsed)).containsExactly(
                "log.csv:2:1: number: expected the incident's number, such as INC0000045, found nothing",
                "log.csv:2:6: sys_mod_count: expected a whole number, found 'x'",
                "log.csv:2:7: made_sla: expected true or false, found 'yes'",
                "log.csv:3:10: opened_at: expected a date and time as d/M/yyyy HH:mm, such as 29/2/2016 01:16, found '31/2/2016 01:16'",
                "log.csv:4:5: reopen_count: expected a whole number, found '-1'",
                "log.csv:4:6: sys_mod_count: expected the update's count, a whole number, found nothing",
                "log.csv:5: expected 36 fields as in the header, found 2");
        assertThat(parsed.observations()).isEmpty();
        assertThat(parsed.rowsRead()).isEqualTo(4);
    }

    @Test
    void aHeaderWithoutARequiredColumnOrWithOneTwiceIsRefusedBeforeAnyRow() {
        String header = LINES[0].replace("sys_updated_at", "updated").replace("location", "category");

        ParsedFile parsed = parse(header + "\n" + LINES[1]);

        assertThat(problems(parsed)).containsExactly(
                "log.csv:1: expected a column 'sys_updated_at' in the header, found none",
                "log.csv:1:17: category: a column named once, found 'category' again");
        assertThat(parsed.rowsRead()).isZero();
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedWithTheirLine() {
        byte[] text = (FILE + "INC0000046,New\n").getBytes(StandardCharsets.UTF_8);
        byte[] bad = Arrays.copyOf(text, text.length + 2);
        bad[text.length - 4] = (byte) 0xE9;

        assertThat(problems(parse(bad, SAO_PAULO))).containsExactly("log.csv:6: expected UTF-8 text, found the byte 0xe9 at byte "
                + (text.length - 3));
    }

    @Test
    void anEmptyFileHasNoHeader() {
        assertThat(problems(parse(""))).containsExactly("log.csv:1: expected a header naming the columns, found an empty file");
    }
}
