package io.witness.app.report;

import io.witness.core.coverage.CoverageReport;
import io.witness.core.coverage.CoverageSummary;
import io.witness.core.coverage.cost.MarketComparison;
import io.witness.core.coverage.patch.PatchAgeBuckets;
import io.witness.core.event.Side;
import io.witness.core.finding.Finding;
import io.witness.core.kpi.KpiId;
import io.witness.core.kpi.KpiRow;
import io.witness.core.kpi.ReportingPeriod;
import io.witness.core.pattern.Pattern;
import io.witness.core.pattern.WeeklyHeatmap;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The audit report's sections after the credits: disagreements, coverage, KPIs, patterns, evidence appendix. */
final class AuditSections {

    private AuditSections() {
    }

    static void disagreements(StringBuilder html, Map<String, Table> tables) {
        html.append("<h2 id=\"disagreements\">Where the two sides disagree</h2>\n<p>Each difference between the client's"
                + " and the provider's records of a case, with its explanation from the evidence.</p>\n");
        Table table = tables.get("disagreements");
        if (table.rows().isEmpty()) {
            html.append("<p>The two sides' records tell the same story for every case.</p>\n");
            return;
        }
        TableHtml.append(html, table, AuditTables.BASE);
    }

    static void coverage(StringBuilder html, AuditFacts facts, Map<String, Table> tables) {
        html.append("<h2 id=\"coverage\">Coverage</h2>\n");
        if (facts.coverage().isEmpty()) {
            html.append("<p>No backup, restore, patch, drift or baseline evidence was given, so coverage was not audited.</p>\n"
                    + "<h2 id=\"obligations\">Obligations</h2>\n<p>Not audited without coverage evidence.</p>\n"
                    + "<h2 id=\"cost\">Cost</h2>\n<p>Not benchmarked without price evidence.</p>\n");
            return;
        }
        CoverageReport coverage = facts.coverage().get();
        CoverageSummary s = coverage.summary();
        html.append("<p>As of ").append(coverage.at()).append(" (evidence from ").append(coverage.from()).append("):</p>\n<ul>\n")
                .append("<li>Critical systems backed up: ").append(s.criticalBackedUp()).append(" of ").append(s.criticalSystems())
                .append(" (").append(s.backedUpPercent()).append("%)</li>\n")
                .append("<li>Restore-tested: ").append(s.criticalRestoreTested()).append(" of ").append(s.criticalSystems())
                .append(" (").append(s.restoreTestedPercent()).append("%)</li>\n")
                .append("<li>Configuration drift: ").append(s.driftChanges()).append(" changes on ").append(s.devicesCompared())
                .append(" devices, ").append(s.driftUncovered()).append(" without a change record</li>\n")
                .append("<li>Baseline: ").append(s.baselinePassed()).append(" controls passing, ").append(s.baselineFailed())
                .append(" failing").append(s.baselineScore().map(b -> " (score " + b + "%)").orElse("")).append("</li>\n</ul>\n");
        PatchAgeBuckets p = s.patchAges();
        html.append("<div class=\"chart\">").append(Svg.bars("Devices by age of their oldest missing critical patch",
                List.of("none missing", "< 30 d", "30-59 d", "60-89 d", "90-119 d", "120+ d"),
                new long[] {p.noneMissing(), p.under30(), p.from30(), p.from60(), p.from90(), p.from120()})).append("</div>\n");
        TableHtml.files(html, tables.get("patch-ages"), AuditTables.BASE);
        findingList(html, coverage.findings(), tables.get("coverage-findings"));
        html.append("<h2 id=\"obligations\">Obligations</h2>\n");
        if (s.obligations().isEmpty()) {
            html.append("<p>The contract lists no obligation to check.</p>\n");
        } else {
            html.append("<p>").append(s.obligationsMet()).append(" of ").append(s.obligations().size())
                    .append(" obligations were kept in full.</p>\n");
            TableHtml.append(html, tables.get("obligations"), AuditTables.BASE);
        }
        html.append("<h2 id=\"cost\">Cost</h2>\n<p>Paid for service not delivered: ")
                .append(Html.escape(Headlines.money(s.paidNotDelivered()))).append(".</p>\n");
        for (MarketComparison market : s.market()) {
            html.append("<p>").append(Html.escape(market.provider().value())).append(", ").append(Html.escape(market.unit().wireName()))
                    .append(": ").append(Html.escape(market.position())).append(". ").append(Html.escape(market.note())).append("</p>\n");
        }
        TableHtml.files(html, tables.get("market"), AuditTables.BASE);
    }

    private static void findingList(StringBuilder html, List<Finding> findings, Table table) {
        if (findings.isEmpty()) {
            return;
        }
        html.append("<ul>\n");
        for (int i = 0; i < Math.min(AuditHtml.ROWS, findings.size()); i++) {
            Finding finding = findings.get(i);
            html.append("<li id=\"").append(Html.findingAnchor(finding.id())).append("\">").append(Html.escape(finding.title()))
                    .append(" <span class=\"id\">(").append(Html.escape(finding.id())).append(")</span></li>\n");
        }
        html.append("</ul>\n");
        TableHtml.files(html, table, AuditTables.BASE);
    }

    static void kpis(StringBuilder html, AuditFacts facts, Map<String, Table> tables) {
        html.append("<h2 id=\"kpis\">KPIs</h2>\n");
        List<ReportingPeriod> periods = facts.kpis().periods().periods();
        Map<String, Map<ReportingPeriod, KpiRow>> table = new LinkedHashMap<>();
        for (KpiRow row : facts.kpis().rows(Side.WITNESS)) {
            if (row.priority().isEmpty() && row.dimension().isEmpty()) {
                table.computeIfAbsent(row.provider().value() + ": " + row.kpi().title(), k -> new LinkedHashMap<>())
                        .put(row.period(), row);
            }
        }
        if (table.isEmpty()) {
            html.append("<p>No KPI could be computed for these months.</p>\n");
            return;
        }
        List<String> labels = periods.stream().map(ReportingPeriod::toString).toList();
        List<Svg.Series> series = new ArrayList<>();
        table.forEach((name, cells) -> {
            KpiRow any = cells.values().iterator().next();
            if (any.kpi() == KpiId.SLA_ATTAINMENT || any.kpi() == KpiId.FIRST_TIME_FIX || any.kpi() == KpiId.REOPEN_RATE) {
                double[] values = new double[periods.size()];
                for (int i = 0; i < periods.size(); i++) {
                    KpiRow row = cells.get(periods.get(i));
                    values[i] = row == null ? Double.NaN : row.value().figure().orElse(Double.NaN);
                }
                series.add(new Svg.Series(name.substring(name.indexOf(':') + 2), values));
            }
        });
        if (!series.isEmpty()) {
            html.append("<div class=\"chart\">").append(Svg.percentLines("KPI trends (witnessed timeline)", labels, series))
                    .append("</div>\n");
        }
        TableHtml.append(html, tables.get("kpis"), AuditTables.BASE);
    }

    static void patterns(StringBuilder html, AuditFacts facts, Map<String, Table> tables) {
        html.append("<h2 id=\"patterns\">Patterns</h2>\n");
        if (facts.patterns().isEmpty()) {
            html.append("<p>No pattern stood out.</p>\n");
            return;
        }
        html.append("<ul>\n");
        for (Pattern pattern : facts.patterns()) {
            html.append("<li>").append(Html.escape(pattern.sentence())).append("</li>\n");
        }
        html.append("</ul>\n");
        TableHtml.files(html, tables.get("patterns"), AuditTables.BASE);
        for (Pattern pattern : facts.patterns()) {
            if (pattern instanceof WeeklyHeatmap heatmap) {
                List<String> days = new ArrayList<>();
                for (DayOfWeek day : DayOfWeek.values()) {
                    days.add(day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
                }
                List<String> hours = new ArrayList<>();
                for (int h = 0; h < 24; h++) {
                    hours.add(String.format(Locale.ROOT, "%02d", h));
                }
                long[][] cells = new long[7][24];
                for (int d = 0; d < 7; d++) {
                    for (int h = 0; h < 24; h++) {
                        cells[d][h] = heatmap.cells().get(d).get(h);
                    }
                }
                html.append("<div class=\"chart\">").append(Svg.heatmap("Cases opened by weekday and hour ("
                        + heatmap.provider().value() + ", " + heatmap.zone().getId() + ")", days, hours, cells)).append("</div>\n");
            }
        }
    }

    static void evidence(StringBuilder html, AuditFacts facts) {
        html.append("<h2 id=\"evidence\">Evidence appendix</h2>\n");
        if (facts.seal().isPresent()) {
            html.append("<p>Every figure in this report was computed from the observations committed to by this signed"
                    + " checkpoint of the tenant's ledger:</p>\n<pre>").append(Html.escape(facts.seal().get().checkpoint()))
                    .append("</pre>\n<p>The public key that verifies its signature:</p>\n<pre>")
                    .append(Html.escape(facts.seal().get().publicKey())).append("</pre>\n");
        } else {
            html.append("<p>These figures were computed from an events file, not from a ledger, so no signed checkpoint"
                    + " stands behind them. Import the exports with <code>./witness import</code> to have one.</p>\n");
        }
        html.append("<p>To check any figure: find its finding in the register (each names its cases and observations), then"
                + " ask for the evidence pack of its case and verify it offline, with no database and without trusting"
                + " Witness:</p>\n<pre>./witness proof --tenant TENANT --case CASE --out case.zip\n./witness verify-pack case.zip --key witness-key.pem</pre>\n")
                .append("<p>The pack holds the observations' raw bytes as received, each one's Merkle inclusion proof in the"
                        + " checkpoint's tree, the checkpoint, its signature and the public key (docs/evidence-pack.md).</p>\n");
    }
}
