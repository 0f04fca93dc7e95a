package io.witness.app.report;

import io.witness.core.contract.Money;
import io.witness.core.coverage.CoverageReport;
import io.witness.core.coverage.CoverageSummary;
import io.witness.core.coverage.audit.ObligationCheck;
import io.witness.core.coverage.cost.MarketComparison;
import io.witness.core.credit.CreditStatement;
import io.witness.core.finding.Finding;
import io.witness.core.finding.FindingKind;
import io.witness.core.pattern.Pattern;
import io.witness.core.pattern.RecurringIssue;
import io.witness.core.register.AnnotationStatus;
import io.witness.core.register.GapCategory;
import io.witness.core.register.GapRecord;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The renewal brief (or, read the other way, the transition case) over the whole period audited: the year
 * in numbers, SLA attainment per clock, the recurring issues still unresolved, the business impact the
 * findings put a figure on, the credits, and what to demand at renewal (tighter SLAs, penalties, price
 * against the market), each point backed by the findings it rests on.
 */
final class RenewalBrief {

    static final String BASE = "renewal-brief";

    private RenewalBrief() {
    }

    static ReportDocument of(AuditReport report) {
        AuditFacts facts = report.facts();
        Headlines h = report.headlines();
        ReportPage page = new ReportPage(BASE, "Renewal brief: " + facts.tenant(), facts, "The months " + facts.first() + " to "
                + facts.last() + " in numbers, and what to demand at renewal");
        StringBuilder html = page.html();
        Map<String, List<String>> byCase = QbrReport.findingsByCase(facts.gaps());
        List<RecurringIssue> recurring = new ArrayList<>();
        for (Pattern p : facts.patterns()) {
            if (p instanceof RecurringIssue r) {
                recurring.add(r);
            }
        }
        recurring.sort((a, b) -> Integer.compare(b.cases().size(), a.cases().size()));
        List<GapRecord> costed = facts.gaps().stream().filter(g -> !AuditTables.cost(g).isEmpty())
                .sorted(Comparator.comparing(RenewalBrief::amount).reversed()).toList();
        BigDecimal costs = BigDecimal.ZERO;
        for (GapRecord g : costed) {
            costs = costs.add(amount(g));
        }
        Money costTotal = new Money(costs, facts.contract().header().currency());
        Money paidNotDelivered = facts.coverage().map(c -> c.summary().paidNotDelivered())
                .orElse(new Money(BigDecimal.ZERO, facts.contract().header().currency()));

        page.section("numbers", "The year in numbers");
        Table.Builder numbers = new Table.Builder("numbers").columns("figure").numbers("value");
        numbers.row(Table.Cell.link("Cases reconciled", "#attainment"), h.cases());
        numbers.row(Table.Cell.link("SLA attainment (clocks met of counted)", "#attainment"), h.attainment() + " (" + h.met() + " of "
                + h.counted() + ")");
        numbers.row(Table.Cell.link("Clocks breached", "#attainment"), h.counted() - h.met());
        numbers.row(Table.Cell.link("Credits owed after caps", "#credits"), h.credits());
        numbers.row(Table.Cell.link("Findings in the service-gap register", "#impact"), h.findings());
        h.byCategory().forEach((c, n) -> numbers.row("  of them " + c, n));
        numbers.row("Critical findings", h.critical());
        numbers.row(Table.Cell.link("Clocks the two sides' records disagree on", "#demands"), h.disagreements());
        numbers.row(Table.Cell.link("Business impact and costs the findings put a figure on", "#impact"), Headlines.money(costTotal));
        facts.coverage().ifPresent(c -> {
            CoverageSummary s = c.summary();
            numbers.row(Table.Cell.link("Paid for service not delivered", "#impact"), Headlines.money(s.paidNotDelivered()));
            numbers.row(Table.Cell.link("Obligations kept in full", "#demands"), s.obligationsMet() + " of " + s.obligations().size());
            numbers.row("Critical systems backed up / restore-tested", s.backedUpPercent() + "% / " + s.restoreTestedPercent() + "%");
            numbers.row("Coverage findings", c.findings().size());
        });
        page.table(numbers.build());

        page.section("attainment", "SLA attainment per clock over the year");
        Map<String, List<ComplianceRow>> byClock = byClock(report.compliance());
        Table.Builder attainment = new Table.Builder("attainment").columns("provider", "priority", "clock").numbers("counted", "met",
                "breached", "attainment");
        byClock.forEach((k, rows) -> {
            long[] t = PeriodFigures.tally(rows);
            List<String> breaches = PeriodFigures.breaches(rows);
            ComplianceRow any = rows.get(0);
            attainment.row(any.provider(), any.priority(), any.clock(), t[0], t[1], breaches.isEmpty() ? t[0] - t[1]
                    : QbrReport.findingsCellCount(page, breaches, t[0] - t[1]), Html.percent(t[1], t[0]));
        });
        page.table(attainment.build());

        page.section("recurring", "Unresolved recurring issues");
        page.paragraph("The same problem again and again, as the patterns found it, with the findings of its cases:");
        page.table(QbrReport.recurring("recurring", recurring, byCase, page));
        List<GapRecord> quality = facts.gaps().stream().filter(g -> (g.category() == GapCategory.RECURRING_PROBLEM
                || g.category() == GapCategory.INCOMPLETE_FIX) && g.status() != AnnotationStatus.CREDITED).toList();
        page.paragraph("Recurring problems and incomplete fixes in the register not yet credited:");
        Table.Builder open = new Table.Builder("unresolved").columns("finding", "category", "status", "title");
        quality.forEach(g -> open.row(page.cite(g.finding().id()), g.category().wireName(), g.status().wireName(), g.finding().title()));
        page.table(open.build());

        page.section("impact", "Total business impact");
        html.append("<p>The findings put a figure on ").append(Html.escape(Headlines.money(costTotal)))
                .append(" of business impact and cost").append(facts.coverage().isPresent() ? "; a further "
                        + Html.escape(Headlines.money(paidNotDelivered)) + " was paid for service not delivered" : "")
                .append(".</p>\n");
        Table.Builder impact = new Table.Builder("impact").columns("finding", "category").numbers("cost").columns("how", "title");
        for (GapRecord g : costed) {
            impact.row(page.cite(g.finding().id()), g.category().wireName(), AuditTables.cost(g),
                    g.impact().map(i -> i.arithmetic()).orElse("the finding's own cost"), g.finding().title());
        }
        page.table(impact.build());

        page.section("credits", "Credits");
        html.append("<p>Credits owed over the year after caps: ").append(Html.escape(h.credits())).append(".</p>\n");
        page.table(AuditTables.credits("credits", facts.credits()));
        page.table(AuditTables.creditLines("credit-lines", facts.credits()));
        page.table(AuditTables.creditCases("credit-cases", facts.credits()));
        AuditTables.arithmetic(html, facts.credits());

        page.section("demands", "What to demand at renewal");
        page.table(demands(page, report, byClock, recurring, byCase, paidNotDelivered));
        return page.finish();
    }

    private static BigDecimal amount(GapRecord g) {
        return g.impact().map(i -> i.total().amount()).or(() -> g.finding().cost().map(Money::amount)).orElse(BigDecimal.ZERO);
    }

    private static Map<String, List<ComplianceRow>> byClock(List<ComplianceRow> rows) {
        Map<String, List<ComplianceRow>> byClock = new LinkedHashMap<>();
        rows.forEach(r -> byClock.computeIfAbsent(r.provider() + " " + r.priority() + " " + r.clock(), k -> new ArrayList<>()).add(r));
        return byClock;
    }

    private static Table demands(ReportPage page, AuditReport report, Map<String, List<ComplianceRow>> byClock,
            List<RecurringIssue> recurring, Map<String, List<String>> byCase, Money paidNotDelivered) {
        AuditFacts facts = report.facts();
        Table.Builder t = new Table.Builder("demands").columns("demand", "because", "findings");
        byClock.forEach((clock, rows) -> {
            long[] tally = PeriodFigures.tally(rows);
            if (tally[1] < tally[0]) {
                List<String> breaches = PeriodFigures.breaches(rows);
                String promised = breaches.stream().map(page::gap).flatMap(g -> g.flatMap(x -> x.promised()).stream()).findFirst()
                        .map(p -> " (" + p + ")").orElse("");
                t.row("Tighten " + clock + promised + ": a credit for each breach",
                        Html.percent(tally[1], tally[0]) + " attained, " + (tally[0] - tally[1]) + " of " + tally[0] + " breached",
                        QbrReport.findingsCell(page, breaches));
            }
        });
        BigDecimal cut = BigDecimal.ZERO;
        List<String> chronic = new ArrayList<>();
        for (CreditStatement s : facts.credits()) {
            cut = cut.add(s.beforeCaps().amount().subtract(s.owed().amount()));
            s.chronicFailure().ifPresent(c -> chronic.add(s.period().label() + ": " + c));
        }
        long breached = report.headlines().counted() - report.headlines().met();
        if (cut.signum() > 0) {
            t.row("Raise the credit caps", "the caps cut " + Headlines.money(new Money(cut, facts.contract().header().currency()))
                    + " from the credits earned", "");
        }
        if (breached > 0) {
            t.row("Penalties that follow the breaches", breached + " clocks breached earned " + report.headlines().credits()
                    + " in credits", "");
        }
        chronic.forEach(c -> t.row("Keep the right to terminate for chronic failure", c, ""));
        for (RecurringIssue r : recurring.subList(0, Math.min(5, recurring.size()))) {
            t.row("A root-cause fix of " + r.value() + " with a date, and a credit if it recurs", r.sentence(),
                    QbrReport.findingsCell(page, QbrReport.findingsOf(r, byCase)));
        }
        if (facts.coverage().isPresent()) {
            CoverageReport c = facts.coverage().get();
            List<ObligationCheck> missed = c.summary().obligations().stream().filter(o -> !o.met()).toList();
            if (!missed.isEmpty()) {
                List<String> ids = c.findings().stream().filter(f -> missed.stream().anyMatch(o -> f.clause()
                        .filter(o.section()::equals).isPresent())).map(Finding::id).toList();
                t.row("A credit for each missed obligation (reports, reviews, restore tests, maintenance)", c.summary().obligationsMet()
                        + " of " + c.summary().obligations().size() + " obligations kept in full", QbrReport.findingsCell(page, ids));
            }
            if (paidNotDelivered.amount().signum() > 0) {
                List<String> ids = c.findings().stream().filter(f -> f.cost().isPresent()).map(Finding::id).toList();
                t.row("A refund of " + Headlines.money(paidNotDelivered) + " and invoices that follow delivery",
                        Headlines.money(paidNotDelivered) + " was paid for service not delivered", QbrReport.findingsCell(page, ids));
            }
            for (MarketComparison m : c.summary().market()) {
                String position = m.position();
                String demand = switch (position) {
                    case "above" -> "A price at or below the market median";
                    case "within" -> "Hold the price: no increase without better service";
                    case "below" -> "Hold the price; the provider is below the market range";
                    default -> "A price the market can be compared with";
                };
                t.row(demand + " (" + m.provider().value() + ", " + m.unit().wireName() + ")", m.price().map(Headlines::money)
                        .map(p -> p + " a month against " + m.range().map(r -> Headlines.money(r.low()) + " to "
                                + Headlines.money(r.high()) + ", median " + Headlines.money(r.median())).orElse("no range"))
                        .orElse("no price") + ": " + position + ". " + m.note(), "");
            }
        }
        FindingKind disagreement = new FindingKind("clock-disagreement");
        List<String> ids = facts.gaps().stream().filter(g -> g.finding().kind().equals(disagreement)).map(g -> g.finding().id()).toList();
        if (!ids.isEmpty()) {
            t.row("Clocks computed from both sides' records under the contract's rules, not from the provider's PSA alone",
                    "the two sides' records disagree on " + ids.size() + " clocks", QbrReport.findingsCell(page, ids));
        }
        return t.build();
    }
}
