package io.witness.core.clock;

import io.witness.core.event.Priority;
import java.util.ArrayList;
import java.util.List;

/**
 * The priority codes the contract's clocks name, numbered, so that a case's priority is looked up once
 * when an event sets it and each clock then finds its term by number. Immutable and thread-safe.
 */
final class PriorityCodes {

    /** The number of a priority no clock names, and of no priority at all: the clocks' default term applies. */
    static final int OTHER = -1;

    private final String[] codes;

    PriorityCodes(List<ClockDefinition> definitions) {
        List<String> found = new ArrayList<>();
        for (ClockDefinition definition : definitions) {
            for (Priority priority : definition.terms().keySet()) {
                if (!found.contains(priority.code())) {
                    found.add(priority.code());
                }
            }
        }
        codes = found.toArray(new String[0]);
    }

    int size() {
        return codes.length;
    }

    /** The number of {@code priority}'s code, or {@link #OTHER}. */
    int numberOf(Priority priority) {
        String code = priority.code();
        for (int i = 0; i < codes.length; i++) {
            if (codes[i].equals(code)) {
                return i;
            }
        }
        return OTHER;
    }
}
