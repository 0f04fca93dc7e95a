package io.witness.core.pattern;

import io.witness.core.contract.PartyId;
import io.witness.core.event.CaseId;
import io.witness.core.kpi.Values;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The same problem again and again: the most cases with one configuration item, one title (as
 * {@link io.witness.core.kpi.CaseProfile#titleKeyOrNull()} reduces it) or one category that opened within a window
 * of each other, at least a
 * threshold of them (docs/kpis.md, "Recurring issues"). Immutable.
 *
 * @param provider the provider
 * @param kind what the cases share
 * @param value the shared item, title key or category
 * @param cases the cases in the densest window, by opening
 * @param first the date (in the report's zone) the first of them opened
 * @param last the date the last of them opened
 * @param window the window
 */
public record RecurringIssue(PartyId provider, Kind kind, String value, List<CaseId> cases, LocalDate first,
        LocalDate last, Duration window) implements Pattern {

    /** The cases listed by id in a sentence; the rest are counted. */
    private static final int LISTED = 10;

    /** What the cases of a recurring problem share, most telling first. */
    public enum Kind {
        CONFIGURATION_ITEM,
        TITLE,
        CATEGORY;

        /** The values the group numbers for this kind: its items, title keys or categories. */
        Values values(CaseSet set) {
            switch (this) {
                case CONFIGURATION_ITEM:
                    return set.group().items();
                case TITLE:
                    return set.group().titles();
                default:
                    return set.group().categories();
            }
        }

        /** The number of the {@code i}-th opened case's value, or {@link Values#NONE}. */
        int of(CaseSet set, int i) {
            switch (this) {
                case CONFIGURATION_ITEM:
                    return set.item(i);
                case TITLE:
                    return set.title(i);
                default:
                    return set.category(i);
            }
        }
    }

    public RecurringIssue {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        cases = List.copyOf(cases);
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        Objects.requireNonNull(window, "window");
        if (cases.size() < 2) {
            throw new IllegalArgumentException("A problem recurs in two cases or more, got " + cases.size());
        }
    }

    /**
     * The recurring problems of one kind among the cases opened in the periods (in the order they opened):
     * for each value, its densest
     * window (the first, when two hold as many), kept when it holds at least the threshold; most cases
     * first, then by value; at most {@code recurringPerKind}.
     */
    static List<RecurringIssue> of(CaseSet set, Kind kind, PatternOptions options) {
        List<RecurringIssue> found = new ArrayList<>();
        Values values = kind.values(set);
        int opened = set.opened().size();
        // The cases of each value in the order they opened, one run of places per value (a counting sort).
        int[] starts = new int[values.size() + 1];
        for (int i = 0; i < opened; i++) {
            int value = kind.of(set, i);
            if (value != Values.NONE) {
                starts[value + 1]++;
            }
        }
        for (int v = 0; v < values.size(); v++) {
            starts[v + 1] += starts[v];
        }
        int[] places = new int[starts[values.size()]];
        int[] filled = Arrays.copyOf(starts, values.size());
        for (int i = 0; i < opened; i++) {
            int value = kind.of(set, i);
            if (value != Values.NONE) {
                places[filled[value]++] = i;
            }
        }
        for (int v = 0; v < values.size(); v++) {
            densest(set, kind, values.name(v), places, starts[v], starts[v + 1], options).ifPresent(found::add);
        }
        found.sort(Comparator.comparingInt((RecurringIssue r) -> r.cases().size()).reversed()
                .thenComparing(RecurringIssue::value));
        return found.subList(0, Math.min(options.recurringPerKind(), found.size()));
    }

    /**
     * The densest window of one value's cases (their places among the cases opened, {@code places[from]} to
     * {@code places[to - 1]}, in the order they opened; the first, when two hold as many), when it holds at least
     * the threshold.
     */
    private static Optional<RecurringIssue> densest(CaseSet set, Kind kind, String value, int[] places, int from, int to,
            PatternOptions options) {
        if (to - from < options.recurrenceAtLeast()) {
            return Optional.empty();
        }
        long window = options.recurrenceWindow().toMillis();
        int bestFrom = from;
        int bestCount = 0;
        int first = from;
        for (int last = from; last < to; last++) {
            while (set.openedAt(places[last]) - set.openedAt(places[first]) > window) {
                first++;
            }
            if (last - first + 1 > bestCount) {
                bestCount = last - first + 1;
                bestFrom = first;
            }
        }
        if (bestCount < options.recurrenceAtLeast()) {
            return Optional.empty();
        }
        List<CaseId> ids = new ArrayList<>(bestCount);
        for (int i = bestFrom; i < bestFrom + bestCount; i++) {
            ids.add(set.opened().get(places[i]).caseId());
        }
        ZoneId zone = set.periods().zone();
        return Optional.of(new RecurringIssue(set.provider(), kind, value, ids, date(set.openedAt(places[bestFrom]), zone),
                date(set.openedAt(places[bestFrom + bestCount - 1]), zone), options.recurrenceWindow()));
    }

    private static LocalDate date(long openedAt, ZoneId zone) {
        return LocalDate.ofInstant(Instant.ofEpochMilli(openedAt), zone);
    }

    /**
     * {@code Configuration item mail-01 came up 7 times within 90 days, from 2026-01-05 to 2026-03-28: INC1,
     * INC3, INC5, INC10, INC11, INC12 and INC13.}
     */
    @Override
    public String sentence() {
        String subject = switch (kind) {
            case CONFIGURATION_ITEM -> "Configuration item " + value;
            case TITLE -> "The title '" + value + "'";
            case CATEGORY -> "Category " + value;
        };
        List<String> ids = new ArrayList<>();
        for (CaseId id : cases.subList(0, Math.min(LISTED, cases.size()))) {
            ids.add(id.value());
        }
        if (cases.size() > LISTED) {
            ids.add((cases.size() - LISTED) + " more");
        }
        return subject + " came up " + cases.size() + " times within " + window.toDays() + " days, from " + first + " to "
                + last + ": " + Words.and(ids) + ".";
    }
}
