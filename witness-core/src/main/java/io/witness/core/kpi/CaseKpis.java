package io.witness.core.kpi;

import io.witness.core.clock.ClockState;
import io.witness.core.clock.Metric;
import io.witness.core.event.Origin;
import io.witness.core.event.Priority;

/** What one case adds to its provider's KPIs on its timeline, rule by rule as docs/kpis.md writes them. */
final class CaseKpis {

    /** The dimension of a case without a category. */
    static final String NO_CATEGORY = "(none)";
    /** The dimension of resolved-by-tier for each tier, 1 to 9, made once. */
    private static final String[] TIERS = {"L0", "L1", "L2", "L3", "L4", "L5", "L6", "L7", "L8", "L9"};

    private final SeriesSet set;
    private final ReportingPeriods periods;
    private final PriorityIndex priorities;
    private final ProviderRules rules;
    private final long now;

    CaseKpis(SeriesSet set, ReportingPeriods periods, PriorityIndex priorities, ProviderRules rules, long now) {
        this.set = set;
        this.periods = periods;
        this.priorities = priorities;
        this.rules = rules;
        this.now = now;
    }

    /** Adds a case whose priority has the number {@code priority} (see {@link PriorityIndex}). */
    void add(CaseProfile p, int priority) {
        intake(p, priority);
        resolution(p, priority);
        escalation(p, priority);
        clocks(p, priority);
        backlog(p, priority);
    }

    /** volume, volume-by-category, proactive-share: in the period the case opened. */
    private void intake(CaseProfile p, int priority) {
        int period = periods.indexOf(p.openedAt());
        if (period < 0) {
            return;
        }
        set.count(KpiId.VOLUME, "", priority, period);
        String category = p.categoryOrNull();
        set.count(KpiId.VOLUME_BY_CATEGORY, category != null ? category : NO_CATEGORY, priority, period);
        Origin origin = p.originOrNull();
        if (origin != null) {
            set.rate(KpiId.PROACTIVE_SHARE, "", priority, period, origin == Origin.MONITORING);
        }
    }

    /** first-time-fix, reopen-rate, tier1-resolution, resolved-by-tier: in the period of the final resolution. */
    private void resolution(CaseProfile p, int priority) {
        if (p.outcome() != CaseProfile.Outcome.RESOLVED) {
            return;
        }
        int period = periods.indexOf(p.resolvedAt());
        if (period < 0) {
            return;
        }
        set.rate(KpiId.FIRST_TIME_FIX, "", priority, period, p.fixedFirstTime());
        set.rate(KpiId.REOPEN_RATE, "", priority, period, p.reopens() > 0);
        int tier = p.highestTier();
        if (tier > 0) {
            set.rate(KpiId.TIER1_RESOLUTION, "", priority, period, tier == 1);
            set.count(KpiId.RESOLVED_BY_TIER, TIERS[tier], priority, period);
        }
    }

    /** escalation-time-l2 and -l3: in the period the case first reached the tier. */
    private void escalation(CaseProfile p, int priority) {
        reached(KpiId.ESCALATION_TIME_L2, p, p.tier2At(), priority);
        reached(KpiId.ESCALATION_TIME_L3, p, p.tier3At(), priority);
    }

    private void reached(KpiId kpi, CaseProfile p, long at, int priority) {
        if (at == CaseProfile.NONE) {
            return;
        }
        int period = periods.indexOf(at);
        if (period >= 0) {
            long business = at <= p.openedAt() ? 0 : rules.calendar().betweenMillis(p.openedAt(), at);
            set.time(kpi, "", priority, period, business);
        }
    }

    /** sla-attainment, mttr-response, mttr-resolution: in the period of each clock's verdict, under the clock's priority. */
    private void clocks(CaseProfile p, int casePriority) {
        for (int i = 0, n = p.clockCount(); i < n; i++) {
            if (!p.clockHasVerdict(i)) {
                continue;
            }
            int period = periods.indexOf(p.clockVerdictAt(i));
            if (period < 0) {
                continue;
            }
            // A clock under the case's priority (the same object, mostly) is numbered once for the case.
            Priority clockPriority = p.clockPriorityOrNull(i);
            int priority = clockPriority == p.priorityOrNull() ? casePriority : priorities.of(clockPriority);
            String name = p.clockName(i);
            set.rate(KpiId.SLA_ATTAINMENT, name, priority, period, p.clockState(i) == ClockState.MET);
            if (p.clockStoppedWithVerdict(i)) {
                Metric metric = p.clockMetric(i);
                if (metric == Metric.RESPONSE) {
                    set.time(KpiId.MTTR_RESPONSE, name, priority, period, p.clockElapsedMillis(i));
                } else if (metric == Metric.RESOLUTION) {
                    set.time(KpiId.MTTR_RESOLUTION, name, priority, period, p.clockElapsedMillis(i));
                }
            }
        }
    }

    /** backlog, backlog-age: open at the end of each period (or at {@code now}, for the period that holds it). */
    private void backlog(CaseProfile p, int priority) {
        long opened = p.openedAt();
        long openUntil = p.openUntil();
        for (int period = 0; period < periods.size(); period++) {
            if (periods.startMillis(period) > now) {
                break;
            }
            long end = Math.min(periods.endMillis(period), now);
            // Not open at an end it did not open before, nor at one past its last spell (the ends only grow).
            if (end <= opened) {
                continue;
            }
            if (end > openUntil) {
                break;
            }
            if (p.isOpenAtEnd(end)) {
                long age = end - p.openedAt();
                set.count(KpiId.BACKLOG, "", priority, period);
                set.count(KpiId.BACKLOG, BacklogAge.of(age).label(), priority, period);
                set.time(KpiId.BACKLOG_AGE, "", priority, period, age);
            }
        }
    }
}
