package io.witness.core.kpi;

import io.witness.core.contract.PartyId;
import io.witness.core.event.Side;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
        return compute(ProfileGroups.of(profiles, options.priorities(), options.timelines()), options);
    }

    /**
     * The KPI table of grouped profiles (grouped with the options' priorities), of the options' timelines.
     *
     * @throws IllegalArgumentException if the profiles were numbered by another priority order
     */
    public static KpiTable compute(ProfileGroups profiles, KpiOptions options) {
        Objects.requireNonNull(options, "options");
        if (!profiles.scale().equals(options.priorities())) {
            throw new IllegalArgumentException("The profiles were grouped by the priorities " + profiles.scale()
                    + ", not " + options.priorities());
        }
        PriorityIndex priorities = profiles.priorities();
        long now = options.now().toEpochMilli();
        List<ProfileGroups.Group> parts = new ArrayList<>();
        for (PartyId provider : profiles.providers()) {
            for (Side timeline : options.timelines()) {
                profiles.group(provider, timeline).ifPresent(parts::add);
            }
        }
        // Each provider and timeline is counted apart, its case KPIs and its repeats as two tasks of about the
        // same size, so that both cores stay busy; then each group's two halves are put together and read out.
        List<Supplier<SeriesSet>> work = new ArrayList<>();
        for (ProfileGroups.Group part : parts) {
            work.add(() -> caseKpis(part, options, priorities, now));
            work.add(() -> repeats(part, options, priorities));
        }
        List<SeriesSet> counted = work.parallelStream().map(Supplier::get).toList();
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            indexes.add(i);
        }
        List<List<KpiRow>> read = indexes.parallelStream().map(i -> {
            SeriesSet set = counted.get(2 * i);
            set.absorb(counted.get(2 * i + 1));
            return rows(parts.get(i).provider(), parts.get(i).timeline(), set, options.periods(), priorities);
        }).toList();
        List<KpiRow> rows = new ArrayList<>();
        read.forEach(rows::addAll);
        return new KpiTable(options.periods(), rows);
    }

    private static SeriesSet caseKpis(ProfileGroups.Group group, KpiOptions options, PriorityIndex priorities, long now) {
        SeriesSet set = new SeriesSet(options.periods().size(), priorities.size());
        for (KpiId kpi : ALWAYS_LISTED) {
            set.declare(kpi, "", 0);
        }
        CaseKpis kpis = new CaseKpis(set, options.periods(), priorities, options.rulesFor(group.provider()), now);
        // Counts and durations do not depend on the order: the profiles as they lie in memory.
        List<CaseProfile> profiles = group.inOrderGiven();
        for (int i = 0, n = profiles.size(); i < n; i++) {
            kpis.add(profiles.get(i), group.priorityNumberInOrderGiven(i));
        }
        return set;
    }

    private static SeriesSet repeats(ProfileGroups.Group group, KpiOptions options, PriorityIndex priorities) {
        SeriesSet set = new SeriesSet(options.periods().size(), priorities.size());
        RepeatIncidents.add(group, set, options.periods());
        return set;
    }

    private static List<KpiRow> rows(PartyId provider, Side timeline, SeriesSet set, ReportingPeriods periods,
            PriorityIndex priorities) {
        List<KpiRow> rows = new ArrayList<>();
        for (SeriesSet.Key key : set.keys(Kpis::compareDimensions)) {
            KpiValue before = null;
            for (int period = 0; period < periods.size(); period++) {
                KpiValue value = set.value(key, period);
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
