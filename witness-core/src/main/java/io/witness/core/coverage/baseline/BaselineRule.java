package io.witness.core.coverage.baseline;

import io.witness.core.contract.ObligationTerms;
import io.witness.core.coverage.audit.AuditContext;
import io.witness.core.coverage.audit.CadencePeriod;
import io.witness.core.coverage.audit.FindingDraft;
import io.witness.core.coverage.audit.ObligationCheck;
import io.witness.core.coverage.audit.ProviderObligation;
import io.witness.core.coverage.audit.RuleOutcome;
import io.witness.core.coverage.audit.Words;
import io.witness.core.finding.Finding;
import io.witness.core.finding.FindingKind;
import io.witness.core.finding.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The security baseline on the audit date: each control (per scope) is judged by its latest check before
 * that date. A control whose latest check failed is reported with the date it started failing (the first
 * of the failed checks in a row up to the latest). For each security-baseline obligation, a control whose
 * latest check is more than one cadence old (a quarter: three months) is overdue for review; with no
 * check at all, the review is missing once the first cadence after the contract's start has passed. The
 * score is the share of passing controls among those passing or failing.
 */
public final class BaselineRule {

    /** A control whose latest check failed. */
    public static final FindingKind FAILING = new FindingKind("baseline-control-failing");
    /** A control not reviewed within the contract's cadence. */
    public static final FindingKind OVERDUE = new FindingKind("baseline-review-overdue");
    /** No baseline check at all although one is due. */
    public static final FindingKind MISSING = new FindingKind("baseline-review-missing");

    /**
     * What the rule found and the score.
     *
     * @param outcome findings and one check per baseline obligation
     * @param passed controls passing on their latest check
     * @param failed controls failing on their latest check
     * @param notApplicable controls not applicable on their latest check
     */
    public record Result(RuleOutcome outcome, long passed, long failed, long notApplicable) {
    }

    private BaselineRule() {
    }

    public static Result audit(AuditContext context, List<BaselineCheck> checks) {
        Map<String, List<BaselineCheck>> byControl = new TreeMap<>();
        for (BaselineCheck check : checks) {
            if (check.checkedOn().isBefore(context.at())) {
                byControl.computeIfAbsent(check.control() + "\t" + check.scope(), k -> new ArrayList<>()).add(check);
            }
        }
        List<ProviderObligation<ObligationTerms.SecurityBaselineReview>> obligations =
                context.obligations(ObligationTerms.SecurityBaselineReview.class);
        Optional<ProviderObligation<ObligationTerms.SecurityBaselineReview>> first = obligations.stream().findFirst();
        List<Finding> findings = new ArrayList<>();
        long passed = 0;
        long failed = 0;
        long notApplicable = 0;
        List<BaselineCheck> latest = new ArrayList<>();
        for (List<BaselineCheck> history : byControl.values()) {
            history.sort(Comparator.comparing(BaselineCheck::checkedOn));
            BaselineCheck last = history.get(history.size() - 1);
            latest.add(last);
            switch (last.result()) {
                case PASS -> passed++;
                case NOT_APPLICABLE -> notApplicable++;
                case FAIL -> {
                    failed++;
                    findings.add(failing(context, history, first));
                }
            }
        }
        List<ObligationCheck> obligationChecks = new ArrayList<>();
        for (ProviderObligation<ObligationTerms.SecurityBaselineReview> obligation : obligations) {
            long kept = 0;
            for (BaselineCheck last : latest) {
                LocalDate due = CadencePeriod.after(obligation.terms().cadence(), last.checkedOn());
                if (context.at().isAfter(due)) {
                    findings.add(overdue(context, obligation, last, due));
                } else {
                    kept++;
                }
            }
            LocalDate firstDue = CadencePeriod.after(obligation.terms().cadence(), context.contract().header().effective().from());
            long expected = latest.size();
            if (latest.isEmpty() && context.at().isAfter(firstDue)) {
                findings.add(missing(context, obligation, firstDue));
                expected = 1;
            }
            obligationChecks.add(new ObligationCheck(obligation.provider(), obligation.obligation().id(), obligation.terms().kind(),
                    obligation.obligation().section(), expected, kept, kept + " of " + latest.size() + " controls reviewed within a "
                            + CadencePeriod.unit(obligation.terms().cadence())));
        }
        return new Result(new RuleOutcome(findings, obligationChecks), passed, failed, notApplicable);
    }

    private static Finding failing(AuditContext context, List<BaselineCheck> history,
            Optional<ProviderObligation<ObligationTerms.SecurityBaselineReview>> obligation) {
        BaselineCheck last = history.get(history.size() - 1);
        int from = history.size() - 1;
        while (from > 0 && history.get(from - 1).result() == BaselineResult.FAIL) {
            from--;
        }
        LocalDate since = history.get(from).checkedOn();
        int failedChecks = history.size() - from;
        String explanation = "The security baseline check of " + last.checkedOn() + " found control " + last.label() + " failing"
                + (last.detail().isEmpty() ? "" : ": " + last.detail()) + ". "
                + (failedChecks == 1 ? "It is the first failed check" + (from > 0 ? " after a pass on " + history.get(from - 1).checkedOn() : "") + "."
                        : "It has failed every check since " + since + " (" + Words.count(failedChecks, "check") + ").")
                + obligation.map(o -> " " + capitalised(o.section()) + " requires a review against " + o.terms().baseline() + " every "
                        + CadencePeriod.unit(o.terms().cadence()) + ".").orElse("");
        FindingDraft draft = FindingDraft.of(FAILING, last.scope().isEmpty() ? new String[] {last.control()} : new String[] {last.control(), last.scope()})
                .severity(Severity.HIGH).title(last.label() + ": failing since " + since + " (last checked " + last.checkedOn() + ")")
                .explanation(explanation).at(context.startOf(last.checkedOn()));
        history.subList(from, history.size()).forEach(c -> draft.evidence(c.ref()));
        obligation.ifPresent(draft::obligation);
        return draft.build();
    }

    private static Finding overdue(AuditContext context, ProviderObligation<ObligationTerms.SecurityBaselineReview> obligation,
            BaselineCheck last, LocalDate due) {
        String unit = CadencePeriod.unit(obligation.terms().cadence());
        return FindingDraft.of(OVERDUE, last.scope().isEmpty()
                        ? new String[] {obligation.obligation().id().value(), last.control()}
                        : new String[] {obligation.obligation().id().value(), last.control(), last.scope()})
                .obligation(obligation).severity(Severity.MEDIUM)
                .title(last.label() + ": not reviewed since " + last.checkedOn() + " (" + obligation.section() + ", every " + unit + ")")
                .explanation("Control " + last.label() + " was last checked on " + last.checkedOn() + "; " + obligation.section()
                        + " requires a review against " + obligation.terms().baseline() + " every " + unit + ", so the next was due by "
                        + due + ", " + java.time.temporal.ChronoUnit.DAYS.between(due, context.at()) + " days before " + context.at() + ".")
                .at(context.startOf(due)).evidence(last.ref()).build();
    }

    private static Finding missing(AuditContext context, ProviderObligation<ObligationTerms.SecurityBaselineReview> obligation, LocalDate due) {
        String unit = CadencePeriod.unit(obligation.terms().cadence());
        return FindingDraft.of(MISSING, obligation.obligation().id().value()).obligation(obligation).severity(Severity.HIGH)
                .title("No security baseline review recorded (" + obligation.section() + ", every " + unit + ")")
                .explanation("The evidence holds no security baseline check before " + context.at() + "; " + obligation.section()
                        + " requires a review against " + obligation.terms().baseline() + " every " + unit + ", the first due by " + due + ".")
                .at(context.startOf(due)).evidence(context.ref(obligation)).build();
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
