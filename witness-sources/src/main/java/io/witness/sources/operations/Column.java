package io.witness.sources.operations;

import java.util.List;
import java.util.Objects;

/**
 * One column of an operational CSV: the key its value has in the parsed JSON, the header names that find
 * it (ignoring case), its type, whether a value is required, and for a choice the words allowed. Immutable.
 *
 * @param key the parsed JSON's key, not blank
 * @param names the header names that find it, the first as documented; not empty
 * @param type its type, not null
 * @param required true when every row must give a value
 * @param choices for {@link ColumnType#CHOICE}, the words allowed (lower case); else empty
 */
record Column(String key, List<String> names, ColumnType type, boolean required, List<String> choices) {

    Column {
        Objects.requireNonNull(key, "key");
        names = List.copyOf(names);
        Objects.requireNonNull(type, "type");
        choices = List.copyOf(choices);
        if (names.isEmpty()) {
            throw new IllegalArgumentException("Column " + key + " needs a header name");
        }
    }

    static Column required(String key, ColumnType type) {
        return new Column(key, List.of(key), type, true, List.of());
    }

    static Column optional(String key, ColumnType type) {
        return new Column(key, List.of(key), type, false, List.of());
    }

    static Column choice(String key, boolean required, String... choices) {
        return new Column(key, List.of(key), ColumnType.CHOICE, required, List.of(choices));
    }

    /** The same column found by other header names too (a vendor's label). */
    Column alsoNamed(String... more) {
        List<String> all = new java.util.ArrayList<>(names);
        all.addAll(List.of(more));
        return new Column(key, all, type, required, choices);
    }

    /** The same column under the key and header name a vendor writes. */
    static Column vendor(String header, ColumnType type, boolean required, String... choices) {
        return new Column(header, List.of(header), type, required, List.of(choices));
    }
}
