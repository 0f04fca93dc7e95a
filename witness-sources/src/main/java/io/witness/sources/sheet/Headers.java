package io.witness.sources.sheet;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The names of a header row as keys of a row's parsed form: each header as written without outer spaces;
 * a blank one is {@code column N}; a repeated one (an export that repeats a multi-valued field) is
 * {@code Name (2)}, {@code Name (3)}… Stateless.
 */
public final class Headers {

    private Headers() {
    }

    /** Unique names for {@code headers}, in their order. */
    public static List<String> unique(List<String> headers) {
        List<String> names = new ArrayList<>(headers.size());
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < headers.size(); i++) {
            String name = headers.get(i).strip();
            if (name.isEmpty()) {
                name = "column " + (i + 1);
            }
            String unique = name;
            for (int n = 2; !taken.add(unique.toLowerCase(Locale.ROOT)); n++) {
                unique = name + " (" + n + ")";
            }
            names.add(unique);
        }
        return names;
    }

    /** Names for a file without a header: {@code column 1}, {@code column 2}… */
    public static List<String> numbered(int count) {
        List<String> names = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            names.add("column " + i);
        }
        return names;
    }
}
