package io.witness.core.clock;

import io.witness.core.event.Priority;
import java.util.Arrays;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * {@link ClockDefinition#termFor} as the replay asks it, at every start: by the number the case's
 * priority got in {@link PriorityCodes} when an event set it, instead of hashing the priority into a map
 * and wrapping the answer at each clock. The same answers. Immutable.
 */
final class TermsByPriority {

    private final @Nullable Term[] terms;
    private final @Nullable Term defaultTerm;

    TermsByPriority(ClockDefinition definition, PriorityCodes codes) {
        defaultTerm = definition.defaultTerm().orElse(null);
        terms = new Term[codes.size()];
        Arrays.fill(terms, defaultTerm);
        for (Map.Entry<Priority, Term> entry : definition.terms().entrySet()) {
            terms[codes.numberOf(entry.getKey())] = entry.getValue();
        }
    }

    /**
     * The term of the priority numbered {@code number} ({@link PriorityCodes#OTHER} for none or one no
     * clock names): its own, else the default; null when the clock does not apply.
     */
    @Nullable Term termFor(int number) {
        return number == PriorityCodes.OTHER ? defaultTerm : terms[number];
    }
}
