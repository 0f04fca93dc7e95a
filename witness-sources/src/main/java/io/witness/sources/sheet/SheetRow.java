package io.witness.sources.sheet;

import java.util.List;
import java.util.Objects;

/**
 * One row of a spreadsheet or CSV file: where it is, its cells from the first column, and its raw bytes
 * as stored (a CSV record's text; for XLSX the canonical JSON of its cells with the sheet and row). Immutable.
 *
 * @param sheet the sheet's name; empty for a CSV file
 * @param number the row's number: the CSV line it starts on, or the Excel row (1-based)
 * @param cells the cells from column A (or the first field), empty ones included
 * @param raw the bytes to store as received
 */
public record SheetRow(String sheet, int number, List<CellValue> cells, byte[] raw) {

    public SheetRow {
        Objects.requireNonNull(sheet, "sheet");
        cells = List.copyOf(cells);
        Objects.requireNonNull(raw, "raw");
    }

    /** True when the row is a CSV record rather than a sheet's row. */
    public boolean isCsv() {
        return sheet.isEmpty();
    }

    /** The cell at a 0-based column; empty beyond the row's last cell. */
    public CellValue cell(int column) {
        return column < cells.size() ? cells.get(column) : CellValue.EMPTY;
    }

    /** True when every cell is blank. */
    public boolean isBlank() {
        return cells.stream().allMatch(CellValue::isBlank);
    }

    /** The Excel name of a 0-based column: A, B, … Z, AA, AB… */
    public static String columnName(int column) {
        StringBuilder name = new StringBuilder();
        for (int n = column + 1; n > 0; n = (n - 1) / 26) {
            name.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return name.toString();
    }
}
