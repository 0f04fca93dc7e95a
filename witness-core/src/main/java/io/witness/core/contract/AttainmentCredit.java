package io.witness.core.contract;

import io.witness.core.event.Priority;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A credit owed when the share of clocks met in a measurement period falls below a threshold: the
 * clocks counted (by name and priority; empty sets mean all), the fewest clocks for the share to count,
 * and the tiers. Only the lowest tier the attainment is below applies; tiers do not add up.
 * Immutable.
 *
 * @param section the clause, not null
 * @param clocks the clock names counted; empty for every clock of the provider
 * @param priorities the priorities counted; empty for every priority
 * @param minimumClocks the fewest clocks in the period for a credit to be owed (0: always)
 * @param tiers the tiers, sorted from the highest threshold down; thresholds unique
 */
public record AttainmentCredit(ClauseRef section, Set<String> clocks, Set<Priority> priorities, int minimumClocks,
        List<CreditTier> tiers) {

    /** @throws IllegalArgumentException if there is no tier, two share a threshold, or minimumClocks is negative */
    public AttainmentCredit {
        Objects.requireNonNull(section, "section");
        clocks = Set.copyOf(clocks);
        priorities = Set.copyOf(priorities);
        if (minimumClocks < 0) {
            throw new IllegalArgumentException("The fewest clocks must be 0 or more, got " + minimumClocks);
        }
        List<CreditTier> sorted = new ArrayList<>(tiers);
        sorted.sort(Comparator.comparing((CreditTier t) -> t.below().value()).reversed());
        if (sorted.isEmpty()) {
            throw new IllegalArgumentException("An attainment credit needs at least one tier");
        }
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).below().equals(sorted.get(i - 1).below())) {
                throw new IllegalArgumentException("Two tiers apply below " + sorted.get(i).below());
            }
        }
        tiers = List.copyOf(sorted);
    }

    /** The tier that applies to an attainment: the one with the lowest threshold still above it. */
    public Optional<CreditTier> tierFor(Percent attainment) {
        CreditTier found = null;
        for (CreditTier tier : tiers) {
            if (attainment.value().compareTo(tier.below().value()) < 0) {
                found = tier;
            }
        }
        return Optional.ofNullable(found);
    }
}
