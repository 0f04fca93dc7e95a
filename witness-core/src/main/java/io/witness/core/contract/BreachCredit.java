package io.witness.core.contract;

import io.witness.core.event.Priority;
import java.util.Objects;
import java.util.Set;

/**
 * A credit owed for each breached clock of one name (and, when given, of the given priorities).
 * Immutable.
 *
 * @param section the clause, not null
 * @param clock the clock's name in the provider's SLA, not blank
 * @param priorities the priorities it applies to; empty for every priority
 * @param credit the credit per breach, not null
 */
public record BreachCredit(ClauseRef section, String clock, Set<Priority> priorities, CreditAmount credit) {

    public BreachCredit {
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(clock, "clock");
        if (clock.isBlank()) {
            throw new IllegalArgumentException("A breach credit names its clock");
        }
        priorities = Set.copyOf(priorities);
        Objects.requireNonNull(credit, "credit");
    }
}
