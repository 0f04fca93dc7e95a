package io.witness.sources.export;

import io.witness.core.input.InputProblem;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One data row of an exported table: its cells as text, its raw form exactly as the file holds it, and
 * where each cell is, so that a problem names the file, the line (or sheet and cell) and the column.
 *
 * <p>The raw form of a CSV row is the record's bytes as in the file, without the line break that ends it;
 * of an XLSX row, a canonical JSON of its cells with the sheet and cell references ({@link XlsxTable}).
 * Immutable: arrays are copied in and the raw bytes out.
 */
public final class ExportRow {

    private final ExportTable.Place place;
    private final int line;
    private final List<String> cells;
    private final int[] cellLines;
    private final int[] cellColumns;
    private final byte[] raw;

    ExportRow(ExportTable.Place place, int line, List<String> cells, int[] cellLines, int[] cellColumns, byte[] raw) {
        this.place = Objects.requireNonNull(place, "place");
        this.line = line;
        this.cells = List.copyOf(cells);
        this.cellLines = cellLines.clone();
        this.cellColumns = cellColumns.clone();
        this.raw = raw.clone();
    }

    /** The line the row starts on (CSV), or its row number in the sheet (XLSX), 1-based. */
    public int line() {
        return line;
    }

    /** How many cells the row has. */
    public int size() {
        return cells.size();
    }

    /** The text of cell {@code index} (0-based), or "" when the row is shorter. */
    public String cell(int index) {
        return index >= 0 && index < cells.size() ? cells.get(index) : "";
    }

    /** The text of the cell in {@code column} when the table has that column, else empty. */
    public Optional<String> cell(Optional<Integer> column) {
        return column.map(this::cell);
    }

    /** The raw bytes of the row. */
    public byte[] raw() {
        return raw.clone();
    }

    /** A problem about the cell in column {@code index} (0-based) of this row. */
    public InputProblem problemAt(int index, String message) {
        if (index < 0 || index >= cellLines.length) {
            return problem(message);
        }
        return place.problem(cellLines[index], cellColumns[index], index, message);
    }

    /** A problem about the whole row. */
    public InputProblem problem(String message) {
        return place.problem(line, 0, -1, message);
    }
}
