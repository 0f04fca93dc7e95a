package io.witness.sources.csv;

import java.util.Objects;

/**
 * A column a mapping names, and where the mapping names it, so that a column the file lacks is reported
 * at the mapping's line. Immutable.
 *
 * @param header the column's header as the mapping writes it (matched ignoring case and outer spaces)
 * @param line the mapping's line
 * @param column the mapping's column
 * @param path the mapping's path ({@code /columns/status})
 */
record ColumnRef(String header, int line, int column, String path) {

    ColumnRef {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(path, "path");
    }

    /** The header folded for matching: outer spaces dropped, lower case. */
    String key() {
        return fold(header);
    }

    static String fold(String header) {
        return header.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
