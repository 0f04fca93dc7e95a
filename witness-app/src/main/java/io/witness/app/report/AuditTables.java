package io.witness.app.report;

import io.witness.core.coverage.audit.ObligationCheck;
import io.witness.core.coverage.cost.MarketComparison;
import io.witness.core.coverage.patch.PatchAgeBuckets;
import io.witness.core.credit.CreditStatement;
import io.witness.core.event.Side;
import io.witness.core.finding.EvidenceRef;
import io.witness.core.finding.Finding;
import io.witness.core.kpi.KpiRow;
import io.witness.core.kpi.ReportingPeriod;
import io.witness.core.pattern.Pattern;
import io.witness.core.reconcile.CaseReport;
import io.witness.core.reconcile.Difference;
import io.witness.core.register.GapRecord;
import io.witness.core.register.ImpactCost;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The independent audit report's tables, as its HTML shows them and its CSV and JSON files hold them
 * (docs/audit.md lists their columns): compliance, disagreements, register, credits and their lines,
 * coverage findings, patch ages, obligations, market comparison, KPIs and patterns. The builders are
 * shared with the other reports, which show the same tables over fewer months.
 */
final class AuditTables {

    static final String BASE = "audit-report";

    private final Map<String, Table> tables = new LinkedHashMap<>();

    private AuditTables(AuditReport report) {
        AuditFacts facts = report.facts();
        put(compliance("compliance", report.compliance()));
        put(disagreements(facts.reports()));
        put(register("register", facts.gaps(), facts.contract().header().zone()));
        put(credits("credits", facts.credits()));
        put(creditLines("credit-lines", facts.credits()));
        put(creditCases("credit-cases", facts.credits()));
        facts.coverage().ifPresent(c -> {
            put(coverageFindings("coverage-findings", c.findings(), facts.contract().header().zone()));
            PatchAgeBuckets p = c.summary().patchAges();
            put(new Table.Builder("patch-ages").columns("oldest missing critical patch").numbers("devices")
                    .row("none missing", p.noneMissing()).row("< 30 d", p.under30()).row("30-59 d", p.from30())
                    .row("60-89 d", p.from60()).row("90-119 d", p.from90()).row("120+ d", p.from120()).build());
            put(obligations("obligations", c.summary().obligations()));
            put(market(c.summary().market()));
        });
        put(kpis(facts));
        put(patterns("patterns", facts.patterns()));
    }

    /** The audit report's tables by name. */
    static Map<String, Table> of(AuditReport report) {
        return new AuditTables(report).tables;
    }

    /** The audit report with its tables, as {@link Reports} writes it. */
    static ReportDocument document(AuditReport report) {
        Map<String, Table> tables = of(report);
        return new ReportDocument(BASE, AuditHtml.title(report.facts()), AuditHtml.render(report, tables),
                List.copyOf(tables.values()));
    }

    private void put(Table table) {
        tables.put(table.name(), table);
    }

    static Table compliance(String name, List<ComplianceRow> rows) {
        Table.Builder t = new Table.Builder(name).columns("provider", "priority", "clock", "month")
                .numbers("counted", "met", "breached", "attainment");
        for (ComplianceRow row : rows) {
            Object breached = row.breachFindings().isEmpty() ? row.breached()
                    : Table.Cell.link(row.breached(), "#" + Html.findingAnchor(row.breachFindings().get(0)));
            t.row(row.provider(), row.priority(), row.clock(), row.month(), row.counted(), row.met(), breached,
                    Html.percent(row.met(), row.counted()));
        }
        return t.build();
    }

    /**
     * One row per difference of every case, streamed: a million cases' rows go to the files without being kept,
     * the row's cells in one array and its minutes in one buffer, both reused from row to row.
     */
    static Table disagreements(List<CaseReport> reports) {
        int size = Slices.of(reports).mapToInt(slice -> slice.stream().mapToInt(r -> r.differences().size()).sum()).sum();
        return new Table.Builder("disagreements").columns("case", "clock", "aspect").numbers("minutes").columns("explanation")
                .streamed(size, sink -> {
                    Object[] cells = new Object[5];
                    StringBuilder minutes = new StringBuilder(12);
                    for (CaseReport report : reports) {
                        cells[0] = report.theCase().id().value();
                        List<Difference> differences = report.differences();
                        // by index: an iterator per case is garbage a million cases make a million of
                        for (int i = 0; i < differences.size(); i++) {
                            Difference d = differences.get(i);
                            minutes.setLength(0);
                            cells[1] = d.clock().isEmpty() ? "case" : d.clock();
                            cells[2] = d.aspect();
                            cells[3] = minutes.append(d.amount().toMinutes());
                            cells[4] = d.sentence();
                            if (!sink.row(null, cells)) {
                                return;
                            }
                        }
                    }
                }).build();
    }

    /**
     * One row per gap, streamed as {@link #disagreements} is; its evidence written into a buffer and its date
     * found by {@link DayText}, so a row makes no string of its own.
     */
    static Table register(String name, List<GapRecord> gaps, ZoneId zone) {
        return new Table.Builder(name).columns("finding", "title", "category", "group", "severity", "status", "provider",
                "clause", "date", "promised", "actual").numbers("cost").columns("impact", "evidence").streamed(gaps.size(), sink -> {
                    Object[] cells = new Object[14];
                    DayText days = new DayText(zone);
                    StringBuilder evidence = new StringBuilder(64);
                    for (GapRecord gap : gaps) {
                        Finding f = gap.finding();
                        cells[0] = f.id();
                        cells[1] = f.title();
                        cells[2] = gap.category().wireName();
                        cells[3] = gap.category().group();
                        cells[4] = f.severity().wireName();
                        cells[5] = gap.status().wireName();
                        cells[6] = text(f.provider());
                        cells[7] = text(f.clause());
                        cells[8] = days.of(f.at());
                        cells[9] = gap.promised().orElse("");
                        cells[10] = gap.actual().orElse("");
                        cells[11] = cost(gap);
                        cells[12] = gap.impact().isPresent() ? gap.impact().get().arithmetic() : "";
                        cells[13] = evidence(f, evidence);
                        if (!sink.row(sink.anchors() ? Html.findingAnchor(f.id()) : null, cells)) {
                            return;
                        }
                    }
                }).build();
    }

    /** The text of what is present, else empty: without an optional made per row as {@code map(Object::toString)} makes. */
    private static String text(java.util.Optional<?> value) {
        return value.isPresent() ? value.get().toString() : "";
    }

    /** The register's figure for a gap: its business impact, else the finding's own cost; empty without either. */
    static String cost(GapRecord gap) {
        if (gap.impact().isPresent()) {
            return Headlines.money(gap.impact().get().total());
        }
        return gap.finding().cost().isPresent() ? Headlines.money(gap.finding().cost().get()) : "";
    }

    /** The finding's evidence as {@code kind:id} separated by spaces, written into {@code text} (emptied first), which is returned. */
    static StringBuilder evidence(Finding finding, StringBuilder text) {
        text.setLength(0);
        List<EvidenceRef> refs = finding.evidence();
        for (int i = 0; i < refs.size(); i++) {
            EvidenceRef ref = refs.get(i);
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(ref.kind()).append(':').append(ref.id());
        }
        return text;
    }

    static Table credits(String name, List<CreditStatement> statements) {
        Table.Builder t = new Table.Builder(name).columns("provider", "period").numbers("before caps", "owed")
                .columns("chronic failure", "claim by");
        for (CreditStatement s : statements) {
            t.row(s.provider().value(), s.period().label(), Headlines.money(s.beforeCaps()), Headlines.money(s.owed()),
                    s.chronicFailure().orElse(""), s.claimBy().map(Object::toString).orElse(""));
        }
        return t.build();
    }

    /** Each owing statement's arithmetic, step by step, under a heading of its provider, period and amount. */
    static void arithmetic(StringBuilder html, List<CreditStatement> statements) {
        for (CreditStatement s : statements) {
            if (s.owed().amount().signum() == 0 && s.beforeCaps().amount().signum() == 0) {
                continue;
            }
            html.append("<h3>").append(Html.escape(s.provider().value())).append(", ").append(s.period().label()).append(": ")
                    .append(Html.escape(Headlines.money(s.owed()))).append(" owed</h3>\n<ol class=\"arithmetic\">\n");
            s.arithmetic().forEach(step -> html.append("<li>").append(Html.escape(ArithmeticStep.shown(step))).append("</li>\n"));
            html.append("</ol>\n");
            s.chronicFailure().ifPresent(c -> html.append("<p class=\"warn\">").append(Html.escape(c)).append("</p>\n"));
        }
    }

    static Table creditLines(String name, List<CreditStatement> statements) {
        Table.Builder t = new Table.Builder(name).columns("provider", "period", "section", "credit", "basis").numbers("amount");
        for (CreditStatement s : statements) {
            for (CreditStatement.AttainmentLine line : s.attainment()) {
                t.row(s.provider().value(), s.period().label(), line.clause(), "attainment", line.met() + " of " + line.counted()
                        + " met" + line.attainment().map(a -> " = " + a.toPlainString() + "%").orElse("")
                        + line.tier().map(x -> ", tier " + x).orElse(""), Headlines.money(line.amount()));
            }
            for (CreditStatement.BreachLine line : s.breaches()) {
                t.row(s.provider().value(), s.period().label(), line.clause(), "per breach of " + line.clock(), breachBasis(line),
                        Headlines.money(line.amount()));
            }
        }
        return t.build();
    }

    /**
     * A per-breach credit line's basis: how many cases at what each, naming the first {@link AuditHtml#CASES}
     * of them (a million-case tenant's line would otherwise name thousands); the credit-cases table holds every one.
     */
    static String breachBasis(CreditStatement.BreachLine line) {
        List<String> cases = line.cases();
        String more = cases.size() > AuditHtml.CASES ? ", and " + (cases.size() - AuditHtml.CASES) + " more in credit-cases" : "";
        return cases.size() + " × " + Headlines.money(line.each()) + " ("
                + String.join(", ", cases.subList(0, Math.min(AuditHtml.CASES, cases.size()))) + more + ")";
    }

    /** One row per case a per-breach credit line counts, streamed as {@link #disagreements} is. */
    static Table creditCases(String name, List<CreditStatement> statements) {
        int size = statements.stream().flatMap(s -> s.breaches().stream()).mapToInt(l -> l.cases().size()).sum();
        return new Table.Builder(name).columns("provider", "period", "section", "clock", "case").streamed(size, sink -> {
            for (CreditStatement s : statements) {
                for (CreditStatement.BreachLine line : s.breaches()) {
                    for (String kase : line.cases()) {
                        if (!sink.row(null, s.provider().value(), s.period().label(), line.clause(), line.clock(), kase)) {
                            return;
                        }
                    }
                }
            }
        }).build();
    }

    /** One row per coverage finding, streamed as {@link #register} is. */
    static Table coverageFindings(String name, List<Finding> findings, ZoneId zone) {
        return new Table.Builder(name).columns("finding", "title", "kind", "severity", "provider", "clause", "date")
                .numbers("cost").columns("evidence").streamed(findings.size(), sink -> {
                    Object[] cells = new Object[9];
                    DayText days = new DayText(zone);
                    StringBuilder evidence = new StringBuilder(64);
                    for (Finding f : findings) {
                        cells[0] = f.id();
                        cells[1] = f.title();
                        cells[2] = f.kind().code();
                        cells[3] = f.severity().wireName();
                        cells[4] = text(f.provider());
                        cells[5] = text(f.clause());
                        cells[6] = days.of(f.at());
                        cells[7] = f.cost().isPresent() ? Headlines.money(f.cost().get()) : "";
                        cells[8] = evidence(f, evidence);
                        if (!sink.row(sink.anchors() ? Html.findingAnchor(f.id()) : null, cells)) {
                            return;
                        }
                    }
                }).build();
    }

    static Table obligations(String name, List<ObligationCheck> checks) {
        Table.Builder t = new Table.Builder(name).columns("provider", "obligation", "section").numbers("due", "kept")
                .columns("met", "detail");
        for (ObligationCheck check : checks) {
            t.row(check.provider().value(), check.obligation().value(), check.section(), check.expected(), check.kept(),
                    check.met() ? "yes" : "no", check.detail());
        }
        return t.build();
    }

    static Table market(List<MarketComparison> comparisons) {
        Table.Builder t = new Table.Builder("market").columns("provider", "unit").numbers("count", "price a month", "market low",
                "market median", "market high").columns("position", "note");
        for (MarketComparison m : comparisons) {
            t.row(m.provider().value(), m.unit().wireName(), m.count(), m.price().map(Headlines::money).orElse(""),
                    m.range().map(r -> Headlines.money(r.low())).orElse(""), m.range().map(r -> Headlines.money(r.median())).orElse(""),
                    m.range().map(r -> Headlines.money(r.high())).orElse(""), m.position(), m.note());
        }
        return t.build();
    }

    /** Every KPI's total on the witnessed timeline by period, one row per provider and KPI, as the audit report shows it. */
    static Table kpis(AuditFacts facts) {
        List<ReportingPeriod> periods = facts.kpis().periods().periods();
        Map<String, Map<ReportingPeriod, KpiRow>> byKpi = new LinkedHashMap<>();
        for (KpiRow row : facts.kpis().rows(Side.WITNESS)) {
            if (row.priority().isEmpty() && row.dimension().isEmpty()) {
                byKpi.computeIfAbsent(row.provider().value() + ": " + row.kpi().title(), k -> new LinkedHashMap<>())
                        .put(row.period(), row);
            }
        }
        Table.Builder t = new Table.Builder("kpis").columns("KPI");
        periods.forEach(p -> t.columns(p.toString()));
        byKpi.forEach((kpi, cells) -> {
            Object[] row = new Object[periods.size() + 1];
            row[0] = kpi;
            for (int i = 0; i < periods.size(); i++) {
                KpiRow cell = cells.get(periods.get(i));
                row[i + 1] = cell == null ? "" : cell.value().headline();
            }
            t.row(row);
        });
        return t.build();
    }

    static Table patterns(String name, List<Pattern> patterns) {
        Table.Builder t = new Table.Builder(name).columns("provider", "pattern", "sentence");
        for (Pattern p : patterns) {
            t.row(p.provider().value(), kebab(p.getClass().getSimpleName()), p.sentence());
        }
        return t.build();
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }
}
