package io.witness.core.reconcile;

import static io.witness.core.reconcile.Scenario.line;
import static org.assertj.core.api.Assertions.assertThat;

import io.witness.core.clock.ClockResult;
import io.witness.core.clock.ClockState;
import io.witness.core.contract.PartyId;
import io.witness.core.event.Side;
import io.witness.core.event.TicketEvent;
import io.witness.core.finding.Finding;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A PSA export tells a reply at 12:10; a later export tells the same note at 11:05. Read back from a ledger,
 * the ticket's events are the later export's, and the earlier telling comes as a record change found
 * between the imports. The witnessed timeline must count the reply as first told, not as a new reply
 * backdated.
 */
class ReconcilingAReplyMovedEarlierInALaterExportTest {

    private static final String FIRST_SEEN = "\"seenAt\":\"2026-11-02T09:00:00Z\"";
    private static final String LATER_SEEN = "\"seenAt\":\"2026-11-04T09:00:00Z\"";

    private static CaseReport report() {
        List<TicketEvent> earlier = Scenario.events(
                line("72730", "provider", "reply", "2026-10-13T12:10:00-04:00", "\"sourceId\":\"72730:n1\"," + FIRST_SEEN));
        Case c = Scenario.oneCase(new PartyId("acme-dental"), new PartyId("northwind"),
                line("INC1", "client", "opened", "2026-10-13T10:30:00-04:00", "\"priority\":\"P2\",\"status\":\"New\"," + FIRST_SEEN),
                line("INC1", "client", "details", "2026-10-13T10:30:00-04:00", "\"refs\":[{\"system\":\"cw-psa\",\"id\":\"72730\"}]," + FIRST_SEEN),
                line("INC1", "client", "reply", "2026-10-13T12:10:00-04:00", FIRST_SEEN),
                line("72730", "provider", "opened", "2026-10-13T10:30:00-04:00", "\"priority\":\"P2\",\"status\":\"New\"," + FIRST_SEEN),
                line("72730", "provider", "reply", "2026-10-13T11:05:00-04:00", "\"sourceId\":\"72730:n1\"," + LATER_SEEN),
                line("72730", "provider", "resolved", "2026-10-13T15:30:00-04:00", FIRST_SEEN),
                line("INC1", "client", "resolved", "2026-10-13T15:30:00-04:00", FIRST_SEEN));
        TicketEvent later = c.providerTicket().orElseThrow().events().stream().filter(e -> e.type().wireName().equals("reply"))
                .findFirst().orElseThrow();
        Map<String, List<RecordChange>> elsewhere = Map.of("provider 72730", List.of(new RecordChange(earlier.get(0), later)));
        return new Reconciler(Scenario.dental(), ReconcileRules.defaults()).reconcile(c, Instant.parse("2026-11-13T17:00:00Z"),
                elsewhere);
    }

    private static ClockResult response(CaseReport report, Side side) {
        return report.clocks().on(side).stream().filter(r -> r.clock().equals("response")).findFirst()
                .orElseThrow(() -> new AssertionError(side + ": " + report.clocks().on(side)));
    }

    @Test // #9
    void countsTheReplyAsFirstToldOnTheWitnessedTimelineAndAsNowToldOnThePsas() {
        CaseReport report = report();

        assertThat(response(report, Side.WITNESS).stoppedAt()).contains(Instant.parse("2026-10-13T16:10:00Z"));
        assertThat(response(report, Side.WITNESS).state()).isEqualTo(ClockState.BREACHED);
        assertThat(response(report, Side.PROVIDER).stoppedAt()).contains(Instant.parse("2026-10-13T15:05:00Z"));
        assertThat(response(report, Side.PROVIDER).state()).isEqualTo(ClockState.MET);
    }

    @Test // #9
    void reportsOneRewriteAndNoBackdatedReply() {
        List<String> rewrites = report().findings().stream().filter(f -> f.kind().equals(ReconcileFindings.HISTORY_REWRITE))
                .map(Finding::title).toList();

        assertThat(rewrites).containsExactly("INC1: the provider's record changed the time of its reply from 2026-10-13 12:10 to"
                + " 2026-10-13 11:05");
    }
}
