package io.witness.core.kpi;

import io.witness.core.calendar.BusinessCalendar;
import io.witness.core.clock.ClockDefinition;
import io.witness.core.clock.Metric;
import io.witness.core.clock.SideChoice;
import io.witness.core.clock.StatusClassifier;
import io.witness.core.clock.Term;
import io.witness.core.contract.ContractTerms;
import io.witness.core.contract.Parties;
import io.witness.core.contract.PartyId;
import io.witness.core.contract.PriorityLevel;
import io.witness.core.event.Priority;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How the KPIs read one provider's cases: the status classes of both sides' status texts, whose records
 * resolve a case on the witnessed timeline, and the business calendar that measures escalation time and
 * says what is after hours (docs/kpis.md, "Rules per provider"). Immutable and thread-safe.
 *
 * @param statuses the class of a side's status text when an event carries none, not null
 * @param resolvedBy whose records may resolve, close or cancel a case on the witnessed timeline (a
 *     reopening counts from either side)
 * @param calendarName the reporting calendar's name in the contract, for sentences, not blank
 * @param calendar the reporting calendar, not null
 */
public record ProviderRules(StatusClassifier statuses, SideChoice resolvedBy, String calendarName, BusinessCalendar calendar) {

    private static final ProviderRules DEFAULTS = new ProviderRules(StatusClassifier.byClassName(), SideChoice.PROVIDER,
            "24x7 UTC", BusinessCalendar.always());

    /** @throws IllegalArgumentException if the calendar name is blank */
    public ProviderRules {
        Objects.requireNonNull(statuses, "statuses");
        Objects.requireNonNull(resolvedBy, "resolvedBy");
        Objects.requireNonNull(calendarName, "calendarName");
        Objects.requireNonNull(calendar, "calendar");
        if (calendarName.isBlank()) {
            throw new IllegalArgumentException("The reporting calendar needs a name for sentences");
        }
    }

    /**
     * Status texts that name a class, the provider's records resolve, and business time is wall time
     * (24×7 UTC): for cases whose provider the contract does not name.
     */
    public static ProviderRules defaults() {
        return DEFAULTS;
    }

    /**
     * A provider's rules under a contract's terms: its status classes; {@code resolvedBy} is the
     * {@code timestamps.stop} of its first resolution clock (the provider's when it has none); the
     * calendar is that of its first clock's default term, else of its term for the lowest priority on
     * the scale that has one, else (no scale) of its term for the last code A to Z, else 24×7 UTC.
     */
    public static ProviderRules of(ContractTerms terms, Parties parties, PartyId provider) {
        List<ClockDefinition> clocks = terms.clocksFor(provider);
        SideChoice resolvedBy = clocks.stream().filter(c -> c.metric() == Metric.RESOLUTION).findFirst()
                .map(c -> c.timestamps().stop()).orElse(SideChoice.PROVIDER);
        Optional<Term> term = clocks.isEmpty() ? Optional.empty() : reportingTerm(clocks.get(0), terms.priorities());
        return new ProviderRules(terms.statusClassifierFor(parties, provider), resolvedBy,
                term.map(Term::calendarName).orElse(DEFAULTS.calendarName),
                term.map(Term::calendar).orElse(DEFAULTS.calendar));
    }

    private static Optional<Term> reportingTerm(ClockDefinition clock, List<PriorityLevel> scale) {
        if (clock.defaultTerm().isPresent()) {
            return clock.defaultTerm();
        }
        List<PriorityLevel> lowestFirst = new ArrayList<>(scale);
        Collections.reverse(lowestFirst);
        for (PriorityLevel level : lowestFirst) {
            Term own = clock.terms().get(level.code());
            if (own != null) {
                return Optional.of(own);
            }
        }
        // Without a scale, the last code A to Z: P4 before P1, as the lowest priorities keep business hours.
        return clock.terms().entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.comparing(Priority::code).reversed()))
                .map(Map.Entry::getValue).findFirst();
    }
}
