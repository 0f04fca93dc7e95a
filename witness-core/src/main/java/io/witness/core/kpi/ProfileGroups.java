package io.witness.core.kpi;

import io.witness.core.contract.PartyId;
import io.witness.core.event.Priority;
import io.witness.core.event.Side;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
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
import java.util.stream.IntStream;

/**
 * Case profiles grouped once for the KPI table and the patterns: per provider and timeline, in the order the
 * cases opened ({@link OpeningOrder}), each case's opening, priority number, category, item and title-key numbers and whether
 * a clock of it breached beside it; and the numbering of
 * every priority the profiles and their clocks name. Made in one pass over the profiles and one sort per group
 * (the groups on every core), so that {@link Kpis} and the patterns neither group nor sort again. Immutable.
 */
public final class ProfileGroups {

    private static final int SIDES = Side.values().length;

    private final List<Priority> scale;
    private final PriorityIndex priorities;
    /** Providers A to Z; per provider, its groups by timeline. */
    private final Map<PartyId, Map<Side, Group>> groups;

    /** The profiles of one provider on one timeline, by opening (ties by case id). Immutable. */
    public static final class Group {
        private final PartyId provider;
        private final Side timeline;
        private final List<CaseProfile> byOpening;
        private final long[] openings;
        private final int[] priorityNumbers;
        private final ProfileColumns columns;
        /** The profiles in the order given (by their indexes in the list given), with their priority numbers. */
        private final List<CaseProfile> inOrderGiven;
        private final int[] priorityNumbersInOrderGiven;

        private Group(PartyId provider, Side timeline, List<CaseProfile> byOpening, long[] openings, int[] priorityNumbers,
                ProfileColumns columns, List<CaseProfile> inOrderGiven, int[] priorityNumbersInOrderGiven) {
            this.provider = provider;
            this.timeline = timeline;
            this.byOpening = byOpening;
            this.openings = openings;
            this.priorityNumbers = priorityNumbers;
            this.columns = columns;
            this.inOrderGiven = inOrderGiven;
            this.priorityNumbersInOrderGiven = priorityNumbersInOrderGiven;
        }

        /**
         * The same profiles in the order they were given: for work whose result does not depend on the order, as
         * the order given is usually the order they were made in, near each other in memory.
         */
        public List<CaseProfile> inOrderGiven() {
            return inOrderGiven;
        }

        /** The table's number of the priority of the {@code i}-th profile in the order given. */
        int priorityNumberInOrderGiven(int i) {
            return priorityNumbersInOrderGiven[i];
        }

        /** The number of the {@code i}-th profile's category among {@link #categories()}, or {@link Values#NONE}. */
        public int category(int i) {
            return columns.categories[i];
        }

        /** The number of the {@code i}-th profile's configuration item among {@link #items()}, or {@link Values#NONE}. */
        public int item(int i) {
            return columns.items[i];
        }

        /**
         * The number of the {@code i}-th profile's title key ({@link CaseProfile#titleKeyOrNull()}) among
         * {@link #titles()}, or {@link Values#NONE}.
         */
        public int title(int i) {
            return columns.titles[i];
        }

        /** True when a clock of the {@code i}-th profile breached. */
        public boolean breached(int i) {
            return columns.breached[i];
        }

        /** The categories the numbers stand for (shared by all groups). */
        public Values categories() {
            return columns.categoryValues;
        }

        /** The configuration items the numbers stand for (shared by all groups). */
        public Values items() {
            return columns.itemValues;
        }

        /** The title keys the numbers stand for (shared by all groups). */
        public Values titles() {
            return columns.titleValues;
        }

        public PartyId provider() {
            return provider;
        }

        public Side timeline() {
            return timeline;
        }

        /** The profiles by opening, ties by case id; unmodifiable. */
        public List<CaseProfile> byOpening() {
            return byOpening;
        }

        /** The opening of the {@code i}-th profile by opening, without reading the profile. */
        public long openedAt(int i) {
            return openings[i];
        }

        /** The place of the first profile by opening that opened at or after {@code instant} (the size if none). */
        public int firstOpenedFrom(long instant) {
            int low = 0;
            int high = openings.length;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (openings[middle] < instant) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            return low;
        }

        /** The table's number of the {@code i}-th profile's priority (see {@link PriorityIndex}). */
        int priorityNumber(int i) {
            return priorityNumbers[i];
        }
    }

    /** The profiles a part of the grouping pass takes at the least. */
    private static final int PART = 50_000;

    /** One part of the grouping pass: the profiles from {@code from} to {@code to}, with its own numbering. */
    private static final class Pass {
        final PriorityIndex.Codes codes;
        final Set<Side> kept;
        final int from;
        final int to;
        final Values categories = new Values();
        final Values items = new Values();
        final Values titles = new Values();
        final List<PartyId> providers = new ArrayList<>();
        final Map<PartyId, Integer> providerNumbers = new HashMap<>();
        /** Profiles a group (provider number × timelines + timeline). */
        int[] sizes = new int[0];

        Pass(List<Priority> scale, Set<Side> kept, int from, int to) {
            this.codes = new PriorityIndex.Codes(scale);
            this.kept = kept;
            this.from = from;
            this.to = to;
        }

        Pass run(List<CaseProfile> profiles, int[] groupOf, long[] openings, int[] numbers, ProfileColumns columns) {
            PartyId lastProvider = null;
            int lastNumber = -1;
            for (int i = from; i < to; i++) {
                CaseProfile profile = profiles.get(i);
                numbers[i] = codes.note(profile);
                if (!kept.contains(profile.timeline())) {
                    groupOf[i] = -1;
                    continue;
                }
                // Most tenants have one provider: look it up only when it changes.
                if (profile.provider() != lastProvider && !profile.provider().equals(lastProvider)) {
                    lastProvider = profile.provider();
                    lastNumber = provider(lastProvider);
                }
                int group = lastNumber * SIDES + profile.timeline().ordinal();
                groupOf[i] = group;
                openings[i] = profile.openedAt();
                columns.note(i, profile, categories, items, titles);
                sizes[group]++;
            }
            return this;
        }

        private int provider(PartyId provider) {
            Integer known = providerNumbers.get(provider);
            if (known == null) {
                known = providers.size();
                providers.add(provider);
                providerNumbers.put(provider, known);
                sizes = Arrays.copyOf(sizes, (known + 1) * SIDES);
            }
            return known;
        }

        /**
         * Takes in a later part: its codes, and its providers', categories', items' and title keys' numbers put into
         * this one's.
         */
        void absorb(Pass other, int[] groupOf, ProfileColumns columns) {
            codes.absorb(other.codes);
            int[] providerOf = new int[other.providers.size()];
            for (int p = 0; p < providerOf.length; p++) {
                providerOf[p] = provider(other.providers.get(p));
            }
            for (int g = 0; g < other.sizes.length; g++) {
                sizes[providerOf[g / SIDES] * SIDES + g % SIDES] += other.sizes[g];
            }
            int[] categoryOf = renumbering(other.categories, categories);
            int[] itemOf = renumbering(other.items, items);
            int[] titleOf = renumbering(other.titles, titles);
            for (int i = other.from; i < other.to; i++) {
                if (groupOf[i] >= 0) {
                    groupOf[i] = providerOf[groupOf[i] / SIDES] * SIDES + groupOf[i] % SIDES;
                    columns.categories[i] = columns.categories[i] == Values.NONE ? Values.NONE
                            : categoryOf[columns.categories[i]];
                    columns.items[i] = columns.items[i] == Values.NONE ? Values.NONE : itemOf[columns.items[i]];
                    columns.titles[i] = columns.titles[i] == Values.NONE ? Values.NONE : titleOf[columns.titles[i]];
                }
            }
        }

        private static int[] renumbering(Values theirs, Values ours) {
            int[] renumbered = new int[theirs.size()];
            for (int v = 0; v < renumbered.length; v++) {
                renumbered[v] = ours.number(theirs.name(v));
            }
            return renumbered;
        }
    }

    private ProfileGroups(List<Priority> scale, PriorityIndex priorities, Map<PartyId, Map<Side, Group>> groups) {
        this.scale = scale;
        this.priorities = priorities;
        this.groups = groups;
    }

    /**
     * Groups profiles.
     *
     * @param profiles the cases' profiles, any order, at most one per case and timeline
     * @param scale the priority order of the table (as {@link KpiOptions#priorities()})
     * @param timelines the timelines to keep; profiles of others only have their priorities numbered
     */
    public static ProfileGroups of(List<CaseProfile> profiles, List<Priority> scale, Collection<Side> timelines) {
        int n = profiles.size();
        return of(profiles, scale, timelines, n < PART * 2 ? 1 : Math.min(Runtime.getRuntime().availableProcessors(), n / PART));
    }

    /** As {@link #of(List, List, Collection)}, the grouping pass in {@code parts} parts (at least 1). */
    static ProfileGroups of(List<CaseProfile> profiles, List<Priority> scale, Collection<Side> timelines, int parts) {
        List<Priority> ordered = List.copyOf(scale);
        Set<Side> kept = timelines.isEmpty() ? EnumSet.noneOf(Side.class) : EnumSet.copyOf(timelines);
        int n = profiles.size();
        int[] groupOf = new int[n];
        long[] openings = new long[n];
        int[] numbers = new int[n];
        ProfileColumns columns = new ProfileColumns(new Values(), new Values(), new Values(), n);
        // One pass over the profiles, in parts on every core: each one's group, opening, priority number (if on the
        // scale), category, item and title key noted. The first part's numbering is kept; the others' are put into it.
        List<Pass> passes = IntStream.range(0, parts).parallel().mapToObj(part -> new Pass(ordered, kept,
                (int) ((long) n * part / parts), (int) ((long) n * (part + 1) / parts))
                .run(profiles, groupOf, openings, numbers, columns)).toList();
        Pass first = passes.get(0);
        for (Pass other : passes.subList(1, passes.size())) {
            first.absorb(other, groupOf, columns);
        }
        PriorityIndex.Codes codes = first.codes;
        List<PartyId> providers = first.providers;
        int[] sizes = first.sizes;
        ProfileColumns numbered = new ProfileColumns(first.categories, first.items, first.titles, columns);
        PriorityIndex priorities = codes.index();
        for (int i = 0; i < n; i++) {
            if (numbers[i] == PriorityIndex.OFF_SCALE) {
                numbers[i] = priorities.of(profiles.get(i).priorityOrNull());
            }
        }
        // Each group's members in the order given, then sorted by opening: the groups on every core.
        int[][] members = new int[sizes.length][];
        for (int g = 0; g < sizes.length; g++) {
            members[g] = sizes[g] == 0 ? null : new int[sizes[g]];
        }
        int[] filled = new int[sizes.length];
        for (int i = 0; i < n; i++) {
            int g = groupOf[i];
            if (g >= 0) {
                members[g][filled[g]++] = i;
            }
        }
        List<Integer> present = new ArrayList<>();
        for (int g = 0; g < members.length; g++) {
            if (members[g] != null) {
                present.add(g);
            }
        }
        List<Group> made = present.parallelStream().map(g -> group(providers.get(g / SIDES),
                Side.values()[g % SIDES], members[g], profiles, openings, numbers, numbered)).toList();
        Map<PartyId, Map<Side, Group>> byProvider = new TreeMap<>(Comparator.comparing(PartyId::value));
        for (Group group : made) {
            byProvider.computeIfAbsent(group.provider(), p -> new EnumMap<>(Side.class)).put(group.timeline(), group);
        }
        return new ProfileGroups(ordered, priorities, byProvider);
    }

    private static Group group(PartyId provider, Side timeline, int[] members, List<CaseProfile> profiles, long[] openings,
            int[] numbers, ProfileColumns columns) {
        int size = members.length;
        int[] order = OpeningOrder.permutation(profiles, openings, members);
        CaseProfile[] sorted = new CaseProfile[size];
        long[] sortedOpenings = new long[size];
        int[] sortedNumbers = new int[size];
        CaseProfile[] given = new CaseProfile[size];
        int[] givenNumbers = new int[size];
        for (int i = 0; i < size; i++) {
            int from = members[order[i]];
            sorted[i] = profiles.get(from);
            sortedOpenings[i] = openings[from];
            sortedNumbers[i] = numbers[from];
            given[i] = profiles.get(members[i]);
            givenNumbers[i] = numbers[members[i]];
        }
        return new Group(provider, timeline, Collections.unmodifiableList(Arrays.asList(sorted)), sortedOpenings,
                sortedNumbers, columns.pick(members, order), Collections.unmodifiableList(Arrays.asList(given)),
                givenNumbers);
    }

    /** The groups of a timeline, providers A to Z. */
    public List<Group> groups(Side timeline) {
        List<Group> found = new ArrayList<>();
        groups.values().forEach(byTimeline -> {
            Group group = byTimeline.get(timeline);
            if (group != null) {
                found.add(group);
            }
        });
        return found;
    }

    /** The group of a provider on a timeline, if it has profiles there. */
    public Optional<Group> group(PartyId provider, Side timeline) {
        Map<Side, Group> byTimeline = groups.get(provider);
        return Optional.ofNullable(byTimeline == null ? null : byTimeline.get(timeline));
    }

    /** The providers with profiles on a kept timeline, A to Z. */
    public List<PartyId> providers() {
        return List.copyOf(groups.keySet());
    }

    /** The priority order the profiles were numbered by. */
    public List<Priority> scale() {
        return scale;
    }

    PriorityIndex priorities() {
        return priorities;
    }
}
