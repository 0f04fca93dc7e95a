package io.witness.app.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One table of a report, as its HTML shows it and as its CSV and JSON files hold it: a name (the files are
 * {@code <report>.<name>.csv} and {@code .json}), the columns, and the rows of cells. A cell is text, and
 * may link (in HTML and PDF) to the finding or section behind it; a row may carry the anchor other
 * figures link to. A table of many rows (a million cases' disagreements) keeps as {@link Row}s only the
 * first {@link AuditHtml#ROWS}, which are all its HTML shows, and streams every row to its files from
 * {@link #all()}. Immutable.
 *
 * @param name the table's name in its files' names: lower case, digits and {@code -}
 * @param columns the columns, at least one
 * @param rows the rows kept, each with one cell per column: all of them, or the first {@link AuditHtml#ROWS}
 * @param size how many rows the table has, which its files hold
 * @param all every row, in order, as its files hold them
 */
public record Table(String name, List<Column> columns, List<Row> rows, int size, TableRows all) {

    /** A table of the rows given, all kept. */
    public Table(String name, List<Column> columns, List<Row> rows) {
        this(name, columns, List.copyOf(rows), rows.size(), kept(List.copyOf(rows)));
    }

    /**
     * @throws IllegalArgumentException if the name is not of lower case, digits and {@code -}, a row has the wrong
     *     size, or fewer rows are kept than {@link AuditHtml#ROWS} and {@code size} says
     */
    public Table {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        Objects.requireNonNull(all, "all");
        if (size < rows.size() || rows.size() < Math.min(size, AuditHtml.ROWS)) {
            throw new IllegalArgumentException("Table " + name + " has " + size + " rows but keeps " + rows.size());
        }
        if (!name.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("A table's name is lower case, digits and '-', got '" + name + "'");
        }
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("Table " + name + " has no column");
        }
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).cells().size() != columns.size()) {
                int cells = rows.get(i).cells().size();
                throw new IllegalArgumentException("Table " + name + " has " + columns.size() + " columns but row " + (i + 1)
                        + " has " + cells + (cells == 1 ? " cell" : " cells"));
            }
        }
    }

    private static TableRows kept(List<Row> rows) {
        return sink -> {
            for (Row row : rows) {
                if (!sink.row(row.anchor().orElse(null), row.cells().toArray())) {
                    return;
                }
            }
        };
    }

    /**
     * A column.
     *
     * @param name its heading, also its name in the CSV header and the JSON objects
     * @param numeric whether its figures are right-aligned
     * @param shown whether the HTML shows it; a long list (a recurring issue's case ids) is left to the files
     */
    public record Column(String name, boolean numeric, boolean shown) {

        public Column {
            Objects.requireNonNull(name, "name");
        }
    }

    /**
     * A row.
     *
     * @param anchor the HTML id other figures link to, when any
     * @param cells one per column
     */
    public record Row(Optional<String> anchor, List<Cell> cells) {

        public Row {
            Objects.requireNonNull(anchor, "anchor");
            cells = List.copyOf(cells);
        }
    }

    /**
     * A cell.
     *
     * @param text its text, as the files hold it
     * @param href where it links to in HTML and PDF ({@code #f-…}), when anywhere
     */
    public record Cell(String text, Optional<String> href) {

        public Cell {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(href, "href");
        }

        static Cell of(Object text) {
            return new Cell(String.valueOf(text), Optional.empty());
        }

        static Cell link(Object text, String href) {
            return new Cell(String.valueOf(text), Optional.of(href));
        }
    }

    /** Builds a table row by row. */
    static final class Builder {

        private final String name;
        private final List<Column> columns = new ArrayList<>();
        private final List<Row> rows = new ArrayList<>();
        private @Nullable TableRows streamed;
        private int size;

        Builder(String name) {
            this.name = name;
        }

        /** Adds text columns. */
        Builder columns(String... names) {
            for (String n : names) {
                columns.add(new Column(n, false, true));
            }
            return this;
        }

        /** Adds right-aligned columns of figures. */
        Builder numbers(String... names) {
            for (String n : names) {
                columns.add(new Column(n, true, true));
            }
            return this;
        }

        /** Adds text columns that only the CSV and JSON files hold. */
        Builder hidden(String... names) {
            for (String n : names) {
                columns.add(new Column(n, false, false));
            }
            return this;
        }

        /** Adds a row of cells; a {@link Cell} stays as it is, anything else becomes a cell of its text. */
        Builder row(Object... cells) {
            return anchoredRow(null, cells);
        }

        /** Adds a row carrying an anchor, or none when {@code anchor} is null. */
        Builder anchoredRow(@Nullable String anchor, Object... cells) {
            List<Cell> list = new ArrayList<>(cells.length);
            for (Object cell : cells) {
                list.add(cell instanceof Cell c ? c : Cell.of(cell));
            }
            rows.add(new Row(Optional.ofNullable(anchor), list));
            return this;
        }

        /**
         * Makes the table one of {@code size} rows streamed from {@code all}, of which only the first
         * {@link AuditHtml#ROWS} are kept as rows; no row may be added otherwise.
         */
        Builder streamed(int size, TableRows all) {
            if (!rows.isEmpty()) {
                throw new IllegalStateException("Table " + name + " already has rows of its own");
            }
            this.size = size;
            this.streamed = all;
            return this;
        }

        int size() {
            return streamed == null ? rows.size() : size;
        }

        /** @throws UncheckedIOException never in practice: working out rows writes nothing */
        Table build() {
            if (streamed == null) {
                return new Table(name, columns, rows);
            }
            try {
                streamed.each((anchor, cells) -> {
                    anchoredRow(anchor, cells);
                    return rows.size() < AuditHtml.ROWS;
                });
            } catch (IOException e) {
                throw new UncheckedIOException("Could not work out the rows of table " + name, e);
            }
            return new Table(name, columns, rows, size, streamed);
        }
    }
}
