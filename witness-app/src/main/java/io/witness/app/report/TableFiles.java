package io.witness.app.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A report's tables as files beside it: {@code <report>.<table>.csv} (RFC 4180, a header of the column
 * names, CRLF line ends) and {@code <report>.<table>.json} (an array of objects, one per row and one a line,
 * keyed by the column names in their order), both written as bytes by {@link CsvOut} and {@link JsonOut}, each
 * cell encoded once for both ({@link CellBytes}). A column's name is its heading in lower case with {@code _} for spaces. Both hold every row, including those the HTML leaves out.
 */
final class TableFiles {

    /** The bytes buffered before each file is written to. */
    private static final int BUFFER = 1 << 16;

    private TableFiles() {
    }

    static String csvName(String base, Table table) {
        return base + "." + table.name() + ".csv";
    }

    static String jsonName(String base, Table table) {
        return base + "." + table.name() + ".json";
    }

    /**
     * Writes the table's two files to {@code dir} and returns their paths: every row of {@link Table#all()} in one
     * pass, each cell's text written straight to both files, so no row is kept in memory.
     *
     * @throws IllegalStateException if a row has the wrong number of cells or the rows are not as many as the table says
     */
    static List<Path> write(Path dir, String base, Table table) throws IOException {
        Path csv = dir.resolve(csvName(base, table));
        Path json = dir.resolve(jsonName(base, table));
        int columns = table.columns().size();
        String[] keys = new String[columns];
        for (int c = 0; c < columns; c++) {
            keys[c] = key(table.columns().get(c).name());
        }
        try (CsvOut out = new CsvOut(Files.newOutputStream(csv), BUFFER);
                JsonOut rows = new JsonOut(Files.newOutputStream(json), BUFFER, java.util.Arrays.asList(keys))) {
            for (int c = 0; c < columns; c++) {
                out.field(keys[c]);
            }
            out.endLine();
            int[] count = {0};
            CellBytes bytes = new CellBytes();
            table.all().each(new TableRows.Sink() {
                @Override
                public boolean row(@Nullable String anchor, Object... cells) throws IOException {
                    count[0]++;
                    if (cells.length != columns) {
                        throw new IllegalStateException("Table " + table.name() + " has " + columns + " columns but row " + count[0]
                                + " has " + cells.length + (cells.length == 1 ? " cell" : " cells"));
                    }
                    rows.beginRow();
                    for (int c = 0; c < columns; c++) {
                        Object cell = cells[c];
                        CharSequence text = cell instanceof Table.Cell shown ? shown.text()
                                : cell instanceof CharSequence chars ? chars : String.valueOf(cell);
                        bytes.encode(text);
                        out.field(text, bytes);
                        rows.value(c, text, bytes);
                    }
                    out.endLine();
                    rows.endRow();
                    return true;
                }

                @Override
                public boolean anchors() {
                    return false;
                }
            });
            if (count[0] != table.size()) {
                throw new IllegalStateException("Table " + table.name() + " has " + table.size() + " rows but " + count[0]
                        + " were written to " + csv.getFileName());
            }
        }
        return List.of(csv, json);
    }

    /** A column's name in the files: its heading in lower case with {@code _} for spaces ({@code before_caps}). */
    static String key(String heading) {
        return heading.toLowerCase(java.util.Locale.ROOT).replace(' ', '_');
    }
}
