package io.witness.core.kpi;

import java.util.Arrays;

/**
 * repeat-ci-30d/60d and repeat-category-30d/60d (docs/kpis.md): a case opened in a period is a repeat when
 * an earlier case of the same provider with the same configuration item (or category) opened at most
 * 30 (60) days of 24 hours before it. Cases without the field are not judged. The cases are walked once in
 * the order they opened, keeping the latest earlier opening of each item and category.
 */
final class RepeatIncidents {

    private static final long DAY = 86_400_000L;
    /** No earlier opening: below any instant a profile holds. */
    private static final long NEVER = Long.MIN_VALUE;

    private RepeatIncidents() {
    }

    static void add(ProfileGroups.Group group, SeriesSet set, ReportingPeriods periods) {
        // The latest opening of each value by its number (NEVER: none yet).
        long[] lastByItem = never(group.items().size());
        long[] lastByCategory = never(group.categories().size());
        int n = group.byOpening().size();
        for (int from = 0; from < n; ) {
            // Cases opened at the same instant are not repeats of each other: judge them all, then remember them.
            long opened = group.openedAt(from);
            int to = from;
            while (to < n && group.openedAt(to) == opened) {
                to++;
            }
            int period = periods.indexOf(opened);
            if (period >= 0) {
                for (int i = from; i < to; i++) {
                    int priority = group.priorityNumber(i);
                    judge(group.item(i), lastByItem, opened, KpiId.REPEAT_CI_30D, KpiId.REPEAT_CI_60D, set, priority, period);
                    judge(group.category(i), lastByCategory, opened, KpiId.REPEAT_CATEGORY_30D, KpiId.REPEAT_CATEGORY_60D,
                            set, priority, period);
                }
            }
            for (int i = from; i < to; i++) {
                remember(group.item(i), lastByItem, opened);
                remember(group.category(i), lastByCategory, opened);
            }
            from = to;
        }
    }

    private static long[] never(int values) {
        long[] last = new long[values];
        Arrays.fill(last, NEVER);
        return last;
    }

    private static void remember(int value, long[] last, long opened) {
        if (value != Values.NONE) {
            last[value] = opened;
        }
    }

    private static void judge(int value, long[] last, long opened, KpiId within30, KpiId within60, SeriesSet set,
            int priority, int period) {
        if (value == Values.NONE) {
            return;
        }
        long gap = last[value] == NEVER ? Long.MAX_VALUE : opened - last[value];
        set.rate(within30, "", priority, period, gap <= 30 * DAY);
        set.rate(within60, "", priority, period, gap <= 60 * DAY);
    }
}
