package io.witness.core.pattern;

import io.witness.core.event.Side;
import io.witness.core.kpi.CaseProfile;
import io.witness.core.kpi.KpiCsv;
import io.witness.core.kpi.KpiOptions;
import io.witness.core.kpi.KpiTable;
import io.witness.core.kpi.Kpis;
import io.witness.core.kpi.ProfileGroups;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A tenant's KPIs and patterns over the periods, as {@code ./witness reconcile} and {@code ./witness kpis}
 * report them: the KPI table (for {@code kpis.csv} and {@code kpis.json}) and the patterns' sentences.
 * Immutable.
 *
 * @param kpis the KPI table, every timeline asked for
 * @param patterns the patterns of the pattern options' timeline
 */
public record PerformanceReport(KpiTable kpis, List<Pattern> patterns) {

    public PerformanceReport {
        Objects.requireNonNull(kpis, "kpis");
        patterns = List.copyOf(patterns);
    }

    /**
     * The KPIs and patterns of case profiles (made with {@link io.witness.core.kpi.CaseProfiles} from each
     * case and its clocks).
     */
    public static PerformanceReport of(List<CaseProfile> profiles, KpiOptions kpiOptions, PatternOptions patternOptions) {
        // Grouped and sorted by opening once for both: the table's repeats and the patterns read the same order.
        Set<Side> timelines = EnumSet.copyOf(kpiOptions.timelines());
        timelines.add(patternOptions.timeline());
        ProfileGroups groups = ProfileGroups.of(profiles, kpiOptions.priorities(), timelines);
        return new PerformanceReport(Kpis.compute(groups, kpiOptions), Patterns.find(groups, kpiOptions, patternOptions));
    }

    /** The KPI table as CSV text, header first. */
    public String kpiCsv() {
        return KpiCsv.write(kpis);
    }

    /** Each pattern's sentence, in the patterns' order. */
    public List<String> sentences() {
        return patterns.stream().map(Pattern::sentence).toList();
    }
}
