package io.witness.core.kpi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The distinct values of one field of the profiles (their categories, or their configuration items), each
 * numbered from 0 in the order first met, so that the KPIs and patterns count a field's values in arrays by
 * number. Filled by one thread while the profiles are grouped, then only read.
 */
public final class Values {

    /** The number of an absent value. */
    public static final int NONE = -1;

    private final Map<String, Integer> numbers = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    /** The value last numbered and its number: profiles in a row often share one String. */
    private @Nullable String last;
    private int lastNumber = NONE;

    Values() {
    }

    /** The number of a value, given it the first time; {@link #NONE} for null. */
    int number(@Nullable String value) {
        if (value == null) {
            return NONE;
        }
        if (value != last) {
            Integer known = numbers.get(value);
            if (known == null) {
                known = names.size();
                names.add(value);
                numbers.put(value, known);
            }
            last = value;
            lastNumber = known;
        }
        return lastNumber;
    }

    /** How many distinct values there are. */
    public int size() {
        return names.size();
    }

    /** The value of a number from 0 to {@link #size()} - 1. */
    public String name(int number) {
        return names.get(number);
    }
}
