package io.witness.app.clock.cli;

import io.witness.core.clock.ClockResult;
import io.witness.core.clock.ClockState;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/** The few lines a person reads after a clock run: how many clocks, in which states. */
final class ClockSummary {

    private ClockSummary() {
    }

    static String of(ClockReport run) {
        long cases = run.results().stream().map(ClockResult::caseId).distinct().count();
        Map<ClockState, Long> byState = new EnumMap<>(ClockState.class);
        run.results().forEach(r -> byState.merge(r.state(), 1L, Long::sum));
        StringBuilder text = new StringBuilder();
        text.append(run.results().size()).append(" clocks on ").append(cases).append(cases == 1 ? " case: " : " cases: ")
                .append(byState.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().wireName().replace('_', ' '))
                        .collect(Collectors.joining(", ")))
                .append('\n');
        for (String status : run.unmappedStatuses()) {
            text.append("warning: status ").append(status)
                    .append(" has no status class in the contract; it neither pauses nor stops a clock\n");
        }
        return text.toString();
    }
}
