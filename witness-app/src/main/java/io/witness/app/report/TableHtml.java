package io.witness.app.report;

import java.util.List;

/**
 * A {@link Table} as XHTML: a head, at most {@link AuditHtml#ROWS} rows of cells (links where a cell
 * has one; a list of findings links each of its first {@link #LISTED}) and a line linking to the CSV and
 * JSON files that hold every row and every finding.
 */
final class TableHtml {

    /** The most findings a cell lists in HTML; the table's files hold them all. */
    static final int LISTED = 20;

    /** A date, month or quarter ({@code 2026-03-04}, {@code 2026-03}, {@code 2026-Q1}): kept on one line. */
    private static final java.util.regex.Pattern DATE = java.util.regex.Pattern.compile("\\d{4}-(\\d{2}(-\\d{2})?|Q[1-4])");

    private TableHtml() {
    }

    /**
     * Appends the table and its files' line.
     *
     * @param base the report's file name without extension ({@code monthly-2026-03}), which the files' names start with
     */
    static void append(StringBuilder html, Table table, String base) {
        html.append("<table class=\"data\" id=\"t-").append(table.name()).append("\">\n<thead><tr>");
        for (Table.Column column : table.columns()) {
            if (column.shown()) {
                html.append("<th>").append(Html.escape(column.name())).append("</th>");
            }
        }
        html.append("</tr></thead>\n<tbody>\n");
        boolean[] ids = new boolean[table.columns().size()];
        for (Table.Row row : table.rows()) {
            for (int c = 0; c < ids.length; c++) {
                ids[c] |= row.cells().get(c).href().filter(h -> h.startsWith("#f-")).isPresent();
            }
        }
        int shown = Math.min(AuditHtml.ROWS, table.rows().size());
        for (int r = 0; r < shown; r++) {
            Table.Row row = table.rows().get(r);
            html.append("<tr");
            row.anchor().ifPresent(a -> html.append(" id=\"").append(Html.escape(a)).append('"'));
            html.append('>');
            for (int c = 0; c < row.cells().size(); c++) {
                Table.Cell cell = row.cells().get(c);
                if (!table.columns().get(c).shown()) {
                    continue;
                }
                html.append(table.columns().get(c).numeric() || DATE.matcher(cell.text()).matches() ? "<td class=\"n\">"
                        : ids[c] ? "<td class=\"ids\">" : table.columns().get(c).name().equals("evidence") ? "<td class=\"ev\">"
                        : "<td>");
                if (cell.href().isPresent() && cell.href().get().startsWith("#f-") && cell.text().indexOf(' ') > 0) {
                    // a list of findings: each id links to its own row of the findings cited
                    String[] each = cell.text().split(" ");
                    for (int i = 0; i < Math.min(LISTED, each.length); i++) {
                        html.append(i == 0 ? "" : " ").append("<a href=\"#").append(Html.findingAnchor(each[i]))
                                .append("\" class=\"id\">").append(Html.escape(each[i])).append("</a>");
                    }
                    if (each.length > LISTED) {
                        html.append(" … and ").append(each.length - LISTED).append(" more");
                    }
                } else if (cell.href().isPresent()) {
                    html.append("<a href=\"").append(Html.escape(cell.href().get()))
                            .append(cell.href().get().startsWith("#f-") && !cell.text().matches("\\d+") ? "\" class=\"id\">" : "\">")
                            .append(Html.escape(cell.text())).append("</a>");
                } else {
                    html.append(Html.escape(cell.text()));
                }
                html.append("</td>");
            }
            html.append("</tr>\n");
        }
        if (table.rows().isEmpty()) {
            html.append("<tr><td colspan=\"").append(table.columns().stream().filter(Table.Column::shown).count())
                    .append("\">none</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
        files(html, table, base);
    }

    /** The line naming the table's CSV and JSON files and how many rows they hold. */
    static void files(StringBuilder html, Table table, String base) {
        String csv = TableFiles.csvName(base, table);
        String json = TableFiles.jsonName(base, table);
        int n = table.size();
        html.append("<p class=\"files\">");
        if (n > AuditHtml.ROWS) {
            html.append("Showing ").append(AuditHtml.ROWS).append(" of ").append(String.format(java.util.Locale.ROOT, "%,d", n))
                    .append(" rows; all of them: ");
        } else {
            html.append(n == 1 ? "This row as data: " : "All " + String.format(java.util.Locale.ROOT, "%,d", n) + " rows: ");
        }
        html.append("<a href=\"").append(csv).append("\">").append(csv).append("</a> · <a href=\"").append(json).append("\">")
                .append(json).append("</a>");
        List<String> hidden = table.columns().stream().filter(c -> !c.shown()).map(Table.Column::name).toList();
        if (!hidden.isEmpty()) {
            html.append(" (with ").append(Html.escape(String.join(", ", hidden))).append(')');
        }
        html.append("</p>\n");
    }
}
