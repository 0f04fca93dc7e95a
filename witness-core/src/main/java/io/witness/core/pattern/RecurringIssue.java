package io.witness.core.pattern;

import io.witness.core.contract.PartyId;
import io.witness.core.event.CaseId;
import io.witness.core.kpi.CaseProfile;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The same problem again and again: the most cases with one configuration item, one title (as
 * {@link TitleKey} reduces it) or one category that opened within a window of each other, at least a
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

        /** The profile's value of this kind, or null; a title keyed by {@code titles} (see {@link TitleKey}). */
        @Nullable String of(CaseProfile profile, TitleKey.Keys titles) {
            switch (this) {
                case CONFIGURATION_ITEM:
                    return profile.configurationItemOrNull();
                case TITLE:
                    String title = profile.titleOrNull();
                    return title != null ? titles.of(title) : null;
                default:
                    return profile.categoryOrNull();
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
        // The cases are in the order they opened, so each value's list is too.
        Map<String, Bucket> byValue = new HashMap<>();
        TitleKey.Keys titles = new TitleKey.Keys();
        List<CaseProfile> cases = set.opened();
        for (int i = 0, n = cases.size(); i < n; i++) {
            String value = kind.of(cases.get(i), titles);
            if (value != null) {
                Bucket bucket = byValue.get(value);
                if (bucket == null) {
                    bucket = new Bucket();
                    byValue.put(value, bucket);
                }
                bucket.add(i);
            }
        }
        ZoneId zone = set.periods().zone();
        long window = options.recurrenceWindow().toMillis();
        List<RecurringIssue> found = new ArrayList<>();
        byValue.forEach((value, bucket) -> {
            if (bucket.size < options.recurrenceAtLeast()) {
                return;
            }
            int[] members = bucket.members;
            int bestFrom = 0;
            int bestCount = 0;
            int from = 0;
            for (int to = 0; to < bucket.size; to++) {
                while (set.openedAt(members[to]) - set.openedAt(members[from]) > window) {
                    from++;
                }
                if (to - from + 1 > bestCount) {
                    bestCount = to - from + 1;
                    bestFrom = from;
                }
            }
            if (bestCount >= options.recurrenceAtLeast()) {
                List<CaseId> ids = new ArrayList<>(bestCount);
                for (int i = bestFrom; i < bestFrom + bestCount; i++) {
                    ids.add(cases.get(members[i]).caseId());
                }
                found.add(new RecurringIssue(set.provider(), kind, value, ids,
                        date(set.openedAt(members[bestFrom]), zone), date(set.openedAt(members[bestFrom + bestCount - 1]),
                        zone), options.recurrenceWindow()));
            }
        });
        found.sort(Comparator.comparingInt((RecurringIssue r) -> r.cases().size()).reversed()
                .thenComparing(RecurringIssue::value));
        return found.subList(0, Math.min(options.recurringPerKind(), found.size()));
    }

    /** The cases of one value, as their places among the cases opened, in the order they opened. */
    private static final class Bucket {
        int[] members = new int[4];
        int size;

        void add(int place) {
            if (size == members.length) {
                members = Arrays.copyOf(members, size * 2);
            }
            members[size++] = place;
        }
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
