package io.witness.core.coverage.cost;

import io.witness.core.contract.Money;
import io.witness.core.contract.Obligation;
import io.witness.core.contract.PartyId;
import io.witness.core.coverage.audit.AuditContext;
import io.witness.core.coverage.audit.FindingDraft;
import io.witness.core.coverage.audit.MonthlyDelivery;
import io.witness.core.coverage.audit.RuleOutcome;
import io.witness.core.coverage.audit.Words;
import io.witness.core.finding.Finding;
import io.witness.core.finding.FindingKind;
import io.witness.core.finding.Severity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the client paid for service the evidence shows was not delivered: an invoice line tied to an
 * obligation, for a month in which the audit counted that obligation's delivery (backup system-days,
 * maintenance tasks, a monthly report, a business review), costs its amount times the share not
 * delivered, rounded half up to the currency's cents.
 */
public final class UndeliveredServiceRule {

    public static final FindingKind PAID_NOT_DELIVERED = new FindingKind("paid-not-delivered");

    /**
     * What the rule found.
     *
     * @param outcome the findings, each with its cost
     * @param total the sum of their costs
     */
    public record Result(RuleOutcome outcome, Money total) {
    }

    private UndeliveredServiceRule() {
    }

    public static Result audit(AuditContext context, List<InvoiceLine> invoices, List<MonthlyDelivery> deliveries) {
        List<Finding> findings = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        int digits = context.currency().getDefaultFractionDigits();
        for (InvoiceLine line : invoices) {
            if (line.obligation().isEmpty()) {
                continue;
            }
            Optional<MonthlyDelivery> delivery = deliveries.stream().filter(d -> d.provider().value().equals(line.provider())
                    && d.obligation().equals(line.obligation().get()) && d.month().equals(line.period())).findFirst();
            if (delivery.isEmpty() || delivery.get().delivered() == delivery.get().expected()) {
                continue;
            }
            MonthlyDelivery d = delivery.get();
            long missing = d.expected() - d.delivered();
            BigDecimal cost = line.amount().amount().multiply(BigDecimal.valueOf(missing)).divide(BigDecimal.valueOf(d.expected()), digits,
                    RoundingMode.HALF_UP);
            total = total.add(cost);
            Money owed = new Money(cost, context.currency());
            Optional<Obligation> obligation = context.terms().obligations().getOrDefault(new PartyId(line.provider()), List.of()).stream()
                    .filter(o -> o.id().equals(d.obligation())).findFirst();
            String section = obligation.map(o -> " (section " + o.section() + ")").orElse("");
            findings.add(FindingDraft.of(PAID_NOT_DELIVERED, line.invoice(), Words.slug(line.item()), line.period().toString())
                    .severity(Severity.MEDIUM).provider(Optional.of(d.provider())).clause(obligation.map(Obligation::section))
                    .title("Invoice " + line.invoice() + ": " + owed + " of '" + line.item() + "' paid for service not delivered in " + line.period())
                    .explanation("Invoice " + line.invoice() + " bills " + line.amount() + " for '" + line.item() + "' in " + line.period()
                            + ", which it ties to obligation " + d.obligation() + section + ". The evidence shows " + d.delivered() + " of "
                            + d.expected() + " " + d.unit() + " that month: " + missing + " of " + d.expected() + " ("
                            + Words.percent(missing, d.expected()) + ") not delivered, " + owed + " of the amount.")
                    .at(context.startOf(line.period().plusMonths(1).atDay(1))).evidence(line.ref()).cost(owed).build());
        }
        return new Result(RuleOutcome.of(findings), new Money(total, context.currency()));
    }
}
