package io.witness.core.reconcile;

import static io.witness.core.reconcile.Scenario.line;
import static org.assertj.core.api.Assertions.assertThat;

import io.witness.core.clock.ClockResult;
import io.witness.core.clock.ClockState;
import io.witness.core.contract.Contract;
import io.witness.core.contract.PartyId;
import io.witness.core.event.Side;
import io.witness.core.finding.Finding;
import io.witness.core.finding.Severity;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hand-built cases under the dental-150 contract: New York (-05:00 before 8 March 2026), P1 around the
 * clock (response 30 min, resolution 4 h), P2 08:00-18:00 on weekdays (response 1 h, resolution 8 h);
 * the resolution clock pauses on the client's record only and continues on reopening.
 */
class ReconcilingDentalScenariosTest {

    private static final Contract DENTAL = Scenario.dental();
    private static final PartyId ACME = new PartyId("acme-dental");
    private static final PartyId NORTHWIND = new PartyId("northwind");
    private static final Reconciler RECONCILER = new Reconciler(DENTAL, ReconcileRules.defaults());

    static CaseReport reconcile(String now, String... lines) {
        return RECONCILER.reconcile(Scenario.oneCase(ACME, NORTHWIND, lines), Instant.parse(now));
    }

    static ClockResult clock(CaseReport report, Side side, String name) {
        return report.clocks().on(side).stream().filter(r -> r.clock().equals(name)).findFirst().orElseThrow();
    }

    static Finding finding(CaseReport report, String id) {
        return report.findings().stream().filter(f -> f.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no finding " + id + " in " + report.findings()));
    }

    static List<String> sentences(CaseReport report, String clock) {
        return report.differences().stream().filter(d -> d.clock().equals(clock)).map(Difference::sentence).toList();
    }

    /** A P2 case the PSA showed in progress four hours while ServiceNow showed it new. */
    static CaseReport fourHoursInProgressAgainstNew() {
        return reconcile("2026-03-04T23:00:00Z",
                line("INC0020001", "client", "opened", "2026-03-04T09:55:00-05:00", "\"priority\":\"P2\",\"status\":\"New\""),
                line("INC0020001", "client", "details", "2026-03-04T09:55:00-05:00", "\"refs\":[{\"system\":\"cw-psa\",\"id\":\"T1001\"}]"),
                line("T1001", "provider", "opened", "2026-03-04T09:58:00-05:00", "\"priority\":\"P2\",\"status\":\"New\""),
                line("T1001", "provider", "status", "2026-03-04T10:00:00-05:00", "\"status\":\"In Progress\""),
                line("T1001", "provider", "reply", "2026-03-04T10:02:00-05:00", ""),
                line("INC0020001", "client", "status", "2026-03-04T14:00:00-05:00", "\"status\":\"In Progress\""),
                line("T1001", "provider", "status", "2026-03-04T15:00:00-05:00", "\"status\":\"Completed\""),
                line("T1001", "provider", "resolved", "2026-03-04T15:00:00-05:00", ""),
                line("INC0020001", "client", "status", "2026-03-04T15:05:00-05:00", "\"status\":\"Resolved\""),
                line("INC0020001", "client", "resolved", "2026-03-04T15:05:00-05:00", ""));
    }

    @Test
    void explainsTheFourHoursThePsaShowedInProgressWhileServiceNowShowedNew() {
        CaseReport report = fourHoursInProgressAgainstNew();

        // Client's record: no reply ever; its response clock runs 09:55-15:05 (the resolution stops it): 5 h 10 min
        // against 1 h. The provider's: 09:58-10:02, 4 min. Witnessed: either side starts (09:55), the provider's
        // reply stops (10:02): 7 min, met.
        assertThat(clock(report, Side.CLIENT, "response").elapsed()).isEqualTo(Duration.ofMinutes(310));
        assertThat(clock(report, Side.CLIENT, "response").state()).isEqualTo(ClockState.BREACHED);
        assertThat(clock(report, Side.PROVIDER, "response").elapsed()).isEqualTo(Duration.ofMinutes(4));
        assertThat(clock(report, Side.WITNESS, "response").elapsed()).isEqualTo(Duration.ofMinutes(7));
        assertThat(clock(report, Side.WITNESS, "response").state()).isEqualTo(ClockState.MET);
        assertThat(sentences(report, "response")).containsExactly(
                "the client's record counts 5 h 10 min (breached against 1 h), the provider's 4 min (met against 1 h)"
                        + " — 5 h 6 min apart",
                "the provider's response clock started at 09:58 when its PSA created the ticket; the client logged it at"
                        + " 09:55 — 3 minutes the provider's report does not count",
                "the response the provider claims at 10:02 never reached the client's record, whose response clock ran"
                        + " until its resolution at 15:05 — 5 h 3 min apart");
        assertThat(sentences(report, "")).containsExactly(
                "the PSA shows 'In Progress' 10:00–14:00 while ServiceNow shows 'New' (4 h)",
                "the PSA shows 'Completed' 15:00–15:05 while ServiceNow shows 'In Progress' (5 minutes)");
        Finding disagreement = finding(report, "clock-disagreement/INC0020001/response/1");
        assertThat(disagreement.severity()).isEqualTo(Severity.HIGH);
        assertThat(disagreement.title()).isEqualTo("INC0020001: response clock — the client's record 5 h 10 min (breached),"
                + " the provider's 4 min (met) (section 4.2)");
        assertThat(disagreement.explanation()).contains("the PSA shows 'In Progress' 10:00–14:00 while ServiceNow shows 'New' (4 h)");
    }

    @Test
    void reportsAP1AnsweredInTwoHours47MinutesAgainstA30MinuteTarget() {
        CaseReport report = reconcile("2026-03-03T12:00:00Z",
                line("INC0020002", "client", "opened", "2026-03-02T22:05:00-05:00", "\"priority\":\"P1\",\"status\":\"New\""),
                line("INC0020002", "provider", "opened", "2026-03-02T22:31:00-05:00", "\"priority\":\"P1\",\"status\":\"New\""),
                line("INC0020002", "provider", "reply", "2026-03-03T00:52:00-05:00", ""),
                line("INC0020002", "provider", "resolved", "2026-03-03T01:40:00-05:00", ""),
                line("INC0020002", "client", "resolved", "2026-03-03T01:45:00-05:00", ""));

        // Witnessed: started 22:05 by the client's record, stopped 00:52 by the provider's reply: 2 h 47 min of
        // the always calendar against 30 min; breached at 22:35.
        ClockResult response = clock(report, Side.WITNESS, "response");
        assertThat(response.elapsed()).isEqualTo(Duration.ofMinutes(167));
        assertThat(response.breachedAt()).contains(Instant.parse("2026-03-03T03:35:00Z"));
        Finding breach = finding(report, "sla-breach/INC0020002/response/witness/1");
        assertThat(breach.title()).isEqualTo("INC0020002: response took 2 h 47 min against 30 min (section 4.2)");
        assertThat(breach.explanation()).isEqualTo("Section 4.2 guarantees a 30-minute response for P1; actual 2 h 47 min."
                + " On the witnessed timeline the clock started 2026-03-02 22:05 (started: opened (client)), stopped"
                + " 2026-03-03 00:52 (stopped: reply (provider)); it breached at 2026-03-02 22:35.");
        assertThat(breach.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(breach.clause().orElseThrow().text()).isEqualTo("4.2");
        assertThat(breach.provider()).contains(NORTHWIND);
        // The provider's own report counts from 22:31: 2 h 21 min, 26 minutes fewer.
        assertThat(clock(report, Side.PROVIDER, "response").elapsed()).isEqualTo(Duration.ofMinutes(141));
        assertThat(sentences(report, "response")).contains("the provider's response clock started at 22:31 when its PSA"
                + " created the ticket; the client logged it at 22:05 — 26 minutes the provider's report does not count");
    }

    @Test
    void countsAResolutionReopenedTwiceAcrossItsThreeStretches() {
        String[] lines = new String[2 * 6];
        int i = 0;
        for (String side : List.of("client", "provider")) {
            lines[i++] = line("INC0020003", side, "opened", "2026-03-03T09:00:00-05:00", "\"priority\":\"P2\",\"status\":\"New\"");
            lines[i++] = line("INC0020003", side, "resolved", "2026-03-03T11:00:00-05:00", "");
            lines[i++] = line("INC0020003", side, "reopened", "2026-03-03T13:00:00-05:00", "");
            lines[i++] = line("INC0020003", side, "resolved", "2026-03-03T14:00:00-05:00", "");
            lines[i++] = line("INC0020003", side, "reopened", "2026-03-04T09:00:00-05:00", "");
            lines[i++] = line("INC0020003", side, "resolved", "2026-03-04T10:00:00-05:00", "");
        }
        CaseReport report = reconcile("2026-03-05T00:00:00Z", lines);

        // on_reopen: continue. Counted 09:00-11:00 (2 h) + 13:00-14:00 (1 h) + Wednesday 09:00-10:00 (1 h) = 4 h
        // against 8 h; the resolved stretches between are not counted.
        ClockResult resolution = clock(report, Side.WITNESS, "resolution");
        assertThat(resolution.elapsed()).isEqualTo(Duration.ofHours(4));
        assertThat(resolution.state()).isEqualTo(ClockState.MET);
        assertThat(resolution.stoppedAt()).contains(Instant.parse("2026-03-04T15:00:00Z"));
        Finding reopened = finding(report, "incomplete-fix/INC0020003");
        assertThat(reopened.title()).isEqualTo("INC0020003: resolved and reopened twice");
        assertThat(reopened.explanation()).isEqualTo("The client's record shows the case reopened twice (2026-03-03 13:00,"
                + " 2026-03-04 09:00) after it was resolved: the fix did not hold.");
    }

    @Test
    void countsABackdatedResponseWhenWitnessFirstSawIt() {
        CaseReport report = reconcile("2026-03-05T00:00:00Z",
                line("INC0020004", "client", "opened", "2026-03-04T09:00:00-05:00", "\"priority\":\"P2\",\"seenAt\":\"2026-03-04T15:00:00Z\""),
                line("INC0020004", "provider", "opened", "2026-03-04T09:05:00-05:00", "\"priority\":\"P2\",\"seenAt\":\"2026-03-04T15:00:00Z\""),
                // The first export (Witness 10:00 New York) has no reply; the second (14:00) has one dated 09:10.
                line("INC0020004", "provider", "reply", "2026-03-04T09:10:00-05:00", "\"sourceId\":\"note-1\",\"seenAt\":\"2026-03-04T19:00:00Z\""));

        // Witnessed: the reply counts at 14:00, when Witness first saw it: 09:00-14:00 is 5 h against 1 h.
        // The provider's own record keeps the claim: 09:05-09:10, 5 min.
        assertThat(clock(report, Side.WITNESS, "response").elapsed()).isEqualTo(Duration.ofHours(5));
        assertThat(clock(report, Side.WITNESS, "response").state()).isEqualTo(ClockState.BREACHED);
        assertThat(clock(report, Side.PROVIDER, "response").elapsed()).isEqualTo(Duration.ofMinutes(5));
        Finding rewrite = finding(report, "history-rewrite/INC0020004/provider/INC0020004/backdated/reply/note-1");
        assertThat(rewrite.title()).isEqualTo("INC0020004: the provider's reply claims 2026-03-04 09:10 but was not on its"
                + " record when Witness looked at 2026-03-04 10:00");
        assertThat(rewrite.explanation()).isEqualTo("The provider's reply claims 2026-03-04 09:10. Witness had INC0020004 at"
                + " 2026-03-04 10:00 without it and first saw it at 2026-03-04 14:00. On the witnessed timeline it counts at"
                + " 2026-03-04 14:00; the provider's own timeline keeps the claim.");
        assertThat(rewrite.severity()).isEqualTo(Severity.HIGH);
    }

    @Test
    void makesATicketTheProviderNeverRecordedAFindingAndCountsItOnTheClientsRecord() {
        CaseReport report = reconcile("2026-03-04T20:00:00Z",
                line("INC0020005", "client", "opened", "2026-03-04T09:00:00-05:00", "\"priority\":\"P2\",\"status\":\"New\""));

        Finding oneSided = finding(report, "one-sided-case/INC0020005");
        assertThat(oneSided.severity()).isEqualTo(Severity.HIGH);
        assertThat(oneSided.title()).isEqualTo("INC0020005: the provider never recorded the client's ticket");
        assertThat(oneSided.explanation()).isEqualTo("Only the client recorded INC0020005: no provider ticket has its id,"
                + " refers to it or is referred to by it, or matches its requester, title and opening within 4 h. The client"
                + " opened it 2026-03-04 09:00 as P2; 1 events on its record. The provider's reports cannot count it; its"
                + " clocks are counted on the client's record alone.");
        // 09:00-15:00 New York with no response: 6 h against 1 h, breached at 10:00.
        ClockResult response = report.clocks().witnessedClocks().get(0);
        assertThat(response.side()).isEqualTo(Side.CLIENT);
        assertThat(response.elapsed()).isEqualTo(Duration.ofHours(6));
        assertThat(finding(report, "sla-breach/INC0020005/response/client/1").title())
                .isEqualTo("INC0020005: response still open after 6 h against 1 h (section 4.2)");
    }

    @Test
    void reportsAResolutionTimeMovedEarlierBetweenTwoExportsAndCountsTheFirstTelling() {
        CaseReport report = reconcile("2026-03-06T00:00:00Z",
                line("INC0020006", "client", "opened", "2026-03-04T09:00:00-05:00", "\"priority\":\"P2\""),
                line("INC0020006", "provider", "opened", "2026-03-04T09:00:00-05:00", "\"priority\":\"P2\""),
                line("INC0020006", "provider", "reply", "2026-03-04T09:20:00-05:00", ""),
                line("INC0020006", "provider", "resolved", "2026-03-04T18:00:00-05:00", "\"sourceId\":\"r1\",\"seenAt\":\"2026-03-05T00:00:00Z\""),
                line("INC0020006", "provider", "resolved", "2026-03-04T16:00:00-05:00", "\"sourceId\":\"r1\",\"seenAt\":\"2026-03-05T12:00:00Z\""));

        // Witnessed: the first telling, 09:00-18:00 = 9 h against 8 h, breached. The provider's record now: 7 h, met.
        assertThat(clock(report, Side.WITNESS, "resolution").elapsed()).isEqualTo(Duration.ofHours(9));
        assertThat(clock(report, Side.PROVIDER, "resolution").elapsed()).isEqualTo(Duration.ofHours(7));
        Finding rewrite = finding(report, "history-rewrite/INC0020006/provider/INC0020006/changed/resolved/r1");
        assertThat(rewrite.title()).isEqualTo("INC0020006: the provider's record changed the time of its resolved from"
                + " 2026-03-04 18:00 to 2026-03-04 16:00");
        assertThat(rewrite.explanation()).isEqualTo("First told (seen 2026-03-04 19:00): resolved at 2026-03-04 18:00, record"
                + " r1. Later (seen 2026-03-05 07:00): resolved at 2026-03-04 16:00, record r1. The provider's own timeline"
                + " now counts the later version; the witnessed timeline counts the first. Moving a stop earlier shortens the"
                + " clock it stops.");
        assertThat(rewrite.severity()).isEqualTo(Severity.HIGH);
    }

    @Test
    void contradictsAPsaThatSaysTheSlaWasMetWhenTheWitnessedClockBreached() {
        CaseReport report = reconcile("2026-03-05T00:00:00Z",
                line("INC0020007", "client", "opened", "2026-03-04T09:00:00-05:00", "\"priority\":\"P2\""),
                line("INC0020007", "provider", "opened", "2026-03-04T10:30:00-05:00", "\"priority\":\"P2\""),
                line("INC0020007", "provider", "reply", "2026-03-04T11:00:00-05:00", ""),
                line("INC0020007", "provider", "claim", "2026-03-04T11:00:00-05:00", "\"field\":\"Responded SLA\",\"value\":\"Met\""));

        // Witnessed response: 09:00 (client) - 11:00 (provider's reply) = 2 h against 1 h. The PSA counts 30 min.
        Finding claim = finding(report, "claim-contradicted/INC0020007/provider/responded-sla");
        assertThat(claim.title()).isEqualTo("INC0020007: the PSA says the SLA was met (Responded SLA = Met); the witnessed"
                + " response clock is breached");
        assertThat(claim.explanation()).isEqualTo("The provider's own SLA field Responded SLA = 'Met' (recorded 2026-03-04"
                + " 11:00) says met. Section 4.2 guarantees a 1-hour response for P2; the witnessed response clock counts 2 h."
                + " The source's field is its claim, not the measure.");
    }
}
