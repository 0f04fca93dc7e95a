package io.witness.core.pattern;

import io.witness.core.contract.PartyId;
import java.util.Objects;
import java.util.Optional;

/**
 * How many cases opened outside business hours, by the provider's reporting calendar, against the share
 * of the periods' time that is outside them. Immutable.
 *
 * @param provider the provider
 * @param calendar the calendar's name
 * @param cases the cases opened in the periods
 * @param afterHours those opened when the calendar is closed
 * @param closedShare the share of the periods' time the calendar is closed, from 0 to 1
 */
public record AfterHoursShare(PartyId provider, String calendar, long cases, long afterHours, double closedShare)
        implements Pattern {

    /** @throws IllegalArgumentException unless 0 <= afterHours <= cases and 0 <= closedShare <= 1 */
    public AfterHoursShare {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(calendar, "calendar");
        if (afterHours < 0 || afterHours > cases || !(closedShare >= 0 && closedShare <= 1)) {
            throw new IllegalArgumentException("After-hours counts out of range: " + afterHours + " of " + cases + ", "
                    + closedShare);
        }
    }

    /** The share among the cases opened in the periods; empty when none opened. */
    static Optional<AfterHoursShare> of(CaseSet set) {
        if (set.opened().isEmpty()) {
            return Optional.empty();
        }
        long after = 0;
        for (int i = 0, n = set.opened().size(); i < n; i++) {
            if (!set.rules().calendar().isOpenMillis(set.openedAt(i))) {
                after++;
            }
        }
        long span = set.toMillis() - set.fromMillis();
        double open = (double) set.rules().calendar().betweenMillis(set.fromMillis(), set.toMillis()) / span;
        return Optional.of(new AfterHoursShare(set.provider(), set.rules().calendarName(), set.opened().size(), after,
                Math.max(0, Math.min(1, 1 - open))));
    }

    /** {@code 31 of 180 cases (17.2%) opened outside business hours (calendar business), which is closed 70.2% of the time.} */
    @Override
    public String sentence() {
        return afterHours + " of " + Words.cases(cases) + " (" + Words.percent(afterHours, cases)
                + ") opened outside business hours (calendar " + calendar + ", which is closed "
                + Words.percent(100 * closedShare) + " of the time).";
    }
}
