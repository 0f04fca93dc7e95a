package io.witness.sources.tracker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.witness.core.event.CaseId;
import io.witness.core.input.InputProblem;
import io.witness.sources.format.ImportContext;
import io.witness.sources.format.ImportFile;
import io.witness.sources.format.ParsedFile;
import io.witness.sources.timeline.Imports;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Trackers with mistakes: each problem names the file, the line and column (or sheet and cell) and the header. */
class TrackerFormatReportingBadTrackersTest {

    private static final TrackerFormat FORMAT = new TrackerFormat();
    private static final ImportContext LONDON = Imports.inZone(Imports.client("tracker"), "Europe/London");

    private static ParsedFile parse(String csv, ImportContext context) {
        return FORMAT.parse(new ImportFile("tracker.csv", csv.getBytes(StandardCharsets.UTF_8)), context);
    }

    private static List<String> problems(String csv, ImportContext context) {
        return parse(csv, context).problems().stream().map(InputProblem::toString).toList();
    }

    @Test
    void reportsEveryBadCellAndKeepsTheGoodRows() {
        String csv = """
                Issue,Date,Reported at,Response at,Resolved at
                Email down,13/03/2026,09:15,09:20,13/03/2026 11:00
                Printer,14/03/2026,quarter past nine,,
                VPN,,,,
                ,15/03/2026,10:00,,
                Scanner,,09:00,,
                Laptop,16/03/2026,10:00,later,31/02/2026 10:00
                """;
        ParsedFile parsed = parse(csv, LONDON);
        assertThat(parsed.problems()).extracting(InputProblem::toString).containsExactly(
                "tracker.csv:3:3: /Reported at: expected a date and time such as 2026-03-06 09:15, 06/03/2026 09:15 or an Excel date, "
                        + "found 'quarter past nine'",
                "tracker.csv:4:3: /Reported at: expected when the issue was reported ('Reported at'), found nothing",
                "tracker.csv:5:1: /Issue: expected the issue or a ref to tell the row apart, found neither",
                "tracker.csv:6:3: /Reported at: expected a date with the time 09:00 (the row has no date), found none",
                "tracker.csv:7:4: /Response at: expected a date and time such as 2026-03-06 09:15, 06/03/2026 09:15 or an Excel date, "
                        + "found 'later'",
                "tracker.csv:7:5: /Resolved at: expected a date and time such as 2026-03-06 09:15, 06/03/2026 09:15 or an Excel date, "
                        + "found '31/02/2026 10:00'");
        assertThat(parsed.rowsRead()).isEqualTo(6);
        assertThat(parsed.observations()).hasSize(1);
    }

    @Test
    void refusesATrackerWithoutWhenOrWhat() {
        assertThat(problems("Issue,Priority,Notes\nEmail down,High,\n", LONDON)).containsExactly(
                "tracker.csv:1:1: expected a column of when each issue was reported ('reported at' or 'date', or another of their "
                        + "names), found none among: Issue, Priority, Notes");
        assertThat(problems("Date,Priority\n13/03/2026,High\n", LONDON)).containsExactly(
                "tracker.csv:1:1: expected a column of the issue or of a ref to tell rows apart, found none among: Date, Priority");
    }

    @Test
    void refusesDatesWrittenBothWaysOrThatCannotBeToldApart() {
        assertThat(problems("Issue,Reported at\nA,13/03/2026 09:00\nB,03/14/2026 09:00\n", LONDON)).containsExactly(
                "tracker.csv: expected dates written one way, found them day first ('13/03/2026 09:00' at line 2, column 2) and "
                        + "month first ('03/14/2026 09:00' at line 3, column 2)");
        assertThat(problems("Issue,Reported at\nA,03/04/2026 09:00\nB,05/04/2026\n", LONDON)).containsExactly(
                "tracker.csv: expected dates whose day and month can be told apart, found only dates such as '03/04/2026 09:00' "
                        + "at line 2, column 2 (give dates: day_first or month_first in a mapping file, --mapping)");
        ParsedFile monthFirst = parse("Issue,Reported at\nA,03/04/2026 9:00 AM\n",
                Imports.mapped(LONDON, "tracker.yaml", "dates: month_first\n"));
        assertThat(monthFirst.problems()).isEmpty();
        assertThat(monthFirst.observations().get(0).parsedJson()).contains("\"reported at\":\"2026-03-04T09:00\"");
    }

    @Test
    void needsAZoneForLocalTimesAndSaysSoOnce() {
        assertThat(problems("Issue,Reported at\nA,2026-03-13 09:00\nB,2026-03-13 10:00\n", Imports.client("tracker"))).containsExactly(
                "tracker.csv: expected --zone for the tracker's times, which have no offset (a spreadsheet keeps local times), found none");
        assertThat(problems("Issue,Reported at\nA,2026-03-13T09:00:00+01:00\n", Imports.client("tracker"))).isEmpty();
        assertThatThrownBy(() -> FORMAT.normalise(new CaseId("row-x"), parse("Issue,Reported at\nA,2026-03-13 09:00\n", LONDON).observations(),
                Imports.client("tracker"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the tracker's times have no offset; give --zone to read them");
    }

    @Test
    void reportsMistakesInTheMappingFile() {
        assertThat(problems("Issue,Reported at\n", Imports.mapped(LONDON, "tracker.yaml",
                "dates: european\nheader_row: 0\ncolumns: { issue: Problem, owner: Who }\nsheets: x\n"))).containsExactly(
                "tracker.yaml:1:8: /dates: expected day_first or month_first, found 'european'",
                "tracker.yaml:2:13: /header_row: expected the header's row, 1 or more, found 0",
                "tracker.yaml:3:35: /columns/owner: unknown key 'owner'; expected one of ref, date, issue, priority, reported at, "
                        + "response at, resolved at, closed at, sla target, met/missed, impact, people affected, notes, provider ref, "
                        + "requester, category, status",
                "tracker.yaml:4:9: /sheets: unknown key 'sheets'; expected one of sheet, header_row, dates, columns");
    }

    @Test
    void readsTheHeaderRowAMappingNames() {
        ParsedFile parsed = parse("Ref,Issue\nnotes,here\nIssue,Reported at\nEmail down,2026-03-13 09:00\n",
                Imports.mapped(LONDON, "tracker.yaml", "header_row: 3\n"));
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.observations()).hasSize(1);
    }
}
