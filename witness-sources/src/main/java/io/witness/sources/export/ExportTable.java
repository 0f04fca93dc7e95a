package io.witness.sources.export;

import io.witness.core.input.InputProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A table read from an export: its file, its sheet (XLSX only), its header and its data rows in file
 * order. Columns are found by any of their names, ignoring case and the spaces around them, so that a
 * label ("Assignment group") and an element name ({@code assignment_group}) both find a column, wherever
 * it stands. Immutable.
 *
 * @param file the file's name, for messages
 * @param sheet the sheet's name for a workbook, empty for CSV
 * @param header the column names as written
 * @param headerLine the line (or sheet row) of the header, 1-based
 * @param rows the data rows, blank rows left out
 */
public record ExportTable(String file, Optional<String> sheet, List<String> header, int headerLine, List<ExportRow> rows) {

    public ExportTable {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sheet, "sheet");
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /** The first column with one of these names, if any. */
    public Optional<Integer> column(String... names) {
        for (String name : names) {
            String wanted = normalise(name);
            for (int i = 0; i < header.size(); i++) {
                if (normalise(header.get(i)).equals(wanted)) {
                    return Optional.of(i);
                }
            }
        }
        return Optional.empty();
    }

    /** Every column with this name, in order: exports repeat a column for each value of a multi-value field. */
    public List<Integer> columns(String name) {
        List<Integer> found = new ArrayList<>();
        String wanted = normalise(name);
        for (int i = 0; i < header.size(); i++) {
            if (normalise(header.get(i)).equals(wanted)) {
                found.add(i);
            }
        }
        return found;
    }

    /** True when some column has one of these names. */
    public boolean has(String... names) {
        return column(names).isPresent();
    }

    /** A problem about the header. */
    public InputProblem headerProblem(String message) {
        return new InputProblem(file, headerLine, 0, sheet.map(s -> s + "!" + headerLine).orElse(""), message);
    }

    static String normalise(String name) {
        return name.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
    }

    /** Where a table's cells are, to build problems: a CSV line and column, or a sheet's cell. */
    record Place(String file, Optional<String> sheet, List<String> header) {

        InputProblem problem(int line, int column, int index, String message) {
            String name = index >= 0 && index < header.size() ? header.get(index).strip() : "";
            if (sheet.isPresent()) {
                String ref = index >= 0 ? XlsxTable.columnLetters(index) + line : String.valueOf(line);
                String path = sheet.get() + "!" + ref + (name.isEmpty() ? "" : " (" + name + ")");
                return new InputProblem(file, line, index >= 0 ? index + 1 : 0, path, message);
            }
            return new InputProblem(file, line, column, name, message);
        }
    }
}
