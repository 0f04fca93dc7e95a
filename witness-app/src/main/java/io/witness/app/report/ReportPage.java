package io.witness.app.report;

import io.witness.core.finding.EvidenceRef;
import io.witness.core.finding.Finding;
import io.witness.core.register.GapRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One report being written: the page's head, its sections and tables, the findings its figures cite, and
 * at the end the table of those findings (each anchored {@code #f-<id>}, as in the audit report's register)
 * and the evidence appendix. A figure cites a finding through {@link #cite}, which links to that table.
 */
final class ReportPage {

    private final String base;
    private final AuditFacts facts;
    private final StringBuilder html = new StringBuilder(32 * 1024);
    private final Map<String, GapRecord> gaps = new HashMap<>();
    private final Map<String, Finding> coverage = new HashMap<>();
    private final Set<String> cited = new LinkedHashSet<>();
    private final List<Table> tables = new ArrayList<>();
    private final String title;

    /**
     * @param base the file name without extension, which the table files' names start with
     * @param title the page's title
     * @param facts the audit's facts
     * @param about the line under the title: what the report covers
     */
    ReportPage(String base, String title, AuditFacts facts, String about) {
        this.base = base;
        this.facts = facts;
        this.title = title;
        for (GapRecord gap : facts.gaps()) {
            gaps.put(gap.finding().id(), gap);
        }
        facts.coverage().ifPresent(c -> c.findings().forEach(f -> coverage.put(f.id(), f)));
        html.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>")
                .append(Html.escape(title)).append("</title>\n<style>\n").append(AuditHtml.STYLE).append("</style>\n</head>\n<body>\n")
                .append("<h1>").append(Html.escape(title)).append("</h1>\n<p class=\"meta\">").append(Html.escape(about))
                .append(" · contract ").append(Html.escape(facts.contract().header().id().value()))
                .append(" · computed as of ").append(facts.now()).append(" · times in ")
                .append(Html.escape(facts.contract().header().zone().getId())).append("</p>\n");
    }

    AuditFacts facts() {
        return facts;
    }

    StringBuilder html() {
        return html;
    }

    /** Appends a section heading with its anchor. */
    ReportPage section(String id, String heading) {
        html.append("<h2 id=\"").append(id).append("\">").append(Html.escape(heading)).append("</h2>\n");
        return this;
    }

    /** Appends a paragraph of HTML (its evidence text already escaped). */
    ReportPage paragraph(String innerHtml) {
        html.append("<p>").append(innerHtml).append("</p>\n");
        return this;
    }

    /** Appends the table with the line naming its files, and keeps it to be written as CSV and JSON. */
    ReportPage table(Table table) {
        TableHtml.append(html, table, base);
        tables.add(table);
        return this;
    }

    /** The finding in the register or the coverage audit, if either holds it. */
    Optional<GapRecord> gap(String id) {
        return Optional.ofNullable(gaps.get(id));
    }

    /** A cell of the finding's id linking to its row in the findings cited. */
    Table.Cell cite(String findingId) {
        cited.add(findingId);
        return Table.Cell.link(findingId, "#" + Html.findingAnchor(findingId));
    }

    /** A link (HTML) to the finding's row in the findings cited, its text the finding's id. */
    String citeLink(String findingId) {
        cited.add(findingId);
        return "<a href=\"#" + Html.findingAnchor(findingId) + "\">" + Html.escape(findingId) + "</a>";
    }

    /** Links to the first {@link TableHtml#LISTED} findings, separated by commas, and how many more; {@code none} when there is none. */
    String citeLinks(List<String> findingIds) {
        if (findingIds.isEmpty()) {
            return "none";
        }
        List<String> links = new ArrayList<>();
        findingIds.subList(0, Math.min(TableHtml.LISTED, findingIds.size())).forEach(id -> links.add(citeLink(id)));
        int more = findingIds.size() - links.size();
        return String.join(", ", links) + (more > 0 ? " and " + more + " more" : "");
    }

    /** The page, ending with the findings cited and the evidence appendix. */
    ReportDocument finish() {
        section("findings", "Findings cited");
        html.append("<p>Each finding a figure of this report rests on, as the service-gap register or the coverage audit"
                + " states it; its evidence names the cases and observations to check with <code>./witness proof</code>.</p>\n");
        Table.Builder rows = new Table.Builder("findings").columns("finding", "title", "category", "severity", "status", "date")
                .numbers("cost").columns("evidence");
        for (String id : cited) {
            GapRecord gap = gaps.get(id);
            Finding finding = gap != null ? gap.finding() : coverage.get(id);
            if (finding == null) {
                rows.anchoredRow(Html.findingAnchor(id), id, "not in the register", "", "", "", "", "", "");
                continue;
            }
            String cost = gap != null ? gap.impact().map(c -> Headlines.money(c.total()))
                    .or(() -> finding.cost().map(Headlines::money)).orElse("") : finding.cost().map(Headlines::money).orElse("");
            rows.anchoredRow(Html.findingAnchor(id), id, finding.title(),
                    gap != null ? gap.category().wireName() : finding.kind().code(), finding.severity().wireName(),
                    gap != null ? gap.status().wireName() : "open", LocalDate.ofInstant(finding.at(), facts.contract().header().zone()),
                    cost,
                    String.join(" ", finding.evidence().stream().map(EvidenceRef::toString).toList()));
        }
        table(rows.build());
        AuditSections.evidence(html, facts);
        html.append("</body>\n</html>\n");
        return new ReportDocument(base, title, html.toString(), tables);
    }
}
