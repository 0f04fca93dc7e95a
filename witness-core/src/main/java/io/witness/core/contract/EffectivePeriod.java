package io.witness.core.contract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The dates a contract is in force: from its first day to its last, both included, or open-ended (a
 * contract that renews until terminated). Immutable.
 *
 * @param from the first day in force, not null
 * @param to the last day in force, or empty when open-ended
 */
public record EffectivePeriod(LocalDate from, Optional<LocalDate> to) {

    /** @throws DateTimeException if {@code to} is before {@code from} */
    public EffectivePeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isPresent() && to.get().isBefore(from)) {
            throw new DateTimeException("A contract cannot end " + to.get() + " before it starts " + from);
        }
    }

    /** In force every day: the period of a contract that gives only clocks. */
    public static EffectivePeriod always() {
        return new EffectivePeriod(LocalDate.MIN, Optional.empty());
    }

    public static EffectivePeriod of(LocalDate from, LocalDate to) {
        return new EffectivePeriod(from, Optional.of(to));
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && to.map(last -> !date.isAfter(last)).orElse(true);
    }
}
