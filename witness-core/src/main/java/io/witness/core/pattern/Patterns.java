package io.witness.core.pattern;

import io.witness.core.event.Priority;
import io.witness.core.kpi.CaseProfile;
import io.witness.core.kpi.KpiOptions;
import io.witness.core.kpi.ProfileGroups;
import io.witness.core.kpi.ReportingPeriods;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Finds the patterns of each provider's cases on one timeline over the periods (docs/kpis.md,
 * "Patterns"), in a fixed order: frequencies by category and by item, response-time trends (all
 * priorities, then each priority with enough weeks), recurring problems by item, title and category,
 * the weekly heatmap, month ends, after hours, and where breaches concentrate. Pure; thread-safe.
 */
public final class Patterns {

    private Patterns() {
    }

    /**
     * The patterns of the profiles of the options' timeline, provider by provider (A to Z).
     *
     * @param profiles case profiles, any order
     * @param kpis the periods, instant, priorities and provider rules
     * @param options the thresholds and the timeline
     */
    public static List<Pattern> find(List<CaseProfile> profiles, KpiOptions kpis, PatternOptions options) {
        Objects.requireNonNull(kpis, "kpis");
        Objects.requireNonNull(options, "options");
        return find(ProfileGroups.of(profiles, kpis.priorities(), List.of(options.timeline())), kpis, options);
    }

    /**
     * The patterns of grouped profiles on the options' timeline, provider by provider (A to Z).
     *
     * @param profiles case profiles grouped with the options' timeline among theirs
     * @param kpis the periods, instant, priorities and provider rules
     * @param options the thresholds and the timeline
     */
    public static List<Pattern> find(ProfileGroups profiles, KpiOptions kpis, PatternOptions options) {
        Objects.requireNonNull(kpis, "kpis");
        Objects.requireNonNull(options, "options");
        ReportingPeriods periods = kpis.periods();
        long from = periods.startMillis(0);
        long to = periods.endMillis(periods.size() - 1);
        List<Pattern> patterns = new ArrayList<>();
        for (ProfileGroups.Group group : profiles.groups(options.timeline())) {
            // By opening, the cases opened in the span are one run of them.
            int first = group.firstOpenedFrom(from);
            int end = group.firstOpenedFrom(to);
            CaseSet set = new CaseSet(group.provider(), group.byOpening(), group.byOpening().subList(first, end), periods,
                    kpis.rulesFor(group.provider()), from, to, group, first);
            patterns.addAll(of(set, kpis.priorities(), options));
        }
        return patterns;
    }

    private static List<Pattern> of(CaseSet set, List<Priority> scale, PatternOptions options) {
        // Each kind of pattern reads the cases apart from the others: they are found in parallel, kept in order.
        List<Supplier<List<Pattern>>> kinds = List.of(
                () -> optional(Frequency.of(set, Frequency.Field.CATEGORY, options.topValues())),
                () -> optional(Frequency.of(set, Frequency.Field.CONFIGURATION_ITEM, options.topValues())),
                () -> trends(set, scale, options),
                () -> List.copyOf(RecurringIssue.of(set, RecurringIssue.Kind.CONFIGURATION_ITEM, options)),
                () -> List.copyOf(RecurringIssue.of(set, RecurringIssue.Kind.TITLE, options)),
                () -> List.copyOf(RecurringIssue.of(set, RecurringIssue.Kind.CATEGORY, options)),
                () -> optional(WeeklyHeatmap.of(set)),
                () -> optional(MonthEndShare.of(set, options.monthEndDays())),
                () -> optional(AfterHoursShare.of(set)),
                () -> optional(FailureConcentration.of(set)));
        List<Pattern> patterns = new ArrayList<>();
        kinds.parallelStream().map(Supplier::get).toList().forEach(patterns::addAll);
        return patterns;
    }

    private static List<Pattern> trends(CaseSet set, List<Priority> scale, PatternOptions options) {
        List<Pattern> trends = new ArrayList<>();
        WeeklyResponses weekly = WeeklyResponses.of(set);
        ResponseTrend.of(set, weekly, Optional.empty(), options).ifPresent(trends::add);
        for (Priority priority : ordered(weekly.priorities(), scale)) {
            ResponseTrend.of(set, weekly, Optional.of(priority), options)
                    .filter(trend -> trend.direction() != ResponseTrend.Direction.UNTESTED).ifPresent(trends::add);
        }
        return trends;
    }

    private static List<Pattern> optional(Optional<? extends Pattern> pattern) {
        return pattern.<List<Pattern>>map(List::of).orElse(List.of());
    }

    /** The priorities in the scale's order first, then the others A to Z. */
    private static List<Priority> ordered(List<Priority> priorities, List<Priority> scale) {
        Set<Priority> seen = new LinkedHashSet<>(priorities);
        List<Priority> ordered = new ArrayList<>();
        for (Priority priority : scale) {
            if (seen.remove(priority)) {
                ordered.add(priority);
            }
        }
        seen.stream().sorted(Comparator.comparing(Priority::code)).forEach(ordered::add);
        return ordered;
    }
}
