package io.witness.sources.halopsa;

import static io.witness.sources.psa.PsaImports.context;
import static io.witness.sources.psa.PsaImports.file;
import static io.witness.sources.psa.PsaImports.lines;
import static io.witness.sources.psa.PsaImports.normaliseAll;
import static io.witness.sources.psa.PsaImports.parseAll;
import static io.witness.sources.psa.PsaImports.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.witness.ledger.chain.ObservationDraft;
import io.witness.sources.format.CaseEvents;
import io.witness.sources.format.ImportContext;
import io.witness.sources.format.UnmappedValue;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** HaloPSA tickets from the REST API with their actions, and from a report's CSV export in London. */
class HaloExportTest {

    private final HaloFormat format = new HaloFormat();
    private final ImportContext api = context("halopsa", Optional.empty());

    @Test
    void keepsTicketsAndActionsWithTheirTimesInUtc() {
        List<ObservationDraft> drafts = parseAll(format, api, file(getClass(), "tickets.json"), file(getClass(), "actions-3051.json"));

        assertThat(drafts).extracting(ObservationDraft::kind).containsExactly("ticket", "ticket", "action", "action", "action",
                "action", "action", "action", "action", "action");
        assertThat(drafts.get(0).sourceVersion()).isEqualTo("2026-03-30T10:00:00.37");
        assertThat(drafts.get(0).parsedJson()).contains("\"lastupdate\":\"2026-03-30T10:00:00.37Z\"");
        assertThat(drafts.get(1).sourceVersion()).startsWith("sha256:");
        assertThat(drafts.get(2).sourceId()).isEqualTo("3051:1");
    }

    @Test
    void rebuildsTheTimelineFromTheActions() {
        Map<String, CaseEvents> cases = normaliseAll(format, api,
                parseAll(format, api, file(getClass(), "tickets.json"), file(getClass(), "actions-3051.json")));

        assertThat(lines(cases.get("3051"))).containsExactly(
                "2026-03-27T08:55:00Z opened Medium \"New\"/new",
                "2026-03-27T08:55:00Z details title=Shared drive mapping lost requester=Priya Shah category=Network"
                        + " channel=Email origin=user refs=client:INC0010123",
                "2026-03-27T08:55:00Z comment requester public",
                "2026-03-27T09:05:00Z status \"In Progress\"/in_progress",
                "2026-03-27T09:05:00Z reply",
                "2026-03-27T09:20:00Z comment agent private",
                "2026-03-27T10:00:00Z assigned \"2nd Line Support\" tier 2",
                "2026-03-27T11:00:00Z status \"Waiting Customer\"/waiting_customer",
                "2026-03-27T11:00:00Z reply",
                "2026-03-27T15:00:00Z status \"Resolved\"/resolved",
                "2026-03-27T15:00:00Z resolved",
                "2026-03-27T15:00:00Z reply",
                "2026-03-28T08:00:00Z reopened",
                "2026-03-28T08:00:00Z status \"In Progress\"/in_progress",
                "2026-03-28T08:00:00Z comment requester public",
                "2026-03-30T09:58:00Z status \"Closed\"/closed",
                "2026-03-30T09:58:00Z closed",
                "2026-03-30T09:58:00Z reply",
                "2026-03-30T10:00:00.370Z claim slastate=O",
                "2026-03-30T10:00:00.370Z claim slaresponsestate=I",
                "2026-03-30T10:00:00.370Z claim respondbydate=2026-03-27T09:55:00Z",
                "2026-03-30T10:00:00.370Z claim responsedate=2026-03-27T09:05:00Z",
                "2026-03-30T10:00:00.370Z claim fixbydate=2026-03-27T16:55:00Z",
                "2026-03-30T10:00:00.370Z claim excludefromsla=false");
        assertThat(cases.get("3051").unmapped()).isEmpty();
    }

    @Test
    void aTicketWithOnlyIdsKeepsThemAndCountsTheUnmappedStatus() {
        Map<String, CaseEvents> cases = normaliseAll(format, api, parseAll(format, api, file(getClass(), "tickets.json")));

        assertThat(lines(cases.get("3052"))).containsExactly(
                "2026-03-31T07:00:00Z opened 4 \"1\"",
                "2026-03-31T07:00:00Z details title=New starter laptop");
        assertThat(cases.get("3052").unmapped()).containsExactly(new UnmappedValue("status", "1", 1));
    }

    @Test
    void readsAReportInLondonDayFirstAcrossBothDstNights() {
        ImportContext london = context("halopsa", Optional.of(ZoneId.of("Europe/London")));
        Map<String, CaseEvents> cases = normaliseAll(format, london, parseAll(format, london, file(getClass(), "report.csv")));

        assertThat(lines(cases.get("3060"))).containsExactly(
                "2026-03-29T01:30:00Z opened P2",
                "2026-03-29T01:30:00Z details title=Laptop screen flicker requester=Tom Ray",
                "2026-03-29T01:30:00Z assigned \"1st Line Support\" tier 1",
                "2026-03-29T08:00:00Z status \"In Progress\"/in_progress",
                "2026-03-29T08:00:00Z claim Response State=I",
                "2026-03-29T08:00:00Z claim Respond By=2026-03-29T02:30:00+01:00");
        assertThat(lines(cases.get("3061"))).containsExactly(
                "2026-10-25T00:30:00Z opened P3",
                "2026-10-25T00:30:00Z details title=Printer \"HR-2\" offline requester=Ann Lee",
                "2026-10-25T00:30:00Z assigned \"2nd Line Support\" tier 2",
                "2026-10-26T10:00:00Z status \"Closed\"/closed",
                "2026-10-26T10:00:00Z closed",
                "2026-10-26T10:05:00Z claim SLA State=O",
                "2026-10-26T10:05:00Z claim Response State=O");
    }

    @Test
    void aReportInMonthFirstOrderIsRefusedCellByCell() {
        String csv = "Ref,Summary,Date Opened\n3070,x,03/29/2026 09:00\n";

        assertThat(format.parse(text("report.csv", csv), context("halopsa", Optional.of(ZoneId.of("Europe/London"))))
                .problems()).extracting(Object::toString).containsExactly(
                "report.csv:2:3: Date Opened: expected a date and time such as 06/03/2026 16:00 or 2026-03-06 16:00,"
                        + " found '03/29/2026 09:00'");
    }

    @Test // found by fuzzing: impact and urgency without a priority of their own
    void aRecordWithImpactAndUrgencyButNoPriorityIsOpenedWithThePair() {
        String csv = "Ref,Summary,Impact,Urgency,Date Opened\n3080,VPN slow,High,Low,2026-03-02 09:00\n";
        ImportContext london = context("halopsa", Optional.of(ZoneId.of("Europe/London")));

        assertThat(lines(normaliseAll(format, london, parseAll(format, london, text("report.csv", csv))).get("3080")))
                .containsExactly("2026-03-02T09:00:00Z opened High \u00d7 Low", "2026-03-02T09:00:00Z details title=VPN slow");
    }
}
