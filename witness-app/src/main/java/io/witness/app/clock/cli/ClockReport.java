package io.witness.app.clock.cli;

import io.witness.core.clock.ClockEngine;
import io.witness.core.clock.ClockResult;
import io.witness.core.clock.StatusClassifier;
import io.witness.core.contract.Contract;
import io.witness.core.event.StatusChanged;
import io.witness.core.event.TicketEvent;
import io.witness.core.event.TicketOpened;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The clocks of a set of events under a contract, and the statuses the contract left without a class
 * (they neither pause nor stop a clock, which the person reading the results must know).
 *
 * @param results one per case, clock, cycle and timeline
 * @param unmappedStatuses "side: status" for each status text without a class
 */
public record ClockReport(List<ClockResult> results, Set<String> unmappedStatuses) {

    public static ClockReport of(Contract contract, List<TicketEvent> events, Instant now) {
        StatusClassifier classifier = contract.statusClassifier();
        Set<String> unmapped = new LinkedHashSet<>();
        for (TicketEvent event : events) {
            Optional<String> status = Optional.empty();
            if (event instanceof StatusChanged changed && changed.statusClass().isEmpty()) {
                status = Optional.of(changed.status());
            } else if (event instanceof TicketOpened opened && opened.statusClass().isEmpty()) {
                status = opened.status();
            }
            status.filter(s -> classifier.classify(event.side(), s).isEmpty())
                    .ifPresent(s -> unmapped.add(event.side().wireName() + ": '" + s + "'"));
        }
        ClockEngine engine = new ClockEngine(contract.clocks(), classifier);
        return new ClockReport(engine.computeAll(events, now), unmapped);
    }
}
