package io.witness.core.coverage.audit;

import io.witness.core.finding.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * What a coverage rule found: its findings, how well each obligation it audits was kept, and, for
 * obligations that can be counted month by month, how much was delivered each month. Immutable.
 *
 * @param findings in the rule's order
 * @param checks one per obligation audited
 * @param deliveries per obligation and month, where the rule counts them
 */
public record RuleOutcome(List<Finding> findings, List<ObligationCheck> checks, List<MonthlyDelivery> deliveries) {

    public RuleOutcome {
        findings = List.copyOf(findings);
        checks = List.copyOf(checks);
        deliveries = List.copyOf(deliveries);
    }

    public RuleOutcome(List<Finding> findings, List<ObligationCheck> checks) {
        this(findings, checks, List.of());
    }

    public static RuleOutcome of(List<Finding> findings) {
        return new RuleOutcome(findings, List.of(), List.of());
    }

    public static RuleOutcome none() {
        return new RuleOutcome(List.of(), List.of(), List.of());
    }

    /** This outcome followed by {@code other}'s. */
    public RuleOutcome plus(RuleOutcome other) {
        List<Finding> allFindings = new ArrayList<>(findings);
        allFindings.addAll(other.findings);
        List<ObligationCheck> allChecks = new ArrayList<>(checks);
        allChecks.addAll(other.checks);
        List<MonthlyDelivery> allDeliveries = new ArrayList<>(deliveries);
        allDeliveries.addAll(other.deliveries);
        return new RuleOutcome(allFindings, allChecks, allDeliveries);
    }
}
