package io.witness.app.report;

import io.witness.core.contract.Money;
import io.witness.core.contract.Party;
import io.witness.core.coverage.CoverageReport;
import io.witness.core.coverage.audit.ObligationCheck;
import io.witness.core.credit.CreditStatement;
import io.witness.core.finding.Finding;
import io.witness.core.kpi.KpiId;
import io.witness.core.kpi.KpiRow;
import io.witness.core.reconcile.ReconcileFindings;
import io.witness.core.register.GapRecord;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The monthly service report a provider should have sent for one month, built from the evidence: cases
 * opened, closed and in the backlog; SLA attainment per priority and clock with every breach listed; the
 * KPIs of the month against the month before; the service gaps, coverage findings and obligations of the
 * month; and the credits of its measurement period. Every figure links to the findings behind it.
 */
final class MonthlyReport {

    private MonthlyReport() {
    }

    static String base(YearMonth month) {
        return "monthly-" + month;
    }

    static String name(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + month.getYear();
    }

    static ReportDocument of(AuditReport report, YearMonth month) {
        AuditFacts facts = report.facts();
        PeriodFigures figures = new PeriodFigures(report);
        ReportPage page = new ReportPage(base(month), "Monthly service report: " + facts.tenant() + ", " + name(month), facts,
                "What the provider should have reported for " + name(month) + ", from the evidence");
        StringBuilder html = page.html();
        List<ComplianceRow> rows = figures.compliance(month, month);
        long[] tally = PeriodFigures.tally(rows);
        List<String> breaches = PeriodFigures.breaches(rows);
        List<GapRecord> gaps = facts.gaps().stream().filter(g -> figures.in(g.finding().at(), month, month)
                && !g.finding().kind().equals(ReconcileFindings.SLA_BREACH)).toList();
        List<Finding> coverage = facts.coverage().map(CoverageReport::findings).orElse(List.of()).stream()
                .filter(f -> figures.in(f.at(), month, month)).toList();
        List<CreditStatement> credits = facts.credits().stream().filter(s -> s.period().contains(month.atDay(1))).toList();
        BigDecimal owed = BigDecimal.ZERO;
        for (CreditStatement s : credits) {
            owed = owed.add(s.owed().amount());
        }
        long opened = 0;
        long backlog = 0;
        for (Party provider : facts.contract().parties().providers()) {
            opened += figures.count(provider.id(), month, KpiId.VOLUME).orElse(0L);
            backlog += figures.count(provider.id(), month, KpiId.BACKLOG).orElse(0L);
        }

        page.section("summary", "The month in brief");
        html.append("<ul>\n<li><a href=\"#compliance\">SLA attainment ")
                .append(Html.percent(tally[1], tally[0])).append("</a>: ").append(tally[1]).append(" of ").append(tally[0])
                .append(" clocks met their targets; <a href=\"#breaches\">").append(breaches.size()).append(" breaches</a>.</li>\n")
                .append("<li><a href=\"#tickets\">").append(opened).append(" cases opened</a>; ").append(backlog)
                .append(" open at the month's end.</li>\n")
                .append("<li><a href=\"#credits\">Credits owed for the period: ")
                .append(Html.escape(Headlines.money(new Money(owed, facts.contract().header().currency()))))
                .append("</a>.</li>\n<li><a href=\"#gaps\">").append(gaps.size()).append(" other service gaps</a> and <a href=\"#coverage\">")
                .append(coverage.size()).append(" coverage findings</a> are dated in the month.</li>\n</ul>\n");

        page.section("tickets", "Cases");
        page.paragraph("Cases opened and open at the month's end on the witnessed timeline (KPIs volume and backlog,"
                + " docs/kpis.md); closed is what left the backlog: opened plus the backlog at the start less the backlog at the end.");
        Table.Builder tickets = new Table.Builder("cases").columns("provider").numbers("opened", "backlog at start", "closed",
                "backlog at end");
        for (Party provider : facts.contract().parties().providers()) {
            Optional<Long> in = figures.count(provider.id(), month, KpiId.VOLUME);
            Optional<Long> end = figures.count(provider.id(), month, KpiId.BACKLOG);
            Optional<Long> start = figures.backlogBefore(provider.id(), month);
            String closed = in.isPresent() && end.isPresent() && start.isPresent()
                    ? Long.toString(in.get() + start.get() - end.get()) : "n/a";
            tickets.row(provider.id().value(), in.map(String::valueOf).orElse("n/a"), start.map(String::valueOf).orElse("n/a"),
                    closed, end.map(String::valueOf).orElse("n/a"));
        }
        page.table(tickets.build());

        page.section("compliance", "SLA attainment");
        page.paragraph("Per priority and clock, the clocks that stopped (met) or breached in the month on the witnessed timeline."
                + " A breach count links to its first finding.");
        breaches.forEach(page::cite);
        page.table(AuditTables.compliance("compliance", rows));
        page.section("breaches", "Breaches");
        Table.Builder list = new Table.Builder("breaches").columns("finding", "case", "clause", "promised", "actual", "title");
        for (String id : breaches) {
            GapRecord gap = page.gap(id).orElseThrow();
            list.row(page.cite(id), caseOf(gap.finding()), gap.finding().clause().map(Object::toString).orElse(""),
                    gap.promised().orElse(""), gap.actual().orElse(""), gap.finding().title());
        }
        page.table(list.build());

        page.section("kpis", "KPIs against the month before");
        page.paragraph("Each KPI's total on the witnessed timeline in " + name(month) + " and in " + name(month.minusMonths(1))
                + ", and the change (docs/kpis.md defines each).");
        Table.Builder kpis = new Table.Builder("kpis").columns("provider", "KPI", "this month", "month before", "change");
        for (Party provider : facts.contract().parties().providers()) {
            for (KpiId id : KpiId.values()) {
                Optional<KpiRow> now = figures.kpi(provider.id(), month, id);
                if (now.isEmpty()) {
                    continue;
                }
                Optional<KpiRow> before = figures.kpi(provider.id(), month.minusMonths(1), id);
                kpis.row(provider.id().value(), id.title(), now.get().value().headline(),
                        before.map(b -> b.value().headline()).orElse(""), now.get().change().map(Object::toString).orElse(""));
            }
        }
        page.table(kpis.build());

        page.section("gaps", "Other service gaps of the month");
        Table.Builder other = new Table.Builder("gaps").columns("finding", "category", "severity", "status", "title");
        for (GapRecord gap : gaps) {
            other.row(page.cite(gap.finding().id()), gap.category().wireName(), gap.finding().severity().wireName(),
                    gap.status().wireName(), gap.finding().title());
        }
        page.table(other.build());

        page.section("coverage", "Coverage and obligations");
        if (facts.coverage().isEmpty()) {
            page.paragraph("No backup, restore, patch, drift or baseline evidence was given, so coverage was not audited.");
        } else {
            page.paragraph("Coverage findings dated in the month:");
            Table.Builder found = new Table.Builder("coverage-findings").columns("finding", "kind", "severity", "title");
            for (Finding f : coverage) {
                found.row(page.cite(f.id()), f.kind().code(), f.severity().wireName(), f.title());
            }
            page.table(found.build());
            List<ObligationCheck> ofMonth = facts.monthObligations().get(month);
            if (ofMonth != null) {
                long met = ofMonth.stream().filter(ObligationCheck::met).count();
                page.paragraph("Obligations over the month (" + met + " of " + ofMonth.size()
                        + " kept in full; one with nothing due in the month counts as kept):");
                page.table(AuditTables.obligations("obligations", ofMonth));
            } else {
                CoverageReport c = facts.coverage().get();
                page.paragraph("Obligations over the whole audit, " + c.from() + " to " + c.at() + " (" + c.summary().obligationsMet()
                        + " of " + c.summary().obligations().size() + " kept in full):");
                page.table(AuditTables.obligations("obligations", c.summary().obligations()));
            }
        }

        page.section("credits", "Credits of the measurement period");
        if (credits.isEmpty()) {
            page.paragraph("The contract sets no service credits for this month.");
        } else {
            page.table(AuditTables.credits("credits", credits));
            page.table(AuditTables.creditLines("credit-lines", credits));
            page.table(AuditTables.creditCases("credit-cases", credits));
            AuditTables.arithmetic(html, credits);
        }
        return page.finish();
    }

    static String caseOf(Finding finding) {
        return finding.evidence().stream().filter(e -> e.kind().equals("case")).findFirst().map(e -> e.id()).orElse("");
    }

    static List<String> ids(List<GapRecord> gaps) {
        List<String> ids = new ArrayList<>();
        gaps.forEach(g -> ids.add(g.finding().id()));
        return ids;
    }
}
