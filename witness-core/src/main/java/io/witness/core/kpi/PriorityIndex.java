package io.witness.core.kpi;

import io.witness.core.event.Priority;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Numbers priorities for the table: 0 is all priorities, then the contract's scale, then other codes A to Z. */
final class PriorityIndex {

    private final List<Priority> ordered;
    private final Map<Priority, Integer> index = new HashMap<>();

    PriorityIndex(List<Priority> scale, List<CaseProfile> profiles) {
        Set<Priority> seen = new HashSet<>(scale);
        TreeSet<String> others = new TreeSet<>();
        for (CaseProfile profile : profiles) {
            if (profile.priority().isPresent() && seen.add(profile.priority().get())) {
                others.add(profile.priority().get().code());
            }
            for (ClockFact clock : profile.clocks()) {
                if (clock.priority().isPresent() && seen.add(clock.priority().get())) {
                    others.add(clock.priority().get().code());
                }
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
        return priority.isPresent() ? index.get(priority.get()) : 0;
    }

    /** How many numbers there are, counting 0 for all priorities. */
    int size() {
        return ordered.size() + 1;
    }

    /** The priority of a number; empty for 0, all priorities. */
    Optional<Priority> priority(int number) {
        return number == 0 ? Optional.empty() : Optional.of(ordered.get(number - 1));
    }
}
