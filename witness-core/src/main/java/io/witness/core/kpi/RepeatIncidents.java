package io.witness.core.kpi;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * repeat-ci-30d/60d and repeat-category-30d/60d (docs/kpis.md): a case opened in a period is a repeat when
 * an earlier case of the same provider with the same configuration item (or category) opened at most
 * 30 (60) days of 24 hours before it. Cases without the field are not judged. The cases are walked once in
 * the order they opened, keeping the latest earlier opening of each item and category.
 */
final class RepeatIncidents {

    private static final long DAY = 86_400_000L;

    private RepeatIncidents() {
    }

    static void add(List<CaseProfile> byOpening, SeriesSet set, ReportingPeriods periods, PriorityIndex priorities) {
        Map<String, Long> lastByItem = new HashMap<>();
        Map<String, Long> lastByCategory = new HashMap<>();
        int n = byOpening.size();
        String[] items = new String[n];
        String[] categories = new String[n];
        for (int i = 0; i < n; i++) {
            items[i] = byOpening.get(i).configurationItemOrNull();
            categories[i] = byOpening.get(i).categoryOrNull();
        }
        for (int from = 0; from < n; ) {
            // Cases opened at the same instant are not repeats of each other: judge them all, then remember them.
            long opened = byOpening.get(from).openedAt();
            int to = from;
            while (to < n && byOpening.get(to).openedAt() == opened) {
                to++;
            }
            for (int i = from; i < to; i++) {
                CaseProfile current = byOpening.get(i);
                int period = periods.indexOf(opened);
                if (period >= 0) {
                    int priority = priorities.of(current.priority());
                    judge(items[i], lastByItem, opened, KpiId.REPEAT_CI_30D, KpiId.REPEAT_CI_60D, set, priority, period);
                    judge(categories[i], lastByCategory, opened, KpiId.REPEAT_CATEGORY_30D, KpiId.REPEAT_CATEGORY_60D, set,
                            priority, period);
                }
            }
            for (int i = from; i < to; i++) {
                if (items[i] != null) {
                    lastByItem.put(items[i], opened);
                }
                if (categories[i] != null) {
                    lastByCategory.put(categories[i], opened);
                }
            }
            from = to;
        }
    }

    private static void judge(String key, Map<String, Long> last, long opened, KpiId within30, KpiId within60,
            SeriesSet set, int priority, int period) {
        if (key == null) {
            return;
        }
        Long earlier = last.get(key);
        long gap = earlier == null ? Long.MAX_VALUE : opened - earlier;
        set.rate(within30, "", priority, period, gap <= 30 * DAY);
        set.rate(within60, "", priority, period, gap <= 60 * DAY);
    }
}
