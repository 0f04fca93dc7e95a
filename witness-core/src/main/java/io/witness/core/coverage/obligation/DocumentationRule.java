package io.witness.core.coverage.obligation;

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
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Documentation reviews: each document in the evidence (by name, ignoring case) is judged by its latest
 * update before the audit date; one not updated within a cadence of it (six months for biannual) is
 * stale. With no documentation record at all, the review is missing once the first cadence after the
 * contract's start has passed.
 */
public final class DocumentationRule {

    public static final FindingKind STALE = new FindingKind("documentation-stale");
    public static final FindingKind MISSING = new FindingKind("documentation-missing");

    private DocumentationRule() {
    }

    public static RuleOutcome audit(AuditContext context, List<ObligationRecord> records) {
        List<Finding> findings = new ArrayList<>();
        List<ObligationCheck> checks = new ArrayList<>();
        for (ProviderObligation<ObligationTerms.DocumentationReview> obligation
                : context.obligations(ObligationTerms.DocumentationReview.class)) {
            Map<String, ObligationRecord> latest = new TreeMap<>();
            for (ObligationRecord record : records) {
                if (record.kind() == ObligationRecordKind.DOCUMENTATION && record.counts(obligation.obligation().id())
                        && record.date().isBefore(context.at())) {
                    latest.merge(record.document().toLowerCase(Locale.ROOT), record, (a, b) -> b.date().isAfter(a.date()) ? b : a);
                }
            }
            long kept = 0;
            for (ObligationRecord document : latest.values()) {
                LocalDate due = CadencePeriod.after(obligation.terms().cadence(), document.date());
                if (context.at().isAfter(due)) {
                    findings.add(stale(context, obligation, document, due));
                } else {
                    kept++;
                }
            }
            long expected = latest.size();
            LocalDate firstDue = CadencePeriod.after(obligation.terms().cadence(), context.contract().header().effective().from());
            if (latest.isEmpty() && context.at().isAfter(firstDue)) {
                expected = 1;
                findings.add(FindingDraft.of(MISSING, obligation.obligation().id().value()).obligation(obligation).severity(Severity.MEDIUM)
                        .title("No documentation review recorded (" + obligation.section() + ", every "
                                + CadencePeriod.unit(obligation.terms().cadence()) + ")")
                        .explanation("The evidence holds no documentation update before " + context.at() + "; " + obligation.section()
                                + " requires a review every " + CadencePeriod.unit(obligation.terms().cadence()) + ", the first due by " + firstDue + ".")
                        .at(context.startOf(firstDue)).evidence(context.ref(obligation)).build());
            }
            checks.add(new ObligationCheck(obligation.provider(), obligation.obligation().id(), obligation.terms().kind(),
                    obligation.obligation().section(), expected, kept, kept + " of " + Words.count(latest.size(), "document")
                            + " reviewed within a " + CadencePeriod.unit(obligation.terms().cadence())));
        }
        return new RuleOutcome(findings, checks);
    }

    private static Finding stale(AuditContext context, ProviderObligation<ObligationTerms.DocumentationReview> obligation,
            ObligationRecord document, LocalDate due) {
        long months = Period.between(document.date(), context.at()).toTotalMonths();
        long days = ChronoUnit.DAYS.between(document.date(), context.at());
        String unit = CadencePeriod.unit(obligation.terms().cadence());
        return FindingDraft.of(STALE, obligation.obligation().id().value(), Words.slug(document.document().toLowerCase(Locale.ROOT)))
                .obligation(obligation).severity(Severity.LOW)
                .title(document.document() + ": last updated " + document.date() + ", " + Words.count(months, "month") + " before "
                        + context.at() + " (" + obligation.section() + ", every " + unit + ")")
                .explanation(MonthlyReportRule.capitalised(obligation.section()) + " requires the documentation to be reviewed every " + unit
                        + ". '" + document.document() + "' was last updated " + document.date() + " (" + days + " days before " + context.at()
                        + "); the next review was due by " + due + ".")
                .at(context.startOf(due)).evidence(document.ref()).build();
    }
}
