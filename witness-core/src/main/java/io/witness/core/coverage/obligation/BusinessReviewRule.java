package io.witness.core.coverage.obligation;

import io.witness.core.contract.ObligationTerms;
import io.witness.core.coverage.audit.AuditContext;
import io.witness.core.coverage.audit.CadencePeriod;
import io.witness.core.coverage.audit.FindingDraft;
import io.witness.core.coverage.audit.MonthlyDelivery;
import io.witness.core.coverage.audit.ObligationCheck;
import io.witness.core.coverage.audit.ProviderObligation;
import io.witness.core.coverage.audit.RuleOutcome;
import io.witness.core.finding.Finding;
import io.witness.core.finding.FindingKind;
import io.witness.core.finding.Severity;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Business reviews (QBRs): each period of the obligation's cadence (a calendar quarter for quarterly)
 * that lies wholly in the audited period needs a review held in it. A review held in the next period
 * does not make up for a missed one; the finding names it.
 */
public final class BusinessReviewRule {

    public static final FindingKind MISSED = new FindingKind("qbr-missed");

    private BusinessReviewRule() {
    }

    public static RuleOutcome audit(AuditContext context, List<ObligationRecord> records) {
        List<Finding> findings = new ArrayList<>();
        List<ObligationCheck> checks = new ArrayList<>();
        List<MonthlyDelivery> deliveries = new ArrayList<>();
        for (ProviderObligation<ObligationTerms.BusinessReview> obligation : context.obligations(ObligationTerms.BusinessReview.class)) {
            List<ObligationRecord> reviews = records.stream().filter(r -> r.kind() == ObligationRecordKind.BUSINESS_REVIEW
                    && r.counts(obligation.obligation().id()) && r.date().isBefore(context.at())).toList();
            List<CadencePeriod> periods = CadencePeriod.within(obligation.terms().cadence(), context.from(), context.at());
            long held = 0;
            for (CadencePeriod period : periods) {
                boolean wasHeld = reviews.stream().anyMatch(r -> period.contains(r.date()));
                held += wasHeld ? 1 : 0;
                for (YearMonth month = YearMonth.from(period.startInclusive()); month.atDay(1).isBefore(period.endExclusive());
                        month = month.plusMonths(1)) {
                    deliveries.add(new MonthlyDelivery(obligation.provider(), obligation.obligation().id(), month, 1, wasHeld ? 1 : 0,
                            "business reviews held in the " + CadencePeriod.unit(obligation.terms().cadence())));
                }
                if (!wasHeld) {
                    findings.add(missed(context, obligation, period, reviews));
                }
            }
            String unit = CadencePeriod.unit(obligation.terms().cadence());
            checks.add(new ObligationCheck(obligation.provider(), obligation.obligation().id(), obligation.terms().kind(),
                    obligation.obligation().section(), periods.size(), held, held + " of " + periods.size() + " " + unit
                            + (periods.size() == 1 ? "" : "s") + " with a business review"));
        }
        return new RuleOutcome(findings, checks, deliveries);
    }

    private static Finding missed(AuditContext context, ProviderObligation<ObligationTerms.BusinessReview> obligation, CadencePeriod period,
            List<ObligationRecord> reviews) {
        String unit = CadencePeriod.unit(obligation.terms().cadence());
        Optional<ObligationRecord> next = reviews.stream().filter(r -> !r.date().isBefore(period.endExclusive()))
                .min((a, b) -> a.date().compareTo(b.date()));
        FindingDraft draft = FindingDraft.of(MISSED, obligation.obligation().id().value(), period.label().replace(' ', '-'))
                .obligation(obligation).severity(Severity.MEDIUM)
                .title("No business review held in " + period.label() + " (" + obligation.section() + ", every " + unit + ")")
                .explanation(MonthlyReportRule.capitalised(obligation.section()) + " requires a business review every " + unit
                        + ". The evidence holds none dated " + period.startInclusive() + " to " + period.endInclusive() + "."
                        + next.map(r -> " The next was held " + r.date() + ".").orElse(""))
                .at(context.startOf(period.endExclusive())).evidence(context.ref(obligation));
        next.ifPresent(r -> draft.evidence(r.ref()));
        return draft.build();
    }
}
