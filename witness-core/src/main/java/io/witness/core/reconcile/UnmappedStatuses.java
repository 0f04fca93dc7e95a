package io.witness.core.reconcile;

import io.witness.core.clock.ClockResult;
import io.witness.core.clock.ClockState;
import io.witness.core.clock.StatusClassifier;
import io.witness.core.event.Side;
import io.witness.core.event.StatusChanged;
import io.witness.core.event.TicketEvent;
import io.witness.core.event.TicketOpened;
import io.witness.core.finding.Finding;
import io.witness.core.finding.Severity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * {@code unmapped-status} findings: a status a side's record put the case in that neither the event nor
 * the contract gives a class. Such a status neither pauses nor stops a clock, so the clocks ran through
 * it; had the contract named it (say, as waiting on a third party) the figures could differ. One finding
 * per side and status text of a case.
 */
final class UnmappedStatuses {

    private final Wording wording;

    UnmappedStatuses(Wording wording) {
        this.wording = wording;
    }

    /** The findings of a case, in a new list; most cases have none, and get neither a list nor a map. */
    List<Finding> of(CaseClocks clocks, StatusClassifier classifier) {
        List<Finding> findings = List.of();
        findings = of(clocks, Side.CLIENT, classifier, findings);
        return of(clocks, Side.PROVIDER, classifier, findings);
    }

    private List<Finding> of(CaseClocks clocks, Side side, StatusClassifier classifier, List<Finding> findings) {
        TicketHistory history = clocks.historyOrNull(side);
        if (history == null) {
            return findings;
        }
        Map<String, List<TicketEvent>> byStatus = null;
        List<TicketEvent> events = history.current();
        for (int i = 0; i < events.size(); i++) {
            TicketEvent event = events.get(i);
            String status = unclassed(event, side, classifier);
            if (status != null) {
                if (byStatus == null) {
                    byStatus = new LinkedHashMap<>();
                }
                byStatus.computeIfAbsent(status, k -> new ArrayList<>()).add(event);
            }
        }
        if (byStatus == null) {
            return findings;
        }
        List<Finding> more = findings.isEmpty() ? new ArrayList<>() : findings;
        Case c = clocks.theCase();
        byStatus.forEach((status, same) -> more.add(finding(c, clocks, side, history.ticket(), status, same)));
        return more;
    }

    /** The status an event put the case in when neither the event nor the contract gives it a class; else null. */
    private static @Nullable String unclassed(TicketEvent event, Side side, StatusClassifier classifier) {
        if (event instanceof StatusChanged changed) {
            return changed.statusClass().isEmpty() && classifier.classify(side, changed.status()).isEmpty()
                    ? changed.status() : null;
        }
        if (event instanceof TicketOpened opened && opened.status().isPresent()) {
            String status = opened.status().get();
            return opened.statusClass().isEmpty() && classifier.classify(side, status).isEmpty() ? status : null;
        }
        return null;
    }

    private Finding finding(Case c, CaseClocks clocks, Side side, Ticket ticket, String status, List<TicketEvent> events) {
        boolean breached = clocks.witnessedClocks().stream().map(ClockResult::state).anyMatch(s -> s == ClockState.BREACHED);
        Instant first = events.get(0).at();
        String times = events.size() == 1 ? "once" : events.size() == 2 ? "twice" : events.size() + " times";
        return Finding.worded("unmapped-status/" + c.id() + "/" + side.wireName() + "/" + CaseFindings.idPart(status),
                ReconcileFindings.UNMAPPED_STATUS,
                breached ? Severity.MEDIUM : Severity.LOW,
                () -> c.id() + ": the " + side.wireName() + "'s status '" + status + "' has no class in the contract",
                () -> CaseFindings.capitalise(wording.system(side, c.provider())) + " put the case in '" + status + "' " + times + " (first "
                        + wording.dated(first) + "). Neither the record nor the contract's status classes say what it means,"
                        + " so it neither paused nor stopped a clock: the clocks ran through it"
                        + (breached ? ", and one of the case's clocks is breached" : "")
                        + ". Map it in the contract's status_classes if it is meant to pause or stop the clock.",
                Optional.empty(), Optional.of(c.provider()), first, RewriteFindings.evidence(c, ticket, events), Optional.empty());
    }
}
