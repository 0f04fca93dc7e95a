package io.witness.core.kpi;

import io.witness.core.contract.PartyId;
import io.witness.core.event.Priority;
import io.witness.core.event.Side;
import java.util.Objects;
import java.util.Optional;

/**
 * One cell of the KPI table: a KPI of one provider on one timeline in one period, for one priority (or
 * all) and one value of its dimension, with its change from the period before. Immutable.
 *
 * @param provider the provider, not null
 * @param timeline CLIENT, PROVIDER or WITNESS
 * @param period the period, not null
 * @param kpi the KPI, whose definition docs/kpis.md gives under its id
 * @param priority the priority; empty for all priorities together
 * @param dimension the KPI's dimension: the clock's name, a category, a tier ({@code L2}) or an age bucket
 *     ({@code 3-7d}); empty for a KPI without one, or for the total of a KPI with one
 * @param value the figure, of the KPI's kind
 * @param change from the same cell of the period before, when both have a figure
 */
public record KpiRow(PartyId provider, Side timeline, ReportingPeriod period, KpiId kpi, Optional<Priority> priority,
        String dimension, KpiValue value, Optional<KpiChange> change) {

    /** @throws IllegalArgumentException if the value is not of the KPI's kind */
    public KpiRow {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(timeline, "timeline");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(kpi, "kpi");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(change, "change");
        KpiId.Kind kind = value instanceof KpiValue.Rate ? KpiId.Kind.RATE
                : value instanceof KpiValue.Times ? KpiId.Kind.DURATIONS : KpiId.Kind.COUNT;
        if (kind != kpi.kind()) {
            throw new IllegalArgumentException("KPI " + kpi.wireName() + " has a value of kind " + kpi.kind() + ", not " + kind);
        }
    }

    /** The priority's code, or {@code all}. */
    public String priorityLabel() {
        return priority.map(Priority::code).orElse("all");
    }
}
