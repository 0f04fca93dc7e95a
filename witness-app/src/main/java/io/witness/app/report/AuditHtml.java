package io.witness.app.report;

import io.witness.core.credit.CreditStatement;
import io.witness.core.register.GapRecord;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The independent audit report as one self-contained XHTML page (well-formed XML, so a browser and
 * openhtmltopdf read the same text): executive summary, SLA compliance with its trend chart,
 * disagreements, the service-gap register, credits with their arithmetic, coverage, obligations, KPIs,
 * patterns, cost and the evidence appendix. Every figure that rests on findings links to them by anchor
 * ({@code #f-…}); every text from the evidence is escaped. Long tables stop at {@link #ROWS} rows and say
 * how many more the CSV and JSON files hold.
 */
public final class AuditHtml {

    /** The most rows a table shows. */
    static final int ROWS = 500;

    /** The most cases a per-breach credit line lists; the credit-cases files hold them all. */
    static final int CASES = 20;

    private AuditHtml() {
    }

    /** The report as an XHTML page, UTF-8 text starting {@code <!DOCTYPE html>}. */
    public static String render(AuditReport report) {
        return render(report, AuditTables.of(report));
    }

    /** The report as an XHTML page showing the tables given, as {@link AuditTables#of} builds them. */
    static String render(AuditReport report, Map<String, Table> tables) {
        AuditFacts facts = report.facts();
        StringBuilder html = new StringBuilder(64 * 1024);
        String title = title(facts);
        html.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>")
                .append(Html.escape(title)).append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        html.append("<h1>").append(Html.escape(title)).append("</h1>\n<p class=\"meta\">Contract ")
                .append(Html.escape(facts.contract().header().id().value())).append(facts.contract().header().title().isEmpty() ? ""
                        : " (" + Html.escape(facts.contract().header().title()) + ")")
                .append(" · months ").append(facts.first()).append(" to ").append(facts.last()).append(" · computed as of ")
                .append(facts.now()).append(" · times in ").append(Html.escape(facts.contract().header().zone().getId()))
                .append("</p>\n");
        summary(html, report);
        compliance(html, report, tables);
        AuditSections.disagreements(html, tables);
        register(html, facts.gaps(), tables);
        credits(html, facts.credits(), tables);
        AuditSections.coverage(html, facts, tables);
        AuditSections.kpis(html, facts, tables);
        AuditSections.patterns(html, facts, tables);
        AuditSections.evidence(html, facts);
        return html.append("</body>\n</html>\n").toString();
    }

    /** The report's title: {@code Independent audit report: } and the tenant's name. */
    static String title(AuditFacts facts) {
        return "Independent audit report: " + facts.tenant();
    }

    private static void summary(StringBuilder html, AuditReport report) {
        Headlines h = report.headlines();
        html.append("<h2 id=\"summary\">Executive summary</h2>\n<div class=\"headline\">")
                .append("<div><span class=\"figure\" id=\"headline-attainment\">").append(h.attainment())
                .append("</span><br/>SLA attainment</div>")
                .append("<div><span class=\"figure\" id=\"headline-credits\">").append(Html.escape(h.credits()))
                .append("</span><br/>credits owed</div>")
                .append("<div><span class=\"figure\" id=\"headline-findings\">").append(h.findings())
                .append("</span><br/>findings</div></div>\n<ol class=\"five\">\n");
        for (String sentence : fiveThings(report)) {
            html.append("<li>").append(sentence).append("</li>\n");
        }
        html.append("</ol>\n");
    }

    /** The five things that matter, as HTML sentences (their evidence text escaped), with money where there is some. */
    static List<String> fiveThings(AuditReport report) {
        Headlines h = report.headlines();
        List<String> five = new ArrayList<>();
        five.add("<a href=\"#compliance\">SLA attainment was " + h.attainment() + "</a>: " + h.met() + " of " + h.counted()
                + " clocks met their targets as Witness measured them from both sides' records, across "
                + h.cases() + " cases.");
        five.add("<a href=\"#credits\">The provider owes " + Html.escape(h.credits()) + " in service credits</a> under the"
                + " contract's own formula, after its caps.");
        StringBuilder categories = new StringBuilder();
        h.byCategory().forEach((c, n) -> categories.append(categories.length() == 0 ? "" : ", ").append(n).append(' ')
                .append(Html.escape(c)));
        five.add("<a href=\"#register\">" + h.findings() + " findings</a> are in the service-gap register" + (h.findings() == 0
                ? "." : " (" + categories + "), " + h.critical() + " of them critical" + h.businessImpact()
                        .map(m -> "; the business impact the evidence puts a figure on is " + Html.escape(Headlines.money(m)))
                        .orElse("") + "."));
        five.add("<a href=\"#disagreements\">The two sides' records disagree on " + h.disagreements() + " clocks</a>;"
                + " each difference is explained below from the evidence, and the contract's clock is computed by"
                + " Witness itself, never taken from either side.");
        five.add("<a href=\"#coverage\">" + coverageLine(report.facts()) + "</a>");
        return five;
    }

    private static String coverageLine(AuditFacts facts) {
        return facts.coverage().map(c -> "Of " + c.summary().criticalSystems() + " critical systems, "
                + c.summary().backedUpPercent() + "% were backed up and " + c.summary().restoreTestedPercent()
                + "% restore-tested; " + c.summary().obligationsMet() + " of " + c.summary().obligations().size()
                + " obligations kept; " + Html.escape(Headlines.money(c.summary().paidNotDelivered()))
                + " paid for service not delivered; " + c.findings().size() + " coverage findings.")
                .orElse("No backup, patch or configuration evidence was given, so coverage was not audited.");
    }

    private static void compliance(StringBuilder html, AuditReport report, Map<String, Table> tables) {
        html.append("<h2 id=\"compliance\">SLA compliance</h2>\n<p>Per provider, priority, clock and month on the witnessed"
                + " timeline: a clock counts in the month it stopped (met) or breached. Breaches link to their findings.</p>\n");
        TreeSet<YearMonth> months = new TreeSet<>();
        Map<String, Map<YearMonth, int[]>> byClock = new LinkedHashMap<>();
        for (ComplianceRow row : report.compliance()) {
            months.add(row.month());
            int[] t = byClock.computeIfAbsent(row.provider() + " " + row.clock(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(row.month(), k -> new int[2]);
            t[0] += row.counted();
            t[1] += row.met();
        }
        if (!months.isEmpty()) {
            List<String> labels = months.stream().map(YearMonth::toString).toList();
            List<Svg.Series> series = new ArrayList<>();
            byClock.forEach((name, tallies) -> {
                double[] values = new double[labels.size()];
                int i = 0;
                for (YearMonth month : months) {
                    int[] t = tallies.get(month);
                    values[i++] = t == null ? Double.NaN : (double) t[1] / t[0];
                }
                series.add(new Svg.Series(name, values));
            });
            html.append("<div class=\"chart\">").append(Svg.percentLines("SLA attainment by month", labels, series)).append("</div>\n");
        }
        TableHtml.append(html, tables.get("compliance"), AuditTables.BASE);
    }

    private static void register(StringBuilder html, List<GapRecord> gaps, Map<String, Table> tables) {
        html.append("<h2 id=\"register\">Service-gap register</h2>\n");
        if (gaps.isEmpty()) {
            html.append("<p>No service gap was found.</p>\n");
            return;
        }
        html.append("<table>\n<thead><tr><th>finding</th><th>category</th><th>severity</th><th>status</th><th>promised</th>"
                + "<th>actual</th><th>cost</th></tr></thead>\n");
        java.util.Set<String> anchored = new java.util.HashSet<>();
        for (int i = 0; i < Math.min(ROWS, gaps.size()); i++) {
            GapRecord gap = gaps.get(i);
            html.append("<tr id=\"").append(Html.findingAnchor(gap.finding().id())).append("\"><td>");
            for (io.witness.core.finding.EvidenceRef ref : gap.finding().evidence()) {
                if (ref.kind().equals("case") && anchored.add(ref.id())) {
                    html.append("<a id=\"").append(Html.caseAnchor(ref.id())).append("\"></a>");
                }
            }
            html
                    .append(Html.escape(gap.finding().title())).append("<br/><span class=\"id\">")
                    .append(Html.escape(gap.finding().id())).append(" · evidence: ")
                    .append(Html.escape(String.join(", ", gap.finding().evidence().stream().map(Object::toString).toList())))
                    .append("</span></td><td>").append(Html.escape(gap.category().wireName()))
                    .append("</td><td>").append(gap.finding().severity().wireName()).append("</td><td>")
                    .append(gap.status().wireName()).append("</td><td>").append(Html.escape(gap.promised().orElse("")))
                    .append("</td><td>").append(Html.escape(gap.actual().orElse(""))).append("</td><td class=\"n\">")
                    .append(Html.escape(gap.impact().map(c -> Headlines.money(c.total()))
                            .or(() -> gap.finding().cost().map(Headlines::money)).orElse("")))
                    .append("</td></tr>\n");
        }
        html.append("</table>\n");
        TableHtml.files(html, tables.get("register"), AuditTables.BASE);
    }

    private static void credits(StringBuilder html, List<CreditStatement> credits, Map<String, Table> tables) {
        html.append("<h2 id=\"credits\">Credits owed</h2>\n");
        if (credits.isEmpty()) {
            html.append("<p>The contract sets no service credits for these months.</p>\n");
            return;
        }
        for (CreditStatement statement : credits) {
            html.append("<h3>").append(Html.escape(statement.provider().value())).append(", ")
                    .append(Html.escape(statement.period().label())).append(": ").append(Html.escape(Headlines.money(statement.owed())))
                    .append(" owed</h3>\n<ol class=\"arithmetic\">\n");
            for (String step : statement.arithmetic()) {
                html.append("<li>").append(Html.escape(ArithmeticStep.shown(step))).append("</li>\n");
            }
            html.append("</ol>\n");
            for (CreditStatement.BreachLine line : statement.breaches()) {
                html.append("<p>Section ").append(Html.escape(line.clause().toString())).append(", ").append(Html.escape(line.clock()))
                        .append(": ");
                for (String kase : line.cases().subList(0, Math.min(CASES, line.cases().size()))) {
                    html.append("<a href=\"#").append(Html.caseAnchor(kase)).append("\">").append(Html.escape(kase)).append("</a> ");
                }
                if (line.cases().size() > CASES) {
                    html.append("… and ").append(String.format(java.util.Locale.ROOT, "%,d", line.cases().size() - CASES))
                            .append(" more (<a href=\"").append(AuditTables.BASE).append(".credit-cases.csv\">")
                            .append(AuditTables.BASE).append(".credit-cases.csv</a>) ");
                }
                html.append("× ").append(Html.escape(Headlines.money(line.each()))).append(" = ")
                        .append(Html.escape(Headlines.money(line.amount()))).append("</p>\n");
            }
            statement.chronicFailure().ifPresent(c -> html.append("<p class=\"warn\">").append(Html.escape(c)).append("</p>\n"));
            statement.claimBy().ifPresent(d -> html.append("<p>Claim by ").append(d).append(".</p>\n"));
        }
        TableHtml.files(html, tables.get("credits"), AuditTables.BASE);
        TableHtml.files(html, tables.get("credit-lines"), AuditTables.BASE);
        TableHtml.files(html, tables.get("credit-cases"), AuditTables.BASE);
    }

    static final String STYLE = """
            body{font-family:sans-serif;font-size:10pt;max-width:60em;margin:1.5em auto;color:#222}
            h1{font-size:18pt}h2{font-size:14pt;border-bottom:1px solid #999;margin-top:1.6em}h3{font-size:11pt}
            .meta{color:#555}.headline div{display:inline-block;width:30%;text-align:center;margin:0.5em 0}
            .figure{font-size:20pt;font-weight:bold}table{border-collapse:collapse;width:100%;margin:0.5em 0}
            th,td{border:1px solid #ccc;padding:2px 4px;text-align:left;vertical-align:top}
            td.n{text-align:right}.id{font-family:monospace;font-size:7pt;color:#555;word-wrap:break-word}
            tr,.chart,.headline{page-break-inside:avoid}thead{display:table-header-group}table{-fs-table-paginate:paginate}
            .warn{color:#a00}.more{color:#555;font-style:italic}pre{font-size:8pt;white-space:pre-wrap;word-wrap:break-word}
            .chart{margin:0.5em 0}.files{color:#555;font-size:8pt}.letter p{margin:0.5em 0}
            h2,h3{page-break-after:avoid}td.n{white-space:nowrap}td.ids{width:28%}td.ev{width:24%;font-size:7pt}a.id{font-family:monospace;font-size:7pt;word-wrap:break-word}
            """;
}
