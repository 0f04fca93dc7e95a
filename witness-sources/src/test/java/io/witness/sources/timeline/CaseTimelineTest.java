package io.witness.sources.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.witness.core.contract.ContractYaml;
import io.witness.core.contract.SourceKind;
import io.witness.core.event.Author;
import io.witness.core.event.CaseId;
import io.witness.core.event.EventMeta;
import io.witness.core.event.ExternalReference;
import io.witness.core.event.Side;
import io.witness.core.event.SupportTier;
import io.witness.core.event.TicketDetails;
import io.witness.sources.format.ImportContext;
import io.witness.sources.format.SourceMaps;
import io.witness.sources.format.UnmappedValue;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CaseTimelineTest {

    private static final String CONTRACT = """
            contract: { id: c, title: T, effective: { from: 2026-01-01 }, zone: Europe/London, currency: GBP }
            parties:
              client: { id: acme, name: Acme, sources: [{ id: desk, kind: other_tickets }] }
              providers: [{ id: msp, name: MSP }]
            priorities: [{ code: P1 }, { code: P2 }, { code: P3 }]
            priority_maps:
              desk: { impact_urgency: { High: { High: P1, Low: P2 }, Low: { High: P2, Low: P3 } } }
            status_classes:
              desk: { Open: new, Working: in_progress, "Waiting on you": waiting_customer, Fixed: resolved,
                      Done: closed, Dropped: cancelled }
            """;
    private static final ImportContext CONTEXT = Imports.under(Imports.client("desk"), ContractYaml.parse(CONTRACT, "c.yaml"));
    private static final CaseId CASE = new CaseId("T-1");

    private static CaseTimeline timeline(FromStatus fromStatus) {
        return new CaseTimeline(SourceMaps.of(CONTEXT, LocalDate.parse("2026-03-01"), SourceKind.OTHER_TICKETS), fromStatus);
    }

    private static EventMeta at(String minute) {
        return EventMeta.of(CASE, Side.CLIENT, Instant.parse("2026-03-02T09:" + minute + ":00Z"));
    }

    private static TicketState state(String status, String impact, String urgency, String group) {
        return new TicketState(Optional.of(status), new PriorityValue(Optional.empty(), Optional.of(impact), Optional.of(urgency)),
                Optional.of(group), Optional.of(new SupportTier(1)), TicketDetails.none());
    }

    @Test
    void opensWithTheFirstStateAndGivesWhatChangedAfter() {
        CaseTimeline timeline = timeline(FromStatus.ALL);
        timeline.observe(at("00"), state("Open", "High", "Low", "Desk"));
        timeline.observe(at("05"), state("Open", "High", "Low", "Desk"));
        timeline.observe(at("10"), state("Working", "High", "High", "Network"));
        timeline.observe(at("20"), state("Waiting on you", "High", "High", "Network"));
        timeline.observe(at("30"), state("Fixed", "High", "High", "Network"));
        timeline.observe(at("40"), state("Working", "High", "High", "Network"));
        timeline.observe(at("50"), state("Done", "High", "High", "Network"));
        assertThat(Timelines.describe(timeline.result().events())).containsExactly(
                "2026-03-02T09:00:00Z opened P2 Open (new)",
                "2026-03-02T09:00:00Z assigned Desk tier 1",
                "2026-03-02T09:10:00Z status Working (in_progress)",
                "2026-03-02T09:10:00Z priority P1",
                "2026-03-02T09:10:00Z assigned Network tier 1",
                "2026-03-02T09:20:00Z status Waiting on you (waiting_customer)",
                "2026-03-02T09:30:00Z status Fixed (resolved)",
                "2026-03-02T09:30:00Z resolved",
                "2026-03-02T09:40:00Z status Working (in_progress)",
                "2026-03-02T09:40:00Z reopened",
                "2026-03-02T09:50:00Z status Done (closed)",
                "2026-03-02T09:50:00Z closed");
        assertThat(timeline.result().unmapped()).isEmpty();
    }

    @Test
    void closingAfterResolvingGivesClosedOnlyAndCancellingGivesNeither() {
        CaseTimeline timeline = timeline(FromStatus.ALL);
        timeline.observe(at("00"), state("Fixed", "Low", "Low", "Desk"));
        timeline.status(at("10"), "Done");
        timeline.status(at("20"), "Dropped");
        timeline.status(at("30"), "Open");
        assertThat(Timelines.describe(timeline.result().events())).containsExactly(
                "2026-03-02T09:00:00Z opened P3 Fixed (resolved)",
                "2026-03-02T09:00:00Z resolved",
                "2026-03-02T09:00:00Z assigned Desk tier 1",
                "2026-03-02T09:10:00Z status Done (closed)",
                "2026-03-02T09:10:00Z closed",
                "2026-03-02T09:20:00Z status Dropped (cancelled)",
                "2026-03-02T09:30:00Z status Open (new)",
                "2026-03-02T09:30:00Z reopened");
    }

    @Test
    void derivesNoLifecycleEventTheSourceRecordsItself() {
        CaseTimeline timeline = timeline(new FromStatus(false, false, true));
        timeline.observe(at("00"), state("Open", "Low", "Low", "Desk"));
        timeline.status(at("10"), "Fixed");
        timeline.resolved(at("05"));
        timeline.status(at("20"), "Done");
        assertThat(Timelines.describe(timeline.result().events())).containsExactly(
                "2026-03-02T09:00:00Z opened P3 Open (new)",
                "2026-03-02T09:00:00Z assigned Desk tier 1",
                "2026-03-02T09:05:00Z resolved",
                "2026-03-02T09:10:00Z status Fixed (resolved)",
                "2026-03-02T09:20:00Z status Done (closed)");
    }

    @Test
    void countsStatusesAndPrioritiesTheContractDoesNotMapOnEachEventThatCarriesThem() {
        CaseTimeline timeline = timeline(FromStatus.ALL);
        timeline.observe(at("00"), state("Triage", "Huge", "Low", "Desk"));
        timeline.observe(at("10"), state("Working", "Huge", "Low", "Desk"));
        timeline.observe(at("20"), state("Triage", "Huge", "High", "Desk"));
        assertThat(Timelines.describe(timeline.result().events())).containsExactly(
                "2026-03-02T09:00:00Z opened Triage (?)",
                "2026-03-02T09:00:00Z assigned Desk tier 1",
                "2026-03-02T09:10:00Z status Working (in_progress)",
                "2026-03-02T09:20:00Z status Triage (?)");
        assertThat(timeline.result().unmapped()).containsExactly(
                new UnmappedValue("impact×urgency", "Huge × Low", 1),
                new UnmappedValue("status", "Triage", 2),
                new UnmappedValue("impact×urgency", "Huge × High", 1));
    }

    @Test
    void recordsOnlyTheDetailsThatChangedAndNeverClearsOne() {
        CaseTimeline timeline = timeline(FromStatus.ALL);
        ExternalReference theirs = new ExternalReference("connectwise", "88123");
        timeline.details(at("00"), new TicketDetails(Optional.of("VPN down"), Optional.of("Dana"), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of()));
        timeline.details(at("10"), new TicketDetails(Optional.of("VPN down"), Optional.empty(), Optional.of("Network"),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(theirs)));
        timeline.details(at("20"), new TicketDetails(Optional.of("VPN down"), Optional.of("Dana"), Optional.of("Network"),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(theirs)));
        assertThat(Timelines.describe(timeline.result().events())).containsExactly(
                "2026-03-02T09:00:00Z details title=VPN down requester=Dana",
                "2026-03-02T09:10:00Z details category=Network ref=connectwise:88123");
    }

    @Test
    void claimsEachValueOfAFieldOnceAndKeepsRepliesCommentsAndPlans() {
        CaseTimeline timeline = timeline(FromStatus.ALL);
        timeline.claim(at("00"), "made_sla", "true");
        timeline.claim(at("10"), "made_sla", "true");
        timeline.claim(at("20"), "made_sla", "false");
        timeline.reply(at("01"));
        timeline.plan(at("02"));
        timeline.comment(at("03"), Author.REQUESTER);
        timeline.comment(at("04"), Author.AGENT);
        assertThat(Timelines.describe(timeline.result().events())).containsExactly(
                "2026-03-02T09:00:00Z claim made_sla=true",
                "2026-03-02T09:01:00Z reply",
                "2026-03-02T09:02:00Z plan",
                "2026-03-02T09:03:00Z comment requester public",
                "2026-03-02T09:04:00Z comment agent private",
                "2026-03-02T09:20:00Z claim made_sla=false");
    }

    @Test
    void opensOnceOnly() {
        CaseTimeline timeline = timeline(FromStatus.ALL);
        timeline.open(at("00"), TicketState.unknown());
        assertThat(timeline.isOpened()).isTrue();
        assertThatThrownBy(() -> timeline.open(at("01"), TicketState.unknown())).hasMessage("Case T-1 was opened already");
    }

    @Test
    void takesTheContractDateInTheContractsZone() {
        assertThat(CaseTimeline.contractDate(CONTEXT, Instant.parse("2026-06-30T23:30:00Z"))).isEqualTo(LocalDate.parse("2026-07-01"));
        assertThat(CaseTimeline.contractDate(Imports.client("desk"), Instant.parse("2026-06-30T23:30:00Z")))
                .isEqualTo(LocalDate.parse("2026-06-30"));
    }
}
