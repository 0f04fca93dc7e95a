package io.witness.app.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One table of a report, as its HTML shows it and as its CSV and JSON files hold it: a name (the files are
 * {@code <report>.<name>.csv} and {@code .json}), the columns, and the rows of cells. A cell is text, and
 * may link (in HTML and PDF) to the finding or section behind it; a row may carry the anchor other
 * figures link to. Immutable.
 *
 * @param name the table's name in its files' names: lower case, digits and {@code -}
 * @param columns the columns, at least one
 * @param rows the rows, each with one cell per column
 */
public record Table(String name, List<Column> columns, List<Row> rows) {

    /** @throws IllegalArgumentException if the name is not of lower case, digits and {@code -}, or a row has the wrong size */
    public Table {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
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

        int size() {
            return rows.size();
        }

        Table build() {
            return new Table(name, columns, rows);
        }
    }
}
