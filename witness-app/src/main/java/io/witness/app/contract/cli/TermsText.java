package io.witness.app.contract.cli;

import io.witness.core.clock.Target;
import io.witness.core.clock.WarningThreshold;
import io.witness.core.contract.AttainmentCredit;
import io.witness.core.contract.BreachCredit;
import io.witness.core.contract.CreditAmount;
import io.witness.core.contract.Obligation;
import io.witness.core.contract.ObligationTerms;
import io.witness.core.event.Priority;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Terms in words for the summary: targets, credits, obligations. */
final class TermsText {

    private TermsText() {
    }

    static String target(Target target) {
        if (target instanceof Target.Within within) {
            return duration(within.duration());
        }
        if (target instanceof Target.BusinessDays days) {
            return days.days() + " bus. day" + (days.days() == 1 ? "" : "s");
        }
        Target.ByTimeOfBusinessDay by = (Target.ByTimeOfBusinessDay) target;
        return "by " + by.at() + (by.businessDays() == 0 ? " same day" : " +" + by.businessDays() + " bus. day"
                + (by.businessDays() == 1 ? "" : "s"));
    }

    static String duration(Duration d) {
        long minutes = d.toMinutes();
        if (d.toMillis() % 60_000 != 0) {
            return d.toString();
        }
        if (minutes < 60) {
            return minutes + " min";
        }
        return minutes % 60 == 0 ? minutes / 60 + " h" : minutes / 60 + " h " + minutes % 60 + " min";
    }

    static String warning(WarningThreshold warning) {
        if (warning instanceof WarningThreshold.ShareOfTarget share) {
            return share.percent() + "%";
        }
        if (warning instanceof WarningThreshold.BeforeDue before) {
            return duration(before.ahead()) + " before due";
        }
        return "none";
    }

    static String credit(CreditAmount amount) {
        return amount.toString();
    }

    static String attainment(AttainmentCredit credit) {
        String scope = (credit.clocks().isEmpty() ? "every clock" : sorted(credit.clocks()) + " clocks")
                + (credit.priorities().isEmpty() ? "" : " for " + priorities(credit.priorities()))
                + (credit.minimumClocks() > 0 ? ", at least " + credit.minimumClocks() + " clocks" : "");
        String tiers = credit.tiers().stream().map(t -> "below " + t.below() + ": " + credit(t.credit()))
                .collect(Collectors.joining("; "));
        return "attainment (" + credit.section() + ") of " + scope + ": " + tiers;
    }

    static String breach(BreachCredit credit) {
        return "per breach (" + credit.section() + ") of " + credit.clock()
                + (credit.priorities().isEmpty() ? "" : " " + priorities(credit.priorities())) + ": " + credit(credit.credit());
    }

    static String obligation(Obligation obligation) {
        ObligationTerms terms = obligation.terms();
        if (terms instanceof ObligationTerms.MonthlyReport report) {
            return "monthly report by day " + report.dueDay() + " of the next month";
        }
        if (terms instanceof ObligationTerms.BusinessReview review) {
            return "business review, " + review.cadence().wireName();
        }
        if (terms instanceof ObligationTerms.RestoreTest test) {
            return "restore test of " + ids(test.systems()) + " every " + test.everyDays() + " days";
        }
        if (terms instanceof ObligationTerms.Patching patching) {
            return patching.severity().wireName() + " patches within " + patching.withinDays() + " days"
                    + (patching.systems().isEmpty() ? "" : " on " + ids(patching.systems()));
        }
        if (terms instanceof ObligationTerms.BackupScope backup) {
            return backup.cadence().wireName() + " backup of " + ids(backup.systems())
                    + backup.retentionDays().map(d -> ", kept " + d + " days").orElse("");
        }
        if (terms instanceof ObligationTerms.PreventiveMaintenance task) {
            return task.cadence().wireName() + ": " + task.task() + (task.systems().isEmpty() ? "" : " (" + ids(task.systems()) + ")");
        }
        if (terms instanceof ObligationTerms.DocumentationReview review) {
            return "documentation review, " + review.cadence().wireName();
        }
        ObligationTerms.SecurityBaselineReview review = (ObligationTerms.SecurityBaselineReview) terms;
        return "security baseline review, " + review.cadence().wireName()
                + (review.baseline().isEmpty() ? "" : " (" + review.baseline() + ")");
    }

    static String priorities(Set<Priority> priorities) {
        return priorities.stream().map(Priority::code).sorted().collect(Collectors.joining(", "));
    }

    static String ids(Collection<?> ids) {
        return ids.stream().map(Object::toString).collect(Collectors.joining(", "));
    }

    private static String sorted(Set<String> names) {
        return names.stream().sorted().collect(Collectors.joining(", "));
    }

    static String pad(String text, int width) {
        return text.length() >= width ? text + " " : text + " ".repeat(width - text.length());
    }

    static String row(List<String> cells, List<Integer> widths) {
        StringBuilder out = new StringBuilder("  ");
        for (int i = 0; i < cells.size(); i++) {
            out.append(i == cells.size() - 1 ? cells.get(i) : pad(cells.get(i), widths.get(i)));
        }
        return out.toString().stripTrailing() + "\n";
    }
}
