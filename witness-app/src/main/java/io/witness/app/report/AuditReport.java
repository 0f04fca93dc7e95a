package io.witness.app.report;

import io.witness.core.contract.Money;
import io.witness.core.credit.CreditStatement;
import io.witness.core.finding.FindingKind;
import io.witness.core.finding.Severity;
import io.witness.core.register.GapCategory;
import io.witness.core.register.GapRecord;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The independent audit report's content, before it is written as HTML or PDF: the audit's facts, the
 * headline figures worked out from them and SLA compliance per provider × priority × clock × month.
 * Immutable.
 *
 * @param facts what the audit established
 * @param headlines the figures the report leads with
 * @param compliance compliance rows ordered by provider, priority, clock and month
 */
public record AuditReport(AuditFacts facts, Headlines headlines, List<ComplianceRow> compliance) {

    private static final FindingKind DISAGREEMENT = new FindingKind("clock-disagreement");

    public AuditReport {
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(headlines, "headlines");
        compliance = List.copyOf(compliance);
    }

    /** The report of the facts: headlines and compliance worked out once, linear in the cases. */
    public static AuditReport of(AuditFacts facts) {
        List<ComplianceRow> compliance = Compliance.of(facts.reports(), facts.gaps(), facts.contract().header().zone(),
                facts.first(), facts.last());
        long counted = 0;
        long met = 0;
        for (ComplianceRow row : compliance) {
            counted += row.counted();
            met += row.met();
        }
        java.util.Currency currency = facts.contract().header().currency();
        BigDecimal owed = BigDecimal.ZERO.setScale(currency.getDefaultFractionDigits() < 0 ? 2 : currency.getDefaultFractionDigits());
        for (CreditStatement statement : facts.credits()) {
            owed = owed.add(statement.owed().amount());
        }
        Map<String, Integer> byCategory = new LinkedHashMap<>();
        for (GapCategory category : GapCategory.values()) {
            byCategory.put(category.wireName(), 0);
        }
        int critical = 0;
        int disagreements = 0;
        BigDecimal impact = BigDecimal.ZERO;
        boolean anyImpact = false;
        for (GapRecord gap : facts.gaps()) {
            byCategory.merge(gap.category().wireName(), 1, Integer::sum);
            if (gap.finding().severity() == Severity.CRITICAL) {
                critical++;
            }
            if (gap.finding().kind().equals(DISAGREEMENT)) {
                disagreements++;
            }
            if (gap.impact().isPresent()) {
                impact = impact.add(gap.impact().get().total().amount());
                anyImpact = true;
            }
        }
        byCategory.values().removeIf(n -> n == 0);
        Headlines headlines = new Headlines(facts.reports().size(), counted, met, new Money(owed, currency),
                facts.gaps().size(), byCategory, critical, disagreements,
                anyImpact ? Optional.of(new Money(impact, currency)) : Optional.empty());
        return new AuditReport(facts, headlines, compliance);
    }
}
