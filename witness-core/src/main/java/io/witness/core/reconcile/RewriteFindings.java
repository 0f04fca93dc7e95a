package io.witness.core.reconcile;

import io.witness.core.event.Side;
import io.witness.core.event.StatusChanged;
import io.witness.core.event.TicketEvent;
import io.witness.core.finding.EvidenceRef;
import io.witness.core.finding.Finding;
import io.witness.core.finding.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code history-rewrite} findings (docs/reconcile.md): a record of a ticket told one way and later
 * another (a time or a status changed between two exports), and an event claimed before a moment Witness
 * had the ticket without it (a backdated response; a pause applied retroactively). Each states both
 * versions and how the witnessed timeline counts them.
 */
final class RewriteFindings {

    private final Wording wording;

    RewriteFindings(Wording wording) {
        this.wording = wording;
    }

    List<Finding> of(Case c, TicketHistory history, List<RecordChange> changes) {
        List<Finding> findings = new ArrayList<>();
        Ticket ticket = history.ticket();
        Side side = ticket.side();
        int n = 0;
        for (RecordChange change : changes) {
            n++;
            TicketEvent before = change.before();
            TicketEvent after = change.after();
            boolean earlier = after.at().isBefore(before.at());
            String what = !before.at().equals(after.at()) ? "time" : before instanceof StatusChanged ? "status" : "content";
            String title = c.id() + ": the " + side.wireName() + "'s record changed the " + what + " of its "
                    + before.type().wireName() + " from " + told(before) + " to " + told(after);
            String explanation = "First told" + seen(before) + ": " + describe(before) + ". Later" + seen(after) + ": "
                    + describe(after) + ". The " + side.wireName() + "'s own timeline now counts the later version;"
                    + " the witnessed timeline counts the first."
                    + (earlier && TicketHistory.stops(before) ? " Moving a stop earlier shortens the clock it stops." : "");
            findings.add(new Finding("history-rewrite/" + c.id() + "/" + side.wireName() + "/" + ticket.id() + "/changed/"
                    + before.type().wireName() + "/" + before.meta().sourceId().orElse(String.valueOf(n)),
                    ReconcileFindings.HISTORY_REWRITE, earlier && TicketHistory.stops(before) ? Severity.HIGH : Severity.MEDIUM,
                    title, explanation, Optional.empty(), Optional.of(c.provider()),
                    after.meta().seenAt().orElse(after.at()), evidence(c, ticket, List.of(before, after)), Optional.empty()));
        }
        for (Backdated late : history.backdated()) {
            TicketEvent event = late.event();
            String what = late.pauses() ? "pause ('" + ((StatusChanged) event).status() + "')" : Wording.what(event);
            String title = late.pauses()
                    ? c.id() + ": a " + what + " applied retroactively from " + wording.dated(event.at()) + " on the "
                            + side.wireName() + "'s record"
                    : c.id() + ": the " + side.wireName() + "'s " + what + " claims " + wording.dated(event.at())
                            + " but was not on its record when Witness looked at " + wording.dated(late.lookedAt());
            String explanation = "The " + side.wireName() + "'s " + what + " claims " + wording.dated(event.at())
                    + ". Witness had " + ticket.id() + " at " + wording.dated(late.lookedAt()) + " without it and first saw it at "
                    + wording.dated(late.seenAt()) + ". On the witnessed timeline it counts at " + wording.dated(late.seenAt())
                    + "; the " + side.wireName() + "'s own timeline keeps the claim.";
            findings.add(new Finding("history-rewrite/" + c.id() + "/" + side.wireName() + "/" + ticket.id() + "/backdated/"
                    + event.type().wireName() + "/" + event.meta().sourceId().orElse(event.at().toString()),
                    ReconcileFindings.HISTORY_REWRITE, Severity.HIGH, title, explanation, Optional.empty(),
                    Optional.of(c.provider()), late.seenAt(), evidence(c, ticket, List.of(event)), Optional.empty()));
        }
        return findings;
    }

    private String told(TicketEvent event) {
        return event instanceof StatusChanged s ? "'" + s.status() + "' at " + wording.dated(event.at())
                : wording.dated(event.at());
    }

    private String describe(TicketEvent event) {
        return event.type().wireName() + " at " + wording.dated(event.at())
                + (event instanceof StatusChanged s ? " ('" + s.status() + "')" : "")
                + event.meta().sourceId().map(id -> ", record " + id).orElse("");
    }

    private String seen(TicketEvent event) {
        return event.meta().seenAt().map(s -> " (seen " + wording.dated(s) + ")").orElse("");
    }

    /** Each event of the ticket as evidence, then the case's own. */
    static List<EvidenceRef> evidence(Case c, Ticket ticket, List<TicketEvent> events) {
        List<EvidenceRef> refs = new ArrayList<>();
        for (TicketEvent event : events) {
            refs.add(new EvidenceRef("event", ticket.label() + " " + event.type().wireName() + " at " + event.at()
                    + event.meta().sourceId().map(id -> " record " + id).orElse("")));
        }
        refs.addAll(CaseEvidence.of(c, List.of()));
        return refs;
    }
}
