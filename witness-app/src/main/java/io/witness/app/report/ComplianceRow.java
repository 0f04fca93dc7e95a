package io.witness.app.report;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * SLA compliance of one provider, priority, clock and month on the witnessed timeline: the clocks that
 * ended in the month, met or breached, and the findings of those breached. Immutable.
 *
 * @param provider the provider's id
 * @param priority the priority's code, or {@code none} for clocks of a case without a priority
 * @param clock the clock's name ({@code response}, {@code resolution}…)
 * @param month the month the clocks ended in, in the contract's zone
 * @param counted clocks that ended met or breached, at least one
 * @param met of them, met
 * @param breachFindings the ids of the findings of the breached ones that the register holds, in case order
 */
public record ComplianceRow(String provider, String priority, String clock, YearMonth month, int counted, int met,
        List<String> breachFindings) {

    /** @throws IllegalArgumentException unless {@code 0 <= met <= counted} and {@code counted > 0} */
    public ComplianceRow {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(month, "month");
        breachFindings = List.copyOf(breachFindings);
        if (counted <= 0 || met < 0 || met > counted) {
            throw new IllegalArgumentException("A compliance row needs 0 <= met <= counted and counted > 0, got " + met
                    + " of " + counted);
        }
    }

    /** Clocks breached: counted less met. */
    public int breached() {
        return counted - met;
    }

    /** Attainment as a share from 0 to 1. */
    public double attainment() {
        return (double) met / counted;
    }
}
