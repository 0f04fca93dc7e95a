package io.witness.app.report;

import io.witness.core.contract.Money;
import io.witness.core.contract.Party;
import io.witness.core.coverage.CoverageReport;
import io.witness.core.coverage.audit.ObligationCheck;
import io.witness.core.credit.CreditStatement;
import io.witness.core.finding.Finding;
import io.witness.core.finding.FindingKind;
import io.witness.core.kpi.KpiId;
import io.witness.core.kpi.KpiRow;
import io.witness.core.pattern.Pattern;
import io.witness.core.pattern.RecurringIssue;
import io.witness.core.pattern.WeeklyHeatmap;
import io.witness.core.register.AnnotationStatus;
import io.witness.core.register.GapRecord;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The quarterly business review pack of one quarter, built from the evidence: the quarter's months as
 * trends (SVG charts and a table), the top recurring problems, the credits of the quarter, the obligations
 * kept and missed, the service gaps still open and the recommendations that follow, each with the findings
 * behind it.
 */
final class QbrReport {

    private QbrReport() {
    }

    static String label(YearMonth quarterStart) {
        return quarterStart.getYear() + "-Q" + ((quarterStart.getMonthValue() - 1) / 3 + 1);
    }

    /** @param quarter the quarter's first month */
    static ReportDocument of(AuditReport report, YearMonth quarter) {
        AuditFacts facts = report.facts();
        YearMonth from = quarter.isBefore(facts.first()) ? facts.first() : quarter;
        YearMonth to = quarter.plusMonths(2).isAfter(facts.last()) ? facts.last() : quarter.plusMonths(2);
        PeriodFigures figures = new PeriodFigures(report);
        String label = label(quarter);
        ReportPage page = new ReportPage("qbr-" + label, "Quarterly business review: " + facts.tenant() + ", " + label, facts,
                "The quarter's service from the evidence, months " + from + " to " + to);
        StringBuilder html = page.html();
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            months.add(m);
        }
        List<ComplianceRow> rows = figures.compliance(from, to);
        long[] tally = PeriodFigures.tally(rows);
        List<CreditStatement> credits = facts.credits().stream().filter(s -> overlaps(s.period().startInclusive(),
                s.period().endExclusive(), from, to)).toList();
        BigDecimal owed = BigDecimal.ZERO;
        for (CreditStatement s : credits) {
            owed = owed.add(s.owed().amount());
        }
        LocalDate end = to.plusMonths(1).atDay(1);
        List<GapRecord> open = facts.gaps().stream().filter(g -> (g.status() == AnnotationStatus.OPEN
                || g.status() == AnnotationStatus.DISPUTED) && g.finding().at().isBefore(end.atStartOfDay(figures.zone()).toInstant())
                && figures.in(g.finding().at(), from, to)).toList();
        List<RecurringIssue> recurring = new ArrayList<>();
        for (Pattern p : facts.patterns()) {
            if (p instanceof RecurringIssue r && !r.last().isBefore(from.atDay(1)) && r.first().isBefore(end)) {
                recurring.add(r);
            }
        }
        recurring.sort((a, b) -> Integer.compare(b.cases().size(), a.cases().size()));
        List<Finding> coverage = facts.coverage().map(CoverageReport::findings).orElse(List.of()).stream()
                .filter(f -> figures.in(f.at(), from, to)).toList();
        Map<String, List<String>> byCase = findingsByCase(facts.gaps());
        Table recommendations = recommendations(page, rows, recurring, credits, facts, coverage, byCase, figures, from,
                to);

        page.section("summary", "The quarter in brief");
        html.append("<ul>\n<li><a href=\"#trends\">SLA attainment ").append(Html.percent(tally[1], tally[0]))
                .append("</a>: ").append(tally[1]).append(" of ").append(tally[0]).append(" clocks met over ").append(months.size())
                .append(" months.</li>\n<li><a href=\"#credits\">Credits owed for the quarter's periods: ")
                .append(Html.escape(Headlines.money(new Money(owed, facts.contract().header().currency())))).append("</a>.</li>\n")
                .append("<li><a href=\"#patterns\">").append(recurring.size()).append(" recurring problems</a>; <a href=\"#gaps\">")
                .append(open.size()).append(" service gaps of the quarter still open</a>.</li>\n<li><a href=\"#recommendations\">")
                .append(recommendations.rows().size()).append(" recommendations</a>.</li>\n</ul>\n");

        page.section("trends", "Trends over the quarter");
        List<String> labels = months.stream().map(YearMonth::toString).toList();
        Map<String, long[][]> byClock = new LinkedHashMap<>();
        for (ComplianceRow row : rows) {
            long[][] t = byClock.computeIfAbsent(row.provider() + " " + row.priority() + " " + row.clock(), k -> new long[months.size()][2]);
            int i = months.indexOf(row.month());
            t[i][0] += row.counted();
            t[i][1] += row.met();
        }
        List<Svg.Series> series = new ArrayList<>();
        byClock.forEach((name, t) -> {
            double[] values = new double[months.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = t[i][0] == 0 ? Double.NaN : (double) t[i][1] / t[i][0];
            }
            series.add(new Svg.Series(name, values));
        });
        if (!series.isEmpty()) {
            html.append("<div class=\"chart\">").append(Svg.percentLines("SLA attainment by month, priority and clock", labels,
                    series.subList(0, Math.min(8, series.size())))).append("</div>\n");
        }
        List<Svg.Series> rates = new ArrayList<>();
        long[] opened = new long[months.size()];
        for (Party provider : facts.contract().parties().providers()) {
            for (KpiId id : List.of(KpiId.SLA_ATTAINMENT, KpiId.FIRST_TIME_FIX, KpiId.REOPEN_RATE)) {
                double[] values = new double[months.size()];
                boolean any = false;
                for (int i = 0; i < months.size(); i++) {
                    Optional<KpiRow> row = figures.kpi(provider.id(), months.get(i), id);
                    values[i] = row.map(r -> r.value().figure().orElse(Double.NaN)).orElse(Double.NaN);
                    any |= !Double.isNaN(values[i]);
                }
                if (any) {
                    rates.add(new Svg.Series(id.title(), values));
                }
            }
            for (int i = 0; i < months.size(); i++) {
                opened[i] += figures.count(provider.id(), months.get(i), KpiId.VOLUME).orElse(0L);
            }
        }
        if (!rates.isEmpty()) {
            html.append("<div class=\"chart\">").append(Svg.percentLines("KPI trends (witnessed timeline)", labels, rates))
                    .append("</div>\n");
        }
        html.append("<div class=\"chart\">").append(Svg.bars("Cases opened by month", labels, opened)).append("</div>\n");
        Table.Builder trend = new Table.Builder("trends").columns("month").numbers("opened", "backlog at end", "counted", "met",
                "breached", "attainment");
        for (int i = 0; i < months.size(); i++) {
            YearMonth m = months.get(i);
            List<ComplianceRow> of = figures.compliance(m, m);
            long[] t = PeriodFigures.tally(of);
            long backlog = 0;
            for (Party provider : facts.contract().parties().providers()) {
                backlog += figures.count(provider.id(), m, KpiId.BACKLOG).orElse(0L);
            }
            List<String> breaches = PeriodFigures.breaches(of);
            Object breached = breaches.isEmpty() ? t[0] - t[1] : Table.Cell.link(t[0] - t[1], "#" + Html.findingAnchor(breaches.get(0)));
            breaches.forEach(page::cite);
            trend.row(m, opened[i], backlog, t[0], t[1], breached, Html.percent(t[1], t[0]));
        }
        page.table(trend.build());

        page.section("patterns", "Top recurring problems");
        page.table(recurring("recurring", recurring, byCase, page));
        List<Pattern> others = facts.patterns().stream().filter(p -> !(p instanceof RecurringIssue) && !(p instanceof WeeklyHeatmap))
                .toList();
        if (!others.isEmpty()) {
            page.paragraph("What else the cases of the whole audit show:");
            page.table(AuditTables.patterns("patterns", others));
        }

        page.section("credits", "Credits of the quarter");
        page.table(AuditTables.credits("credits", credits));
        page.table(AuditTables.creditLines("credit-lines", credits));
        page.table(AuditTables.creditCases("credit-cases", credits));
        AuditTables.arithmetic(html, credits);

        page.section("obligations", "Obligations kept and missed");
        if (facts.coverage().isEmpty()) {
            page.paragraph("No obligation evidence was given, so obligations were not audited.");
        } else {
            CoverageReport c = facts.coverage().get();
            page.paragraph(c.summary().obligationsMet() + " of " + c.summary().obligations().size()
                    + " obligations were kept in full over the whole audit (" + c.from() + " to " + c.at() + ").");
            page.table(AuditTables.obligations("obligations", c.summary().obligations()));
            page.paragraph("Coverage findings dated in the quarter:");
            Table.Builder found = new Table.Builder("coverage-findings").columns("finding", "kind", "severity", "title");
            coverage.forEach(f -> found.row(page.cite(f.id()), f.kind().code(), f.severity().wireName(), f.title()));
            page.table(found.build());
        }

        page.section("gaps", "Open service gaps");
        page.paragraph("Findings of the quarter's months that no annotation has accepted or credited.");
        Table.Builder gaps = new Table.Builder("open-gaps").columns("finding", "category", "severity", "status", "date", "title")
                .numbers("cost");
        for (GapRecord g : open) {
            gaps.row(page.cite(g.finding().id()), g.category().wireName(), g.finding().severity().wireName(), g.status().wireName(),
                    LocalDate.ofInstant(g.finding().at(), figures.zone()), g.finding().title(), AuditTables.cost(g));
        }
        page.table(gaps.build());

        page.section("recommendations", "Recommendations");
        page.table(recommendations);
        return page.finish();
    }

    private static boolean overlaps(LocalDate start, LocalDate endExclusive, YearMonth from, YearMonth to) {
        return start.isBefore(to.plusMonths(1).atDay(1)) && endExclusive.isAfter(from.atDay(1));
    }

    /** The register's finding ids by the cases their evidence names. */
    static Map<String, List<String>> findingsByCase(List<GapRecord> gaps) {
        Map<String, List<String>> byCase = new LinkedHashMap<>();
        for (GapRecord g : gaps) {
            g.finding().evidence().stream().filter(e -> e.kind().equals("case"))
                    .forEach(e -> byCase.computeIfAbsent(e.id(), k -> new ArrayList<>()).add(g.finding().id()));
        }
        return byCase;
    }

    /** The recurring issues as a table: what the cases share, how many, when, and the findings of their cases. */
    static Table recurring(String name, List<RecurringIssue> issues, Map<String, List<String>> byCase, ReportPage page) {
        Table.Builder t = new Table.Builder(name).columns("provider", "shared", "value").numbers("cases")
                .columns("first", "last").hidden("case ids").columns("findings");
        for (RecurringIssue r : issues) {
            t.row(r.provider().value(), r.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '), r.value(),
                    r.cases().size(), r.first(), r.last(), String.join(" ", r.cases().stream().map(c -> c.value()).toList()),
                    findingsCell(page, findingsOf(r, byCase)));
        }
        return t.build();
    }

    static List<String> findingsOf(RecurringIssue issue, Map<String, List<String>> byCase) {
        List<String> ids = new ArrayList<>();
        issue.cases().forEach(c -> ids.addAll(byCase.getOrDefault(c.value(), List.of())));
        return ids;
    }

    /** A table cell of finding ids, linking to the first; empty text when there is none. */
    static Object findingsCell(ReportPage page, List<String> ids) {
        // the HTML links the first TableHtml.LISTED ids of a list; the rest are in the table's files
        ids.subList(0, Math.min(TableHtml.LISTED, ids.size())).forEach(page::cite);
        return ids.isEmpty() ? "" : Table.Cell.link(String.join(" ", ids), "#" + Html.findingAnchor(ids.get(0)));
    }

    /** A table cell of a count linking to the first of the findings, all of which are cited. */
    static Object findingsCellCount(ReportPage page, List<String> ids, long count) {
        page.cite(ids.get(0));
        return Table.Cell.link(count, "#" + Html.findingAnchor(ids.get(0)));
    }

    private static Table recommendations(ReportPage page, List<ComplianceRow> rows, List<RecurringIssue> recurring,
            List<CreditStatement> credits, AuditFacts facts, List<Finding> coverage, Map<String, List<String>> byCase,
            PeriodFigures figures, YearMonth from, YearMonth to) {
        Table.Builder t = new Table.Builder("recommendations").columns("recommendation", "because", "findings");
        Map<String, List<ComplianceRow>> byClock = new LinkedHashMap<>();
        rows.forEach(r -> byClock.computeIfAbsent(r.provider() + " " + r.priority() + " " + r.clock(), k -> new ArrayList<>()).add(r));
        byClock.forEach((clock, of) -> {
            long[] tally = PeriodFigures.tally(of);
            if (tally[1] < tally[0]) {
                t.row("Ask for a remediation plan for " + clock, Html.percent(tally[1], tally[0]) + " attained (" + tally[1] + " of "
                        + tally[0] + " met), " + (tally[0] - tally[1]) + " breached", findingsCell(page, PeriodFigures.breaches(of)));
            }
        });
        for (RecurringIssue r : recurring.subList(0, Math.min(5, recurring.size()))) {
            t.row("Ask for a root-cause analysis of " + r.value(), r.sentence(), findingsCell(page, findingsOf(r, byCase)));
        }
        for (CreditStatement s : credits) {
            if (s.owed().amount().signum() > 0) {
                List<String> ids = new ArrayList<>();
                for (CreditStatement.BreachLine line : s.breaches()) {
                    line.cases().forEach(c -> ClaimReport.breachFinding(byCase.getOrDefault(c, List.of()), c, line.clock())
                            .ifPresent(ids::add));
                }
                t.row("Claim the credits of " + s.provider().value() + " " + s.period().label() + s.claimBy().map(d -> " by " + d)
                        .orElse(""), Headlines.money(s.owed()) + " owed after caps", findingsCell(page, ids));
            }
        }
        if (facts.coverage().isPresent()) {
            for (ObligationCheck check : facts.coverage().get().summary().obligations()) {
                if (!check.met()) {
                    List<String> ids = coverage.stream().filter(f -> f.clause().filter(check.section()::equals).isPresent())
                            .map(Finding::id).toList();
                    t.row("Hold " + check.provider().value() + " to " + check.obligation().value() + " (section " + check.section() + ")",
                            check.detail(), findingsCell(page, ids));
                }
            }
        }
        FindingKind disagreement = new FindingKind("clock-disagreement");
        List<String> disagreements = facts.gaps().stream().filter(g -> g.finding().kind().equals(disagreement)
                && figures.in(g.finding().at(), from, to))
                .map(g -> g.finding().id()).toList();
        if (!disagreements.isEmpty()) {
            t.row("Agree with the provider which record starts and pauses each clock", "the two sides' clocks disagree on "
                    + disagreements.size() + " clocks this quarter", findingsCell(page, disagreements));
        }
        return t.build();
    }
}
