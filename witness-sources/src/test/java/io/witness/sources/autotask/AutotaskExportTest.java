package io.witness.sources.autotask;

import static io.witness.sources.psa.PsaImports.RECEIVED;
import static io.witness.sources.psa.PsaImports.contract;
import static io.witness.sources.psa.PsaImports.context;
import static io.witness.sources.psa.PsaImports.file;
import static io.witness.sources.psa.PsaImports.lines;
import static io.witness.sources.psa.PsaImports.normaliseAll;
import static io.witness.sources.psa.PsaImports.parseAll;
import static org.assertj.core.api.Assertions.assertThat;

import io.witness.core.event.Side;
import io.witness.ledger.chain.ObservationDraft;
import io.witness.ledger.chain.SourceRef;
import io.witness.ledger.chain.TenantId;
import io.witness.sources.format.CaseEvents;
import io.witness.sources.format.ImportContext;
import io.witness.sources.format.ImportFile;
import io.witness.sources.format.UnmappedValue;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Autotask tickets from the REST API with history and notes, and from a ticket search's CSV export. */
class AutotaskExportTest {

    private final AutotaskFormat format = new AutotaskFormat();

    private ImportContext withPicklists() {
        ImportFile fields = file(getClass(), "fields.json");
        return new ImportContext(TenantId.of("acme"), Side.PROVIDER, new SourceRef("autotask", "webservices5"),
                Optional.of(contract()), Optional.empty(), Optional.empty(),
                Optional.of(new ImportContext.TextFile("fields.json", new String(fields.bytes(), StandardCharsets.UTF_8))),
                RECEIVED);
    }

    private List<ObservationDraft> apiDrafts(ImportContext context) {
        return parseAll(format, context, file(getClass(), "tickets-query.json"), file(getClass(), "ticket-history-4711.json"),
                file(getClass(), "ticket-notes.json"));
    }

    @Test
    void keepsTicketsHistoryAndNotesAsObservationsOfTheTicketsId() {
        List<ObservationDraft> drafts = apiDrafts(withPicklists());

        assertThat(drafts).hasSize(15);
        assertThat(drafts).extracting(d -> d.caseRef().orElseThrow().value()).containsOnly("4711", "4712");
        assertThat(drafts.get(0).kind()).isEqualTo("ticket");
        assertThat(drafts.get(2).kind()).isEqualTo("ticket-history");
        assertThat(drafts.get(2).sourceId()).isEqualTo("4711:1001");
        assertThat(drafts.get(12).kind()).isEqualTo("ticket-note");
        // a REST time without an offset is UTC
        assertThat(drafts.get(1).parsedJson()).contains("\"createDate\":\"2026-03-08T06:30:00Z\"");
        assertThat(new String(drafts.get(1).raw(), StandardCharsets.UTF_8)).contains("\"createDate\": \"2026-03-08T06:30:00\"");
    }

    @Test
    void rebuildsTheTimelineWithPicklistLabels() {
        Map<String, CaseEvents> cases = normaliseAll(format, withPicklists(), apiDrafts(withPicklists()));

        assertThat(lines(cases.get("4711"))).containsExactly(
                "2026-03-06T15:00:00Z opened Low \"New\"/new",
                "2026-03-06T15:00:00Z details title=VPN drops every hour requester=30682933 category=Network"
                        + " subcategory=VPN channel=Phone origin=user refs=client:INC0010077",
                "2026-03-06T15:00:00Z assigned \"Tier 1 Service Desk\" tier 1",
                "2026-03-06T15:20:00Z status \"In Progress\"/in_progress",
                "2026-03-06T15:20:00Z reply",
                "2026-03-06T16:00:00Z assigned \"Level 2 Escalations\" tier 2",
                "2026-03-06T16:05:00Z comment agent private",
                "2026-03-06T17:00:00Z status \"Waiting Customer\"/waiting_customer",
                "2026-03-06T17:30:00Z priority Medium",
                "2026-03-07T08:40:00Z comment requester public",
                "2026-03-07T09:00:00Z status \"In Progress\"/in_progress",
                "2026-03-07T18:00:00Z status \"Complete\"/resolved",
                "2026-03-07T18:00:00Z resolved",
                "2026-03-07T18:00:00Z closed",
                "2026-03-07T18:20:00Z claim First Response Date/Time=03/06/2026 10:20 AM",
                "2026-03-07T18:30:00Z claim dueDateTime=2026-03-08T15:00:00Z",
                "2026-03-07T18:30:00Z claim serviceLevelAgreementID=1",
                "2026-03-07T18:30:00Z claim serviceLevelAgreementHasBeenMet=true",
                "2026-03-07T18:30:00Z claim firstResponseDateTime=2026-03-06T15:20:00Z",
                "2026-03-07T18:30:00Z claim firstResponseDueDateTime=2026-03-06T16:00:00Z",
                "2026-03-07T18:30:00Z claim resolvedDateTime=2026-03-07T18:00:00Z",
                "2026-03-07T18:30:00Z claim resolvedDueDateTime=2026-03-08T15:00:00Z");
        assertThat(cases.get("4711").unmapped()).containsExactly(
                new UnmappedValue("history text", "Status set by workflow rule (no change)", 1));
        assertThat(lines(cases.get("4712"))).containsExactly(
                "2026-03-08T06:30:00Z opened Critical \"New\"/new",
                "2026-03-08T06:30:00Z details title=Disk C: below 5% on SQL01 channel=Monitoring Alert origin=monitoring",
                "2026-03-08T06:30:00Z assigned \"Level 2 Escalations\" tier 2");
    }

    @Test
    void withoutPicklistsTheNumbersAreTheValuesAndUnmappedStatusesAreCounted() {
        ImportContext plain = context("autotask", Optional.empty());
        Map<String, CaseEvents> cases = normaliseAll(format, plain, apiDrafts(plain));

        assertThat(lines(cases.get("4712"))).containsExactly(
                "2026-03-08T06:30:00Z opened 4",
                "2026-03-08T06:30:00Z details title=Disk C: below 5% on SQL01 channel=8 origin=monitoring",
                "2026-03-08T06:30:00Z assigned \"29683483\"",
                "2026-03-08T06:31:00Z status \"1\"");
        assertThat(cases.get("4712").unmapped()).containsExactly(new UnmappedValue("status", "1", 1));
        // the history writes labels, the record numbers: without the picklists the record's "5" is a status of its own
        assertThat(cases.get("4711").unmapped()).containsExactly(new UnmappedValue("status", "5", 1),
                new UnmappedValue("history text", "Status set by workflow rule (no change)", 1));
    }

    @Test
    void readsASearchExportInTheExportersZoneFallingBackToTheTicketNumber() {
        ImportContext chicago = context("autotask", Optional.of(ZoneId.of("America/Chicago")));
        List<ObservationDraft> drafts = parseAll(format, chicago, file(getClass(), "ticket-search.csv"));
        Map<String, CaseEvents> cases = normaliseAll(format, chicago, drafts);

        assertThat(cases.keySet()).containsExactly("4800", "T20261101.0008");
        assertThat(lines(cases.get("4800"))).containsExactly(
                "2026-11-01T06:15:00Z opened Medium",
                "2026-11-01T06:15:00Z details title=Outlook crashes, \"safe mode\" works requester=Sam Lee",
                "2026-11-01T06:15:00Z assigned \"Tier 1 Service Desk\" tier 1",
                "2026-11-02T14:30:00Z status \"Complete\"/resolved",
                "2026-11-02T14:30:00Z resolved",
                "2026-11-02T14:30:00Z closed",
                "2026-11-02T15:00:00Z claim Due Date=2026-11-03T01:15:00-06:00",
                "2026-11-02T15:00:00Z claim SLA Met=True",
                "2026-11-02T15:00:00Z claim First Response Date=2026-11-01T01:40:00-05:00");
        assertThat(lines(cases.get("T20261101.0008"))).containsExactly(
                "2026-11-01T20:30:00Z opened Low \"New\"/new",
                "2026-11-01T20:30:00Z details title=Scanner offline requester=Dana Reyes refs=client:INC0010101",
                "2026-11-01T20:30:00Z assigned \"Tier 1 Service Desk\" tier 1");
    }

    @Test
    void aMappingThatIsNotFieldDefinitionsIsAProblem() {
        ImportContext wrong = new ImportContext(TenantId.of("acme"), Side.PROVIDER, new SourceRef("autotask", "x"),
                Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(new ImportContext.TextFile("map.yaml", "case: Ticket Number\n")), RECEIVED);

        assertThat(format.parse(file(getClass(), "tickets-query.json"), wrong).problems()).extracting(Object::toString)
                .containsExactly("map.yaml:1: expected Autotask's field definitions (GET /Tickets/entityInformation/fields"
                        + " saved as JSON: {\"fields\": [{\"name\", \"picklistValues\"}]}), found something else");
    }
}
