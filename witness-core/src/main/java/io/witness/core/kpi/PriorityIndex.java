package io.witness.core.kpi;

import io.witness.core.event.Priority;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** Numbers priorities for the table: 0 is all priorities, then the contract's scale, then other codes A to Z. */
final class PriorityIndex {

    private final List<Priority> ordered;
    private final Map<Priority, Integer> index = new HashMap<>();

    PriorityIndex(List<Priority> scale, List<CaseProfile> profiles) {
        TreeSet<String> others = new TreeSet<>();
        for (CaseProfile profile : profiles) {
            profile.priority().filter(p -> !scale.contains(p)).ifPresent(p -> others.add(p.code()));
            for (ClockFact clock : profile.clocks()) {
                clock.priority().filter(p -> !scale.contains(p)).ifPresent(p -> others.add(p.code()));
            }
        }
        ordered = new ArrayList<>(scale);
        others.forEach(code -> ordered.add(new Priority(code)));
        for (int i = 0; i < ordered.size(); i++) {
            index.put(ordered.get(i), i + 1);
        }
    }

    /** The number of a priority; 0 when there is none (it then counts only among all priorities). */
    int of(Optional<Priority> priority) {
        return priority.map(index::get).orElse(0);
    }

    /** The priority of a number; empty for 0, all priorities. */
    Optional<Priority> priority(int number) {
        return number == 0 ? Optional.empty() : Optional.of(ordered.get(number - 1));
    }
}
