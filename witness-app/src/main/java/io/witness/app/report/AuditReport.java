package io.witness.app.report;

import io.witness.core.contract.Money;
import io.witness.core.credit.CreditStatement;
import io.witness.core.finding.FindingKind;
import io.witness.core.finding.Severity;
import io.witness.core.register.GapCategory;
import io.witness.core.register.GapRecord;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

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
        GapTally gaps = GapTally.of(facts.gaps());
        List<ComplianceRow> compliance = Compliance.of(facts.reports(), gaps.breaches, facts.contract().header().zone(),
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
            if (gaps.byCategory[category.ordinal()] > 0) {
                byCategory.put(category.wireName(), gaps.byCategory[category.ordinal()]);
            }
        }
        Headlines headlines = new Headlines(facts.reports().size(), counted, met, new Money(owed, currency),
                facts.gaps().size(), byCategory, gaps.critical, gaps.disagreements,
                gaps.anyImpact ? Optional.of(new Money(gaps.impact, currency)) : Optional.empty());
        return new AuditReport(facts, headlines, compliance);
    }

    /** The register's gaps counted by category, severity and kind, and their business impact summed, and the sla-breach findings' ids gathered: in
     * {@link Slices} on every core, one pass over the register for the headlines and compliance. */
    private static final class GapTally {

        final int[] byCategory = new int[GapCategory.values().length];
        int critical;
        int disagreements;
        BigDecimal impact = BigDecimal.ZERO;
        boolean anyImpact;
        /** The sla-breach findings' ids, which compliance lists breached clocks by; in a slice, in the register's order. */
        final List<String> breachIds = new ArrayList<>();
        Set<String> breaches = Set.of();

        static GapTally of(List<GapRecord> gaps) {
            List<GapTally> counted = Slices.of(gaps).map(GapTally::count).toList();
            GapTally total = new GapTally();
            Set<String> breaches = new HashSet<>();
            for (GapTally slice : counted) {
                breaches.addAll(slice.breachIds);
                for (int c = 0; c < total.byCategory.length; c++) {
                    total.byCategory[c] += slice.byCategory[c];
                }
                total.critical += slice.critical;
                total.disagreements += slice.disagreements;
                total.impact = total.impact.add(slice.impact);
                total.anyImpact |= slice.anyImpact;
            }
            total.breaches = breaches;
            return total;
        }

        private static GapTally count(List<GapRecord> gaps) {
            GapTally tally = new GapTally();
            for (GapRecord gap : gaps) {
                if (Compliance.isBreach(gap.finding().id())) {
                    tally.breachIds.add(gap.finding().id());
                }
                tally.byCategory[gap.category().ordinal()]++;
                if (gap.finding().severity() == Severity.CRITICAL) {
                    tally.critical++;
                }
                if (gap.finding().kind().code().equals(DISAGREEMENT.code())) {
                    tally.disagreements++;
                }
                if (gap.impact().isPresent()) {
                    tally.impact = tally.impact.add(gap.impact().get().total().amount());
                    tally.anyImpact = true;
                }
            }
            return tally;
        }
    }
}
