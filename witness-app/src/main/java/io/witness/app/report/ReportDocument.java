package io.witness.app.report;

import java.util.List;
import java.util.Objects;

/**
 * One written report before it is saved: its file name without extension, its title, its XHTML page and
 * the tables its CSV and JSON files hold. Immutable.
 *
 * @param base the file name without extension ({@code monthly-2026-03})
 * @param title the page's title
 * @param html the XHTML page
 * @param tables every table of the page
 */
public record ReportDocument(String base, String title, String html, List<Table> tables) {

    public ReportDocument {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(html, "html");
        tables = List.copyOf(tables);
    }
}
