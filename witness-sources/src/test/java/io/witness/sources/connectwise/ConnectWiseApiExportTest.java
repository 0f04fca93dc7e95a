package io.witness.sources.connectwise;

import static io.witness.sources.psa.PsaImports.context;
import static io.witness.sources.psa.PsaImports.file;
import static io.witness.sources.psa.PsaImports.lines;
import static io.witness.sources.psa.PsaImports.normaliseAll;
import static io.witness.sources.psa.PsaImports.parseAll;
import static org.assertj.core.api.Assertions.assertThat;

import io.witness.ledger.chain.ObservationDraft;
import io.witness.sources.format.CaseEvents;
import io.witness.sources.format.ImportContext;
import io.witness.sources.format.ImportFile;
import io.witness.sources.psa.PsaImports;
import io.witness.sources.format.UnmappedValue;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A ConnectWise ticket saved from the REST API with its audit trail, notes and time entries. */
class ConnectWiseApiExportTest {

    private final ConnectWiseFormat format = new ConnectWiseFormat();
    private final ImportContext context = context("connectwise", Optional.empty());

    private List<ObservationDraft> drafts() {
        return parseAll(format, context, file(getClass(), "tickets-api.json"), file(getClass(), "audittrail-88123.json"),
                file(getClass(), "notes-88123.json"), file(getClass(), "time-entries.json"));
    }

    @Test
    void keepsEachRecordAsAnObservationWithItsRawText() {
        List<ObservationDraft> drafts = drafts();

        assertThat(drafts).extracting(ObservationDraft::kind).containsExactly(
                "ticket", "ticket", "audit-entry", "audit-entry", "audit-entry", "audit-entry", "audit-entry", "audit-entry",
                "audit-entry", "audit-entry", "audit-entry", "audit-entry", "audit-entry", "audit-entry",
                "ticket-note", "ticket-note", "ticket-note", "ticket-note", "time-entry", "time-entry");
        ObservationDraft ticket = drafts.get(1);
        assertThat(ticket.sourceId()).isEqualTo("88124");
        assertThat(ticket.sourceVersion()).isEqualTo("2026-03-10T08:00:00Z");
        assertThat(ticket.claimedAt()).contains(Instant.parse("2026-03-10T08:00:00Z"));
        assertThat(new String(ticket.raw(), StandardCharsets.UTF_8)).startsWith("{\n    \"id\": 88124,").endsWith("}");
        ObservationDraft audit = drafts.get(2);
        assertThat(audit.caseRef().orElseThrow().value()).isEqualTo("88123");
        assertThat(audit.sourceId()).startsWith("88123:sha256:");
        assertThat(audit.sourceVersion()).isEqualTo("2026-03-10T09:00:00Z");
        assertThat(drafts.get(14).sourceId()).isEqualTo("88123:501");
        assertThat(drafts.get(18).sourceId()).isEqualTo("88123:9001");
    }

    @Test
    void rebuildsTheTicketsTimelineFromItsAuditTrailNotesAndTimeEntries() {
        Map<String, CaseEvents> cases = normaliseAll(format, context, drafts());

        assertThat(lines(cases.get("88123"))).containsExactly(
                "2026-03-06T14:12:00Z opened Priority 3 - Normal Response \"New\"/new",
                "2026-03-06T14:12:00Z details title=Laptop will not join Wi-Fi requester=Dana Reyes category=Network"
                        + " subcategory=Wireless channel=Phone origin=user refs=client:INC0010042",
                "2026-03-06T14:12:00Z assigned \"Help Desk / Tier 1\" tier 1",
                "2026-03-06T14:20:00Z status \"In Progress\"/in_progress",
                "2026-03-06T14:20:00Z reply",
                "2026-03-06T14:25:00Z comment agent private",
                "2026-03-06T14:31:00Z status \"Waiting Client Response\"/waiting_customer",
                "2026-03-06T15:00:00Z assigned \"Help Desk / Tier 2\" tier 2",
                "2026-03-06T17:50:00Z comment requester public",
                "2026-03-06T18:05:00Z status \"In Progress\"/in_progress",
                "2026-03-06T21:00:00Z priority Priority 2 - High",
                "2026-03-06T21:25:00Z reply",
                "2026-03-06T21:30:00Z status \"Completed\"/resolved",
                "2026-03-06T21:30:00Z resolved",
                "2026-03-06T21:30:00Z reply",
                "2026-03-09T12:15:00Z reopened",
                "2026-03-09T12:15:00Z status \"In Progress\"/in_progress",
                "2026-03-09T15:30:00Z status \"Closed\"/closed",
                "2026-03-09T15:30:00Z closed",
                "2026-03-09T16:00:00Z claim requiredDate=2026-03-07T14:12:00Z",
                "2026-03-09T16:00:00Z claim sla=Standard SLA",
                "2026-03-09T16:00:00Z claim slaStatus=Resolved",
                "2026-03-09T16:00:00Z claim isInSla=true",
                "2026-03-09T16:00:00Z claim dateResponded=2026-03-06T14:20:00Z",
                "2026-03-09T16:00:00Z claim dateResolved=2026-03-06T21:30:00Z",
                "2026-03-09T16:00:00Z claim respondMinutes=8",
                "2026-03-09T16:00:00Z claim resolveMinutes=438",
                "2026-03-10T09:00:00Z claim Date Responded=03/06/2026 09:20 AM");
        assertThat(cases.get("88123").unmapped()).containsExactly(
                new UnmappedValue("history text", "Status updated by workflow rule 'Auto close'", 1));
    }

    @Test
    void readsATicketWithoutHistoryFromItsRecordAlone() {
        Map<String, CaseEvents> cases = normaliseAll(format, context, drafts());

        assertThat(lines(cases.get("88124"))).containsExactly(
                "2026-03-10T07:45:00Z opened Priority 1 - Emergency Response",
                "2026-03-10T07:45:00Z details title=Backup alert: job failed on FS01 channel=Monitoring Alert origin=monitoring",
                "2026-03-10T07:45:00Z assigned \"Level 2 Support\" tier 2",
                "2026-03-10T08:00:00Z status \"In Progress\"/in_progress");
        assertThat(cases.get("88124").unmapped()).isEmpty();
    }

    @Test
    void eventsCarryWhenWitnessSawThemAndTheSourcesId() {
        CaseEvents events = normaliseAll(format, context, drafts()).get("88123");

        assertThat(events.events().get(4).meta().seenAt()).contains(Instant.parse("2026-04-01T12:00:00Z"));
        assertThat(events.events().get(4).meta().sourceId()).contains("88123:501");
    }

    @Test // #9
    void aPrioritySetAtTheOpeningWithNoOldValueIsThePriorityItWasOpenedWith() {
        ImportFile ticket = PsaImports.text("tickets.json", """
                [{"id": 71001, "summary": "Printer jams", "status": {"name": "Closed"}, "priority": {"name": "Priority 1 - Emergency Response"},
                  "closedDate": "2026-03-10T10:00:00Z", "closedFlag": true,
                  "_info": {"lastUpdated": "2026-03-10T10:00:00Z", "dateEntered": "2026-03-10T07:45:00Z"}}]
                """);
        ImportFile trail = PsaImports.text("audittrail.json", """
                [{"ticketId": 71001, "text": "Ticket has been created.", "enteredDate": "2026-03-10T07:45:00Z", "auditType": "Ticket"},
                 {"ticketId": 71001, "text": "Priority changed to \\"Priority 1 - Emergency Response\\"", "enteredDate": "2026-03-10T07:45:00Z", "auditType": "Ticket"},
                 {"ticketId": 71001, "text": "Status changed from \\"New\\" to \\"Closed\\"", "enteredDate": "2026-03-10T10:00:00Z", "auditType": "Ticket"}]
                """);

        Map<String, CaseEvents> cases = normaliseAll(format, context, parseAll(format, context, ticket, trail));

        assertThat(lines(cases.get("71001")).get(0)).isEqualTo("2026-03-10T07:45:00Z opened Priority 1 - Emergency Response \"New\"/new");
    }

    @Test
    void aClosedRecordWithoutHistoryGivesItsPriorityButNotItsStatusAsTheOpeningOnes() {
        ImportFile ticket = PsaImports.text("tickets.json", """
                [{"id": 71002, "summary": "VPN drops", "status": {"name": "Closed"}, "priority": {"name": "Priority 2 - High"},
                  "closedDate": "2026-03-11T10:00:00Z", "closedFlag": true,
                  "_info": {"lastUpdated": "2026-03-11T10:00:00Z", "dateEntered": "2026-03-10T07:45:00Z"}}]
                """);

        Map<String, CaseEvents> cases = normaliseAll(format, context, parseAll(format, context, ticket));

        assertThat(lines(cases.get("71002")).get(0)).isEqualTo("2026-03-10T07:45:00Z opened Priority 2 - High");
        assertThat(lines(cases.get("71002"))).contains("2026-03-11T10:00:00Z status \"Closed\"/closed");
    }
}
