package io.witness.sources.connectwise;

import static io.witness.sources.psa.PsaImports.context;
import static io.witness.sources.psa.PsaImports.file;
import static io.witness.sources.psa.PsaImports.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.witness.core.input.InputProblem;
import io.witness.sources.format.ImportFile;
import io.witness.sources.format.ParsedFile;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What is wrong with a ConnectWise file is said exactly, every problem of the file at once. */
class ConnectWiseProblemsTest {

    private final ConnectWiseFormat format = new ConnectWiseFormat();

    private List<String> problems(ImportFile file, Optional<ZoneId> zone) {
        ParsedFile parsed = format.parse(file, context("connectwise", zone));
        return parsed.problems().stream()
                .sorted(Comparator.comparingInt(InputProblem::line).thenComparingInt(InputProblem::column))
                .map(InputProblem::toString).toList();
    }

    @Test
    void anExportWithLocalTimesNeedsTheZoneItWasWrittenIn() {
        assertThat(problems(file(getClass(), "board-export.csv"), Optional.empty())).containsExactly(
                "board-export.csv:2:9: Date Entered: expected --zone with the time zone the export was written in"
                        + " (such as America/New_York): its times have no offset, found '3/8/2026 2:30 AM'");
    }

    @Test
    void namesEachBadCellAndRowOfAnExport() {
        String csv = "Ticket #,Status,Date Entered\n100,New,yesterday\n,New,3/8/2026 9:00 AM\n101,New\n102,New,13/8/2026 9:00 AM\n";

        assertThat(problems(text("board.csv", csv), Optional.of(ZoneId.of("America/Chicago")))).containsExactly(
                "board.csv:2:3: Date Entered: expected a date and time such as 3/6/2026 4:00 PM or 2026-03-06 16:00, found 'yesterday'",
                "board.csv:3: expected the ticket number (id, Ticket #, Ticket Number, Ticket ID, SR Number), found nothing",
                "board.csv:4: expected 3 cells as in the header, found 2",
                "board.csv:5:3: Date Entered: expected a date and time such as 3/6/2026 4:00 PM or 2026-03-06 16:00, found '13/8/2026 9:00 AM'");
    }

    @Test
    void anExportWithoutATicketColumnIsRefusedAtItsHeader() {
        assertThat(problems(text("list.csv", "Summary,Status\nPrinter,New\n"), Optional.empty())).containsExactly(
                "list.csv:1: expected a column with the ticket number (id, Ticket #, Ticket Number, Ticket ID, SR Number),"
                        + " found columns Summary, Status");
    }

    @Test
    void auditTrailEntriesNeedTheTicketInTheFileName() {
        String entries = "[{\"text\": \"Status changed from \\\"New\\\" to \\\"Closed\\\"\", \"enteredDate\": \"2026-03-06T14:20:00Z\","
                + " \"enteredBy\": \"jsmith\", \"auditType\": \"Ticket\"}]";

        assertThat(problems(text("audit.json", entries), Optional.empty())).containsExactly(
                "audit.json:1:2: /0: expected the ticket number (ticketId) (or a file name holding the ticket number,"
                        + " audittrail-88123.json), found nothing");
        assertThat(format.parse(text("audit trail 88123.json", entries), context("connectwise", Optional.empty()))
                .observations().get(0).caseRef().orElseThrow().value()).isEqualTo("88123");
    }

    @Test
    void namesRecordsOfNoKnownKindAndNotesWithoutATime() {
        String json = "[{\"foo\": 1, \"bar\": 2},\n {\"id\": 5, \"ticketId\": 7, \"detailDescriptionFlag\": true, \"text\": \"hi\"},\n"
                + " {\"id\": 6, \"summary\": \"x\", \"_info\": {\"dateEntered\": \"06/03/2026\"}}, 42]";

        assertThat(problems(text("mixed.json", json), Optional.empty())).containsExactly(
                "mixed.json:1:2: /0: expected a record of kind audit-entry, ticket-note, time-entry, ticket, found one with fields foo, bar",
                "mixed.json:2:2: /1: expected dateCreated (or _info/dateEntered), found nothing",
                "mixed.json:3:2: /2/_info/dateEntered: expected a date and time such as 2026-03-06T16:00:00Z, found '06/03/2026'",
                "mixed.json:3:69: /3: expected a record (an object), found the number 42");
    }

    @Test
    void brokenJsonIsReportedWhereItBreaks() {
        List<String> problems = problems(text("tickets.json", "[{\"id\": 1, \"summary\": \"x\"},\n {\"id\": 2, \"summary\" \"y\"}]"),
                Optional.empty());

        assertThat(problems).containsExactly("tickets.json:2:22: not valid JSON: Unexpected character ('\"' (code 34)):"
                + " was expecting a colon to separate property name and value");
    }
}
