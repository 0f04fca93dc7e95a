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

    List<Finding> of(CaseClocks clocks, StatusClassifier classifier) {
        Case c = clocks.theCase();
        List<Finding> findings = new ArrayList<>();
        for (Side side : List.of(Side.CLIENT, Side.PROVIDER)) {
            Optional<TicketHistory> history = clocks.history(side);
            if (history.isEmpty()) {
                continue;
            }
            Map<String, List<TicketEvent>> byStatus = new LinkedHashMap<>();
            for (TicketEvent event : history.get().current()) {
                Optional<String> status = unclassed(event, side, classifier);
                status.ifPresent(s -> byStatus.computeIfAbsent(s, k -> new ArrayList<>()).add(event));
            }
            byStatus.forEach((status, events) -> findings.add(finding(c, clocks, side, history.get().ticket(), status, events)));
        }
        return findings;
    }

    private static Optional<String> unclassed(TicketEvent event, Side side, StatusClassifier classifier) {
        if (event instanceof StatusChanged changed) {
            return changed.statusClass().isEmpty() && classifier.classify(side, changed.status()).isEmpty()
                    ? Optional.of(changed.status()) : Optional.empty();
        }
        if (event instanceof TicketOpened opened && opened.status().isPresent()) {
            return opened.statusClass().isEmpty() && classifier.classify(side, opened.status().get()).isEmpty()
                    ? opened.status() : Optional.empty();
        }
        return Optional.empty();
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
