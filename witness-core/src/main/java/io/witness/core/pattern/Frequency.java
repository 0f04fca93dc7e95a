package io.witness.core.pattern;

import io.witness.core.contract.PartyId;
import io.witness.core.kpi.Values;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How often each category (or configuration item) came up among the cases opened in the periods, most
 * frequent first (ties A to Z). Immutable.
 *
 * @param provider the provider
 * @param field what was counted
 * @param counts each value with its cases, most first
 * @param without the cases that had no value
 * @param topValues how many values the sentence names
 */
public record Frequency(PartyId provider, Field field, List<ValueCount> counts, long without, int topValues)
        implements Pattern {

    /** What a frequency counts. */
    public enum Field {
        CATEGORY("Category", "category"),
        CONFIGURATION_ITEM("Configuration item", "configuration item");

        private final String title;
        private final String noun;

        Field(String title, String noun) {
            this.title = title;
            this.noun = noun;
        }

        /** The number of the {@code i}-th opened case's value, or {@link Values#NONE}. */
        int of(CaseSet cases, int i) {
            return this == CATEGORY ? cases.category(i) : cases.item(i);
        }

        /** The values the numbers stand for. */
        Values values(CaseSet cases) {
            return this == CATEGORY ? cases.group().categories() : cases.group().items();
        }
    }

    /**
     * A value and how many cases had it.
     *
     * @param value the category or item, not blank
     * @param cases at least 1
     */
    public record ValueCount(String value, long cases) {
        public ValueCount {
            Objects.requireNonNull(value, "value");
            if (cases < 1) {
                throw new IllegalArgumentException("A value counted came up at least once, got " + cases);
            }
        }
    }

    public Frequency {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(field, "field");
        counts = List.copyOf(counts);
        if (counts.isEmpty()) {
            throw new IllegalArgumentException("A frequency counts at least one value");
        }
    }

    /** The frequency of a field among the cases; empty when no case has it. */
    static Optional<Frequency> of(CaseSet cases, Field field, int topValues) {
        Values values = field.values(cases);
        long[] counted = new long[values.size()];
        long without = 0;
        for (int i = 0, n = cases.opened().size(); i < n; i++) {
            int value = field.of(cases, i);
            if (value != Values.NONE) {
                counted[value]++;
            } else {
                without++;
            }
        }
        List<ValueCount> counts = new ArrayList<>();
        for (int value = 0; value < counted.length; value++) {
            if (counted[value] > 0) {
                counts.add(new ValueCount(values.name(value), counted[value]));
            }
        }
        if (counts.isEmpty()) {
            return Optional.empty();
        }
        counts.sort(Comparator.comparingLong(ValueCount::cases).reversed().thenComparing(ValueCount::value));
        return Optional.of(new Frequency(cases.provider(), field, counts, without, topValues));
    }

    /** The cases that had a value. */
    public long total() {
        return counts.stream().mapToLong(ValueCount::cases).sum();
    }

    /**
     * {@code Category Email had the most cases: 3 of 9 (33.3%), then Network 2 (22.2%) and Printing 2
     * (22.2%); 1 case had no category.}
     */
    @Override
    public String sentence() {
        long total = total();
        ValueCount top = counts.get(0);
        StringBuilder text = new StringBuilder();
        if (counts.size() == 1) {
            text.append(field.title).append(' ').append(top.value()).append(" had all ").append(Words.cases(total));
        } else {
            text.append(field.title).append(' ').append(top.value()).append(" had the most cases: ").append(top.cases())
                    .append(" of ").append(total).append(" (").append(Words.percent(top.cases(), total)).append(')');
            List<String> next = new ArrayList<>();
            for (ValueCount count : counts.subList(1, Math.min(topValues, counts.size()))) {
                next.add(count.value() + " " + count.cases() + " (" + Words.percent(count.cases(), total) + ")");
            }
            if (!next.isEmpty()) {
                text.append(", then ").append(Words.and(next));
            }
        }
        if (without > 0) {
            text.append("; ").append(Words.cases(without)).append(" had no ")
                    .append(field.noun);
        }
        return text.append('.').toString();
    }
}
