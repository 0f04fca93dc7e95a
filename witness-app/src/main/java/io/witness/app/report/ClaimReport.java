package io.witness.app.report;

import io.witness.core.contract.Contract;
import io.witness.core.contract.CreditSchedule;
import io.witness.core.contract.Money;
import io.witness.core.contract.Party;
import io.witness.core.credit.CreditStatement;
import io.witness.core.finding.Finding;
import io.witness.core.reconcile.ReconcileFindings;
import io.witness.core.register.AnnotationStatus;
import io.witness.core.register.GapRecord;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The client's letter claiming the service credits owed, as a report: from the client to each provider
 * that owes, citing the contract's credit schedule and the sections breached; each credit line with its
 * arithmetic and the findings behind it (the sla-breach findings of the provider in the period, as
 * {@code ./witness reconcile}'s claim-letter.md cites them); the total and the claim deadline.
 */
final class ClaimReport {

    static final String BASE = "claim-letter";

    private ClaimReport() {
    }

    static ReportDocument of(AuditReport report) {
        AuditFacts facts = report.facts();
        Contract contract = facts.contract();
        LocalDate date = LocalDate.ofInstant(facts.now(), contract.header().zone());
        List<CreditStatement> owing = facts.credits().stream().filter(s -> s.owed().amount().signum() > 0).toList();
        List<String> to = new ArrayList<>();
        for (Party provider : contract.parties().providers()) {
            if (owing.stream().anyMatch(s -> s.provider().equals(provider.id()))) {
                to.add(name(provider));
            }
        }
        ReportPage page = new ReportPage(BASE, "Service credit claim: " + name(contract.parties().client()), facts,
                "Credits for " + facts.first() + " to " + facts.last());
        StringBuilder html = page.html();
        html.append("<div class=\"letter\">\n<p>").append(date).append("</p>\n<p>From: ")
                .append(Html.escape(name(contract.parties().client()))).append("<br/>To: ")
                .append(Html.escape(to.isEmpty() ? "the provider" : String.join(", ", to))).append("<br/>Contract: ")
                .append(Html.escape(contract.header().title().isEmpty() ? contract.header().id().value()
                        : contract.header().title() + " (" + contract.header().id().value() + ")"))
                .append("</p>\n");
        if (owing.isEmpty()) {
            html.append("<p>No service credit is owed for ").append(facts.first()).append(" to ").append(facts.last())
                    .append(" under the contract's service-credit schedule, so nothing is claimed.</p>\n</div>\n");
            return page.finish();
        }
        html.append("<p>Under the service-credit schedule of the contract (")
                .append(Html.escape(schedules(contract, owing))).append("), the following credits are owed. Each figure is"
                        + " computed from the evidence both parties' systems recorded, as kept by Witness; the arithmetic is"
                        + " shown step by step so that it can be checked against the contract, and each line names the"
                        + " findings that stand behind it.</p>\n</div>\n");
        List<GapRecord> breaches = facts.gaps().stream().filter(g -> g.finding().kind().equals(ReconcileFindings.SLA_BREACH))
                .toList();
        page.section("lines", "Credit lines");
        Table.Builder lines = new Table.Builder("credit-lines").columns("provider", "period", "section", "credit", "basis")
                .numbers("amount").columns("findings");
        Set<String> citedBreaches = new LinkedHashSet<>();
        // each case's breach findings, so a line of thousands of cases finds its own without searching them all
        Map<String, List<String>> byCase = QbrReport.findingsByCase(breaches);
        for (CreditStatement statement : owing) {
            List<String> inPeriod = cited(statement, breaches, facts);
            citedBreaches.addAll(inPeriod);
            for (CreditStatement.AttainmentLine line : statement.attainment()) {
                lines.row(statement.provider().value(), statement.period().label(), line.clause(), "attainment",
                        line.met() + " of " + line.counted() + " met" + line.attainment().map(a -> " = " + a.toPlainString() + "%")
                                .orElse("") + line.tier().map(t -> ", tier " + t).orElse(""),
                        Headlines.money(line.amount()), QbrReport.findingsCell(page, inPeriod));
            }
            for (CreditStatement.BreachLine line : statement.breaches()) {
                List<String> ids = new ArrayList<>();
                for (String kase : line.cases()) {
                    breachFinding(byCase.getOrDefault(kase, List.of()), kase, line.clock()).ifPresent(ids::add);
                }
                citedBreaches.addAll(ids);
                lines.row(statement.provider().value(), statement.period().label(), line.clause(), "per breach of " + line.clock(),
                        AuditTables.breachBasis(line), Headlines.money(line.amount()), QbrReport.findingsCell(page, ids));
            }
        }
        page.table(lines.build());
        page.table(AuditTables.creditCases("credit-cases", owing));
        html.append("<p>Each cited finding is listed under <a href=\"#findings\">Findings cited</a>: ")
                .append(page.citeLinks(new ArrayList<>(citedBreaches))).append(".</p>\n");
        page.section("arithmetic", "The arithmetic");
        BigDecimal total = BigDecimal.ZERO;
        Optional<LocalDate> deadline = Optional.empty();
        for (CreditStatement statement : owing) {
            html.append("<h3>").append(Html.escape(statement.provider().value())).append(", ").append(statement.period().label())
                    .append(": ").append(Html.escape(Headlines.money(statement.owed()))).append("</h3>\n<ol class=\"arithmetic\">\n");
            statement.arithmetic().forEach(step -> html.append("<li>").append(Html.escape(ArithmeticStep.shown(step))).append("</li>\n"));
            html.append("</ol>\n");
            statement.chronicFailure().ifPresent(c -> html.append("<p class=\"warn\">Chronic failure. ").append(Html.escape(c))
                    .append("</p>\n"));
            total = total.add(statement.owed().amount());
            if (statement.claimBy().isPresent() && (deadline.isEmpty() || statement.claimBy().get().isBefore(deadline.get()))) {
                deadline = statement.claimBy();
            }
        }
        page.section("breaches", "Breaches cited");
        Set<String> disputed = new LinkedHashSet<>();
        breaches.stream().filter(g -> g.status() == AnnotationStatus.DISPUTED).forEach(g -> disputed.add(g.finding().id()));
        Table.Builder cited = new Table.Builder("breaches").columns("case", "finding", "title", "clause", "status");
        for (String id : citedBreaches) {
            GapRecord gap = page.gap(id).orElseThrow();
            cited.row(gap.finding().evidence().stream().filter(e -> e.kind().equals("case")).findFirst().map(e -> e.id()).orElse(""),
                    page.cite(id), gap.finding().title(), gap.finding().clause().map(Object::toString).orElse(""),
                    disputed.contains(id) ? "disputed by the provider" : gap.status().wireName());
        }
        page.table(cited.build());
        Money claimed = new Money(total, contract.header().currency());
        html.append("<h2 id=\"total\">Total claimed: ").append(Html.escape(Headlines.money(claimed)))
                .append("</h2>\n<div class=\"letter\">\n<p>Please confirm the credits against the next invoice");
        if (deadline.isPresent() && deadline.get().isBefore(date)) {
            html.append(".</p>\n<p class=\"warn\">The contract's claim period for the earliest of these credits ended on"
                    + " ").append(deadline.get()).append(", before this letter's date; the"
                            + " provider may refuse the credits claimed after their period.</p>\n");
        } else {
            deadline.ifPresent(d -> html.append("; this claim is made within the contract's claim period (the earliest period's"
                    + " claim is due by ").append(d).append(")"));
            html.append(".</p>\n");
        }
        List<String> none = facts.credits().stream().filter(s -> s.owed().amount().signum() == 0)
                .map(s -> s.provider().value() + " " + s.period().label()).toList();
        if (!none.isEmpty()) {
            html.append("<p>No credit is owed for: ").append(Html.escape(String.join(", ", none))).append(".</p>\n");
        }
        html.append("<p>Sincerely,<br/>").append(Html.escape(name(contract.parties().client()))).append("</p>\n</div>\n");
        return page.finish();
    }

    /**
     * The sla-breach finding of a case's clock among the ids: the witnessed timeline's, else (for a case only
     * one side recorded) that side's.
     */
    static Optional<String> breachFinding(List<String> ids, String kase, String clock) {
        String prefix = "sla-breach/" + kase + "/" + clock + "/";
        return ids.stream().filter(id -> id.startsWith(prefix + "witness/")).findFirst()
                .or(() -> ids.stream().filter(id -> id.startsWith(prefix)).findFirst());
    }

    /** The sla-breach findings of the statement's provider dated in its period, as ClaimLetter cites them. */
    private static List<String> cited(CreditStatement statement, List<GapRecord> breaches, AuditFacts facts) {
        List<String> ids = new ArrayList<>();
        for (GapRecord gap : breaches) {
            Finding finding = gap.finding();
            boolean inPeriod = statement.period().contains(LocalDate.ofInstant(finding.at(), facts.contract().header().zone()));
            if (inPeriod && finding.provider().filter(statement.provider()::equals).isPresent()) {
                ids.add(finding.id());
            }
        }
        return ids;
    }

    private static String schedules(Contract contract, List<CreditStatement> owing) {
        Set<String> sections = new LinkedHashSet<>();
        for (CreditStatement statement : owing) {
            CreditSchedule schedule = contract.firstTerms().credits().get(statement.provider());
            if (schedule != null) {
                sections.add("section " + schedule.section());
            }
        }
        return sections.isEmpty() ? "its credit schedule" : String.join(", ", sections);
    }

    private static String name(Party party) {
        return party.name().isEmpty() ? party.id().value() : party.name();
    }
}
