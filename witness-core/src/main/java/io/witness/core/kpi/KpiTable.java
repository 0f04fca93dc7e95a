package io.witness.core.kpi;

import io.witness.core.contract.PartyId;
import io.witness.core.event.Priority;
import io.witness.core.event.Side;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The KPI table: every cell computed, ordered by provider, timeline, KPI, dimension, priority (all first,
 * then the scale) and period, so each series reads as its periods in order. Immutable.
 *
 * @param periods the periods the rows cover, not null
 * @param rows the cells
 */
public record KpiTable(ReportingPeriods periods, List<KpiRow> rows) {

    public KpiTable {
        Objects.requireNonNull(periods, "periods");
        rows = List.copyOf(rows);
    }

    /** The rows of one timeline. */
    public List<KpiRow> rows(Side timeline) {
        return rows.stream().filter(r -> r.timeline() == timeline).toList();
    }

    /** The rows of one provider on one timeline. */
    public List<KpiRow> rows(PartyId provider, Side timeline) {
        return rows.stream().filter(r -> r.provider().equals(provider) && r.timeline() == timeline).toList();
    }

    /**
     * The cell of a KPI, if it was computed.
     *
     * @param priority empty for all priorities
     * @param dimension empty for none or the total
     */
    public Optional<KpiRow> find(PartyId provider, Side timeline, ReportingPeriod period, KpiId kpi,
            Optional<Priority> priority, String dimension) {
        return rows.stream().filter(r -> r.provider().equals(provider) && r.timeline() == timeline
                && r.period().equals(period) && r.kpi() == kpi && r.priority().equals(priority)
                && r.dimension().equals(dimension)).findFirst();
    }
}
