package io.witness.sources.connectwise;

import static io.witness.sources.psa.PsaImports.context;
import static io.witness.sources.psa.PsaImports.file;
import static io.witness.sources.psa.PsaImports.lines;
import static io.witness.sources.psa.PsaImports.normaliseAll;
import static org.assertj.core.api.Assertions.assertThat;

import io.witness.ledger.chain.ObservationDraft;
import io.witness.sources.format.CaseEvents;
import io.witness.sources.format.ImportContext;
import io.witness.sources.format.ParsedFile;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A board's list view exported to CSV in New York: byte order mark, CRLF, columns in the member's order,
 * a quoted line break, empty cells, a duplicated row, a trailing row of empty cells, and local times on
 * both DST nights of 2026.
 */
class ConnectWiseBoardExportTest {

    private final ConnectWiseFormat format = new ConnectWiseFormat();
    private final ImportContext newYork = context("connectwise", Optional.of(ZoneId.of("America/New_York")));

    private ParsedFile parsed() {
        return format.parse(file(getClass(), "board-export.csv"), newYork);
    }

    @Test
    void keepsEachRowOnceWithItsTextAsInTheFile() {
        ParsedFile parsed = parsed();

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rowsRead()).isEqualTo(4);
        assertThat(parsed.observations()).extracting(ObservationDraft::sourceId).containsExactly("90001", "90002", "90003");
        assertThat(new String(parsed.observations().get(2).raw(), StandardCharsets.UTF_8)).isEqualTo(
                "\"Printer jams\r\nthird floor, tray 2\",90003,In Progress,Help Desk,,,Acme Dental,,2026-03-05 09:15,2026-03-05 11:40,,,,");
        assertThat(parsed.observations().get(0).sourceVersion()).isEqualTo("3/8/2026 9:00 AM");
        assertThat(parsed.observations().get(0).claimedAt()).contains(Instant.parse("2026-03-08T13:00:00Z"));
    }

    @Test
    void readsLocalTimesInTheZoneShiftingAGapForwardAndTakingTheEarlierOffsetInAnOverlap() {
        List<ObservationDraft> drafts = parsed().observations();

        // 02:30 on 8 March 2026 does not exist in New York: it is read as 03:30 EDT
        assertThat(drafts.get(0).parsedJson()).contains("\"Date Entered\":\"2026-03-08T03:30:00-04:00\"");
        // 01:30 on 1 November 2026 happens twice: the first, EDT
        assertThat(drafts.get(1).parsedJson()).contains("\"Date Entered\":\"2026-11-01T01:30:00-04:00\"")
                .contains("\"Closed Date\":\"2026-11-02T10:00:00-05:00\"");
    }

    @Test
    void givesEachRowsTimelineFromTheRecordAlone() {
        Map<String, CaseEvents> cases = normaliseAll(format, newYork, parsed().observations());

        assertThat(lines(cases.get("90001"))).containsExactly(
                "2026-03-08T07:30:00Z opened Priority 1 - Emergency Response \"New\"/new",
                "2026-03-08T07:30:00Z details title=Phones down at front desk requester=Dana Reyes refs=client:INC0010050",
                "2026-03-08T07:30:00Z assigned \"Help Desk\"",
                "2026-03-08T13:00:00Z claim SLA Status=Waiting");
        assertThat(lines(cases.get("90002"))).containsExactly(
                "2026-11-01T05:30:00Z opened Priority 3 - Normal Response",
                "2026-11-01T05:30:00Z details title=Mailbox full requester=Sam Lee",
                "2026-11-01T05:30:00Z assigned \"Help Desk / Tier 1\" tier 1",
                "2026-11-02T15:00:00Z status \"Closed\"/closed",
                "2026-11-02T15:00:00Z closed",
                "2026-11-02T15:05:00Z claim SLA Status=Met",
                "2026-11-02T15:05:00Z claim Respond Minutes=12");
        assertThat(lines(cases.get("90003"))).containsExactly(
                "2026-03-05T14:15:00Z opened",
                "2026-03-05T14:15:00Z details title=Printer jams\r\nthird floor, tray 2",
                "2026-03-05T14:15:00Z assigned \"Help Desk\"",
                "2026-03-05T16:40:00Z status \"In Progress\"/in_progress");
    }

    @Test
    void readsColumnsByTheirNamesWhateverTheirOrderAndSeparator() {
        String semicolons = "Last Update;Status;Ticket #;Date Entered\n2026-03-05 11:40;New;7;2026-03-05 09:15\n";
        ParsedFile parsed = format.parse(io.witness.sources.psa.PsaImports.text("europe.csv", semicolons),
                context("connectwise", Optional.of(ZoneId.of("Europe/Berlin"))));

        assertThat(parsed.problems()).isEmpty();
        assertThat(lines(normaliseAll(format, newYork, parsed.observations()).get("7"))).containsExactly(
                "2026-03-05T08:15:00Z opened \"New\"/new");
    }
}
