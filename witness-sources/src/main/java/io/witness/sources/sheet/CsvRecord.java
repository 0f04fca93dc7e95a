package io.witness.sources.sheet;

import java.util.List;
import java.util.Objects;

/**
 * One record of a CSV file: the line it starts on, its text exactly as in the file (without its line
 * break; quoted line breaks inside it kept), and its fields unquoted. Immutable.
 *
 * @param line the 1-based line it starts on
 * @param text its text as in the file
 * @param fields its fields, quotes removed and doubled quotes undone
 */
public record CsvRecord(int line, String text, List<String> fields) {

    public CsvRecord {
        Objects.requireNonNull(text, "text");
        fields = List.copyOf(fields);
    }

    /** True for a record with nothing in it: an empty line. */
    public boolean isBlank() {
        return text.isBlank() && fields.size() <= 1;
    }
}
