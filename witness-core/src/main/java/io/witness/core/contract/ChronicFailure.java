package io.witness.core.contract;

import java.util.Objects;

/**
 * The remedy beyond credits when service fails again and again: after {@code consecutivePeriods}
 * measurement periods in a row owing an attainment credit, the client has the remedy (typically the
 * right to terminate without penalty). Immutable.
 *
 * @param section the clause, not null
 * @param consecutivePeriods how many periods in a row, 2 or more
 * @param remedy what the client may then do, not blank
 */
public record ChronicFailure(ClauseRef section, int consecutivePeriods, String remedy) {

    public ChronicFailure {
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(remedy, "remedy");
        if (consecutivePeriods < 2) {
            throw new IllegalArgumentException("Chronic failure takes 2 periods in a row or more, got " + consecutivePeriods);
        }
        if (remedy.isBlank()) {
            throw new IllegalArgumentException("A chronic failure clause says its remedy");
        }
    }
}
