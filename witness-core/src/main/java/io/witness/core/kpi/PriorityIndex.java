package io.witness.core.kpi;

import io.witness.core.event.Priority;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/** Numbers priorities for the table: 0 is all priorities, then the contract's scale, then other codes A to Z. */
final class PriorityIndex {

    private final List<Priority> ordered;
    private final Map<Priority, Integer> index = new HashMap<>();
    private final String[] codes;
    /** While numbering: the priority object last found on the scale. */
    private @Nullable Priority lastOnScale;

    PriorityIndex(List<Priority> scale, List<CaseProfile> profiles) {
        ordered = new ArrayList<>(scale);
        TreeSet<String> others = new TreeSet<>();
        for (int i = 0, n = profiles.size(); i < n; i++) {
            CaseProfile profile = profiles.get(i);
            note(profile.priority(), others);
            List<ClockFact> clocks = profile.clocks();
            for (int c = 0, m = clocks.size(); c < m; c++) {
                note(clocks.get(c).priority(), others);
            }
        }
        others.forEach(code -> ordered.add(new Priority(code)));
        codes = new String[ordered.size()];
        for (int i = 0; i < ordered.size(); i++) {
            index.put(ordered.get(i), i + 1);
            codes[i] = ordered.get(i).code();
        }
    }

    /**
     * Remembers a code not on the scale; a scale's few codes are compared one by one, faster than hashing, and
     * not at all for the priority object last found on it (the cases of a tenant share a few).
     */
    private void note(Optional<Priority> priority, TreeSet<String> others) {
        if (priority.isEmpty() || priority.get() == lastOnScale) {
            return;
        }
        if (ordered.contains(priority.get())) {
            lastOnScale = priority.get();
        } else {
            others.add(priority.get().code());
        }
    }

    /** The number of a priority; 0 when there is none (it then counts only among all priorities). */
    int of(Optional<Priority> priority) {
        if (priority.isEmpty()) {
            return 0;
        }
        String code = priority.get().code();
        if (codes.length <= 8) {
            for (int i = 0; i < codes.length; i++) {
                if (codes[i].equals(code)) {
                    return i + 1;
                }
            }
        }
        return index.get(priority.get());
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
