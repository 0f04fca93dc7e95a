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

    static void add(ProfileGroups.Group group, SeriesSet set, ReportingPeriods periods) {
        // The latest opening of each value, held in a one-element array that is updated in place.
        Map<String, long[]> lastByItem = new HashMap<>();
        Map<String, long[]> lastByCategory = new HashMap<>();
        List<CaseProfile> byOpening = group.byOpening();
        int n = byOpening.size();
        for (int from = 0; from < n; ) {
            // Cases opened at the same instant are not repeats of each other: judge them all, then remember them.
            long opened = group.openedAt(from);
            int to = from;
            while (to < n && group.openedAt(to) == opened) {
                to++;
            }
            int period = periods.indexOf(opened);
            for (int i = from; i < to; i++) {
                CaseProfile profile = byOpening.get(i);
                String item = profile.configurationItemOrNull();
                String category = profile.categoryOrNull();
                if (period >= 0) {
                    int priority = group.priorityNumber(i);
                    judge(item, lastByItem, opened, KpiId.REPEAT_CI_30D, KpiId.REPEAT_CI_60D, set, priority, period);
                    judge(category, lastByCategory, opened, KpiId.REPEAT_CATEGORY_30D, KpiId.REPEAT_CATEGORY_60D, set,
                            priority, period);
                }
            }
            for (int i = from; i < to; i++) {
                CaseProfile profile = byOpening.get(i);
                remember(profile.configurationItemOrNull(), lastByItem, opened);
                remember(profile.categoryOrNull(), lastByCategory, opened);
            }
            from = to;
        }
    }

    private static void remember(String key, Map<String, long[]> last, long opened) {
        if (key == null) {
            return;
        }
        long[] held = last.get(key);
        if (held == null) {
            last.put(key, new long[] {opened});
        } else {
            held[0] = opened;
        }
    }

    private static void judge(String key, Map<String, long[]> last, long opened, KpiId within30, KpiId within60,
            SeriesSet set, int priority, int period) {
        if (key == null) {
            return;
        }
        long[] earlier = last.get(key);
        long gap = earlier == null ? Long.MAX_VALUE : opened - earlier[0];
        set.rate(within30, "", priority, period, gap <= 30 * DAY);
        set.rate(within60, "", priority, period, gap <= 60 * DAY);
    }
}
