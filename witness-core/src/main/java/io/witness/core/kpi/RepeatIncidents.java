package io.witness.core.kpi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * repeat-ci-30d/60d and repeat-category-30d/60d (docs/kpis.md): a case opened in a period is a repeat when
 * an earlier case of the same provider with the same configuration item (or category) opened at most
 * 30 (60) days of 24 hours before it. Cases without the field are not judged. One sort per field.
 */
final class RepeatIncidents {

    private static final long DAY = 86_400_000L;

    private RepeatIncidents() {
    }

    static void add(List<CaseProfile> profiles, SeriesSet set, ReportingPeriods periods, PriorityIndex priorities) {
        add(profiles, p -> p.details().configurationItem(), KpiId.REPEAT_CI_30D, KpiId.REPEAT_CI_60D, set, periods,
                priorities);
        add(profiles, p -> p.details().category(), KpiId.REPEAT_CATEGORY_30D, KpiId.REPEAT_CATEGORY_60D, set, periods,
                priorities);
    }

    private record Keyed(String key, CaseProfile profile) {
    }

    private static void add(List<CaseProfile> profiles, Function<CaseProfile, Optional<String>> field, KpiId within30,
            KpiId within60, SeriesSet set, ReportingPeriods periods, PriorityIndex priorities) {
        List<Keyed> keyed = new ArrayList<>(profiles.size());
        for (CaseProfile profile : profiles) {
            field.apply(profile).map(String::trim).filter(s -> !s.isEmpty())
                    .ifPresent(key -> keyed.add(new Keyed(key, profile)));
        }
        keyed.sort(Comparator.comparing(Keyed::key).thenComparingLong(k -> k.profile().openedAt()));
        for (int i = 0; i < keyed.size(); i++) {
            CaseProfile current = keyed.get(i).profile();
            int period = periods.indexOf(current.openedAt());
            if (period < 0) {
                continue;
            }
            long gap = Long.MAX_VALUE;
            for (int j = i - 1; j >= 0 && keyed.get(j).key().equals(keyed.get(i).key()); j--) {
                long earlier = keyed.get(j).profile().openedAt();
                if (earlier < current.openedAt()) {
                    gap = current.openedAt() - earlier;
                    break;
                }
            }
            int priority = priorities.of(current.priority());
            set.rate(within30, "", priority, period, gap <= 30 * DAY);
            set.rate(within60, "", priority, period, gap <= 60 * DAY);
        }
    }
}
