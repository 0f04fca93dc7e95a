package io.witness.core.kpi;

import io.witness.core.contract.PartyId;
import io.witness.core.event.Side;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Computes the KPI table from case profiles: every KPI of docs/kpis.md per provider, timeline, period,
 * priority and dimension, with each cell's change from the period before. Linear in the cases apart from
 * one sort per duration cell and per repeat field. Pure; stateless and thread-safe.
 */
public final class Kpis {

    /** The KPIs listed for all priorities even when nothing was measured, so every table has the same shape. */
    private static final List<KpiId> ALWAYS_LISTED = List.of(KpiId.FIRST_TIME_FIX, KpiId.REOPEN_RATE, KpiId.REPEAT_CI_30D,
            KpiId.REPEAT_CI_60D, KpiId.REPEAT_CATEGORY_30D, KpiId.REPEAT_CATEGORY_60D, KpiId.PROACTIVE_SHARE,
            KpiId.ESCALATION_TIME_L2, KpiId.ESCALATION_TIME_L3, KpiId.TIER1_RESOLUTION, KpiId.VOLUME, KpiId.BACKLOG,
            KpiId.BACKLOG_AGE);

    private Kpis() {
    }

    /**
     * The KPI table of the profiles. Profiles of timelines the options do not ask for are left out.
     *
     * @param profiles the cases' profiles, any order, at most one per case and timeline
     * @param options periods, instant, timelines, priority order and provider rules
     */
    public static KpiTable compute(List<CaseProfile> profiles, KpiOptions options) {
        Objects.requireNonNull(options, "options");
        PriorityIndex priorities = new PriorityIndex(options.priorities(), profiles);
        Map<PartyId, Map<Side, List<CaseProfile>>> byProvider = new HashMap<>();
        Set<Side> timelines = EnumSet.copyOf(options.timelines());
        PartyId last = null;
        Map<Side, List<CaseProfile>> lastGroups = null;
        for (CaseProfile profile : profiles) {
            if (!timelines.contains(profile.timeline())) {
                continue;
            }
            // Most tenants have one provider: look it up only when it changes.
            if (profile.provider() != last && !profile.provider().equals(last)) {
                last = profile.provider();
                lastGroups = byProvider.computeIfAbsent(last, p -> new EnumMap<>(Side.class));
            }
            lastGroups.computeIfAbsent(profile.timeline(), t -> new ArrayList<>()).add(profile);
        }
        Map<PartyId, Map<Side, List<CaseProfile>>> groups = new TreeMap<>(Comparator.comparing(PartyId::value));
        groups.putAll(byProvider);
        long now = options.now().toEpochMilli();
        record Group(PartyId provider, Side timeline, List<CaseProfile> profiles) {
        }
        List<Group> parts = new ArrayList<>();
        groups.forEach((provider, byTimeline) -> {
            for (Side timeline : options.timelines()) {
                List<CaseProfile> group = byTimeline.get(timeline);
                if (group != null) {
                    parts.add(new Group(provider, timeline, group));
                }
            }
        });
        // Each provider and timeline is counted apart, its case KPIs and its repeats as two tasks of about the
        // same size, so that both cores stay busy; then each group's two halves are put together in order.
        List<Supplier<SeriesSet>> work = new ArrayList<>();
        for (Group part : parts) {
            work.add(() -> caseKpis(part.provider(), part.profiles(), options, priorities, now));
            work.add(() -> repeats(part.profiles(), options, priorities));
        }
        List<SeriesSet> counted = work.parallelStream().map(Supplier::get).toList();
        List<KpiRow> rows = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            SeriesSet set = counted.get(2 * i);
            set.absorb(counted.get(2 * i + 1));
            rows.addAll(rows(parts.get(i).provider(), parts.get(i).timeline(), set, options.periods(), priorities));
        }
        return new KpiTable(options.periods(), rows);
    }

    private static SeriesSet caseKpis(PartyId provider, List<CaseProfile> group, KpiOptions options,
            PriorityIndex priorities, long now) {
        SeriesSet set = new SeriesSet(options.periods().size(), priorities.size());
        for (KpiId kpi : ALWAYS_LISTED) {
            set.declare(kpi, "", 0);
        }
        CaseKpis kpis = new CaseKpis(set, options.periods(), priorities, options.rulesFor(provider), now);
        for (CaseProfile profile : group) {
            kpis.add(profile);
        }
        return set;
    }

    private static SeriesSet repeats(List<CaseProfile> group, KpiOptions options, PriorityIndex priorities) {
        SeriesSet set = new SeriesSet(options.periods().size(), priorities.size());
        RepeatIncidents.add(OpeningOrder.of(group), set, options.periods(), priorities);
        return set;
    }

    private static List<KpiRow> rows(PartyId provider, Side timeline, SeriesSet set, ReportingPeriods periods,
            PriorityIndex priorities) {
        List<KpiRow> rows = new ArrayList<>();
        for (SeriesSet.Key key : set.keys(Kpis::compareDimensions)) {
            SeriesSet.Series series = set.series(key);
            KpiValue before = null;
            for (int period = 0; period < periods.size(); period++) {
                KpiValue value = series.value(key.kpi(), period);
                Optional<KpiChange> change = before == null ? Optional.empty() : KpiChange.between(before, value, key.kpi());
                rows.add(new KpiRow(provider, timeline, periods.get(period), key.kpi(), priorities.priority(key.priority()),
                        key.dimension(), value, change));
                before = value;
            }
        }
        return rows;
    }

    /** The total (no dimension) first; age buckets from the youngest; tiers and other values A to Z. */
    private static int compareDimensions(SeriesSet.Key a, SeriesSet.Key b) {
        return Integer.compare(rank(a), rank(b)) != 0 ? Integer.compare(rank(a), rank(b))
                : a.dimension().compareTo(b.dimension());
    }

    private static int rank(SeriesSet.Key key) {
        if (key.dimension().isEmpty()) {
            return -1;
        }
        if (key.kpi() == KpiId.BACKLOG) {
            for (BacklogAge age : BacklogAge.values()) {
                if (age.label().equals(key.dimension())) {
                    return age.ordinal();
                }
            }
        }
        return BacklogAge.values().length;
    }
}
