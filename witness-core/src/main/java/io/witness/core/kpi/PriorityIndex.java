package io.witness.core.kpi;

import io.witness.core.event.Priority;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Numbers priorities for the table: 0 is all priorities, then the contract's scale (a code listed twice counts
 * once, where first listed), then other codes A to Z.
 */
final class PriorityIndex {

    /** What {@link Codes#note} gives for a priority not on the scale: its number is known only at the end. */
    static final int OFF_SCALE = -1;

    private final List<Priority> ordered;
    private final Map<Priority, Integer> index = new HashMap<>();
    private final String[] codes;

    PriorityIndex(List<Priority> scale, List<CaseProfile> profiles) {
        this(codesOf(scale, profiles));
    }

    private PriorityIndex(Codes seen) {
        ordered = new ArrayList<>(seen.scale);
        seen.others.forEach(code -> ordered.add(new Priority(code)));
        codes = new String[ordered.size()];
        for (int i = 0; i < ordered.size(); i++) {
            index.put(ordered.get(i), i + 1);
            codes[i] = ordered.get(i).code();
        }
    }

    private static Codes codesOf(List<Priority> scale, List<CaseProfile> profiles) {
        Codes seen = new Codes(scale);
        for (int i = 0, n = profiles.size(); i < n; i++) {
            seen.note(profiles.get(i));
        }
        return seen;
    }

    /**
     * The priority codes of profiles and their clocks, noted one profile at a time: those on the scale are
     * numbered at once, the others when all are known ({@link #index()}).
     */
    static final class Codes {
        private final List<Priority> scale;
        private final String[] scaleCodes;
        private final TreeSet<String> others = new TreeSet<>();
        /** The priority object last found on the scale, and its number. */
        private @Nullable Priority lastOnScale;
        private int lastNumber;

        Codes(List<Priority> scale) {
            this.scale = List.copyOf(new LinkedHashSet<>(scale));
            scaleCodes = new String[this.scale.size()];
            for (int i = 0; i < scaleCodes.length; i++) {
                scaleCodes[i] = this.scale.get(i).code();
            }
        }

        /**
         * Notes a profile's priority and its clocks'; gives the number of the profile's priority: 0 for none, its
         * place on the scale from 1, or {@link #OFF_SCALE}.
         */
        int note(CaseProfile profile) {
            Priority priority = profile.priorityOrNull();
            int number = note(priority);
            for (int c = 0, m = profile.clockCount(); c < m; c++) {
                Priority clockPriority = profile.clockPriorityOrNull(c);
                if (clockPriority != priority) {
                    note(clockPriority);
                }
            }
            return number;
        }

        /**
         * A scale's few codes are compared one by one, faster than hashing, and not at all for the priority object
         * last found on it (the cases of a tenant share a few).
         */
        private int note(@Nullable Priority p) {
            if (p == null) {
                return 0;
            }
            if (p == lastOnScale) {
                return lastNumber;
            }
            String code = p.code();
            for (int i = 0; i < scaleCodes.length; i++) {
                if (scaleCodes[i].equals(code)) {
                    lastOnScale = p;
                    lastNumber = i + 1;
                    return lastNumber;
                }
            }
            others.add(code);
            return OFF_SCALE;
        }

        /** Takes in the codes another noted (under the same scale). */
        void absorb(Codes other) {
            others.addAll(other.others);
        }

        /** The numbering of the codes noted. */
        PriorityIndex index() {
            return new PriorityIndex(this);
        }
    }

    /** The number of a priority; 0 when there is none (it then counts only among all priorities). */
    int of(Optional<Priority> priority) {
        return of(priority.orElse(null));
    }

    /** {@link #of(Optional)} of a priority or null. */
    int of(@Nullable Priority priority) {
        if (priority == null) {
            return 0;
        }
        String code = priority.code();
        if (codes.length <= 8) {
            for (int i = 0; i < codes.length; i++) {
                if (codes[i].equals(code)) {
                    return i + 1;
                }
            }
        }
        return index.get(priority);
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
