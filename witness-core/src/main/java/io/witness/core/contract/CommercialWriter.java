package io.witness.core.contract;

import io.witness.core.event.Priority;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Credits, obligations, responsibilities, pricing and business impact as YAML trees. */
final class CommercialWriter {

    private CommercialWriter() {
    }

    static Map<String, Object> credits(CreditSchedule schedule) {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("section", schedule.section().text());
        tree.put("period", schedule.period().wireName());
        if (!schedule.attainment().isEmpty()) {
            tree.put("attainment", schedule.attainment().stream().map(a -> {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("section", a.section().text());
                if (!a.clocks().isEmpty()) {
                    item.put("clocks", TermsWriter.sorted(a.clocks()));
                }
                if (!a.priorities().isEmpty()) {
                    item.put("priorities", codes(a.priorities()));
                }
                if (a.minimumClocks() > 0) {
                    item.put("minimum_clocks", a.minimumClocks());
                }
                item.put("tiers", a.tiers().stream().map(t -> (Object) TermsWriter.map("below", t.below().toString(),
                        "credit", credit(t.credit()))).toList());
                return (Object) item;
            }).toList());
        }
        if (!schedule.perBreach().isEmpty()) {
            tree.put("per_breach", schedule.perBreach().stream().map(b -> {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("section", b.section().text());
                item.put("clock", b.clock());
                if (!b.priorities().isEmpty()) {
                    item.put("priorities", codes(b.priorities()));
                }
                item.put("credit", credit(b.credit()));
                return (Object) item;
            }).toList());
        }
        Map<String, Object> caps = new LinkedHashMap<>();
        schedule.caps().perMonth().ifPresent(c -> caps.put("month", credit(c)));
        schedule.caps().perYear().ifPresent(c -> caps.put("year", credit(c)));
        if (!caps.isEmpty()) {
            tree.put("caps", caps);
        }
        schedule.claimWithinDays().ifPresent(days -> tree.put("claim_within_days", days));
        schedule.chronicFailure().ifPresent(c -> tree.put("chronic_failure", TermsWriter.map("section", c.section().text(),
                "consecutive_periods", c.consecutivePeriods(), "remedy", c.remedy())));
        return tree;
    }

    static Object credit(CreditAmount amount) {
        return amount instanceof CreditAmount.ShareOfFee share ? share.share().toString()
                : money(((CreditAmount.Fixed) amount).amount());
    }

    static Object money(Money money) {
        return new YamlText.Plain(money.amount().toPlainString());
    }

    private static List<Object> codes(Set<Priority> priorities) {
        return TermsWriter.sorted(priorities.stream().map(Priority::code).collect(Collectors.toSet()));
    }

    static Map<String, Object> obligation(Obligation obligation) {
        Map<String, Object> tree = TermsWriter.map("id", obligation.id().value(), "kind", obligation.terms().kind(),
                "section", obligation.section().text(), "description", obligation.description(),
                "evidence", obligation.evidence().wireName());
        ObligationTerms terms = obligation.terms();
        if (terms instanceof ObligationTerms.MonthlyReport report) {
            tree.put("due_day", report.dueDay());
        } else if (terms instanceof ObligationTerms.BusinessReview review) {
            tree.put("cadence", review.cadence().wireName());
        } else if (terms instanceof ObligationTerms.RestoreTest test) {
            tree.put("every_days", test.everyDays());
            tree.put("systems", ids(test.systems()));
        } else if (terms instanceof ObligationTerms.Patching patching) {
            tree.put("severity", patching.severity().wireName());
            tree.put("within_days", patching.withinDays());
            if (!patching.systems().isEmpty()) {
                tree.put("systems", ids(patching.systems()));
            }
        } else if (terms instanceof ObligationTerms.BackupScope backup) {
            tree.put("systems", ids(backup.systems()));
            tree.put("cadence", backup.cadence().wireName());
            backup.retentionDays().ifPresent(days -> tree.put("retention_days", days));
        } else if (terms instanceof ObligationTerms.PreventiveMaintenance task) {
            tree.put("task", task.task());
            tree.put("cadence", task.cadence().wireName());
            if (!task.systems().isEmpty()) {
                tree.put("systems", ids(task.systems()));
            }
        } else if (terms instanceof ObligationTerms.DocumentationReview review) {
            tree.put("cadence", review.cadence().wireName());
        } else if (terms instanceof ObligationTerms.SecurityBaselineReview review) {
            tree.put("cadence", review.cadence().wireName());
            if (!review.baseline().isEmpty()) {
                tree.put("baseline", review.baseline());
            }
        }
        return tree;
    }

    private static List<Object> ids(List<AssetId> ids) {
        return ids.stream().map(id -> (Object) id.value()).toList();
    }

    static Map<String, Object> responsibility(Responsibility r) {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("area", r.area());
        tree.put("ownership", r.ownership().wireName());
        tree.put("responsible", parties(r.responsible()));
        tree.put("accountable", r.accountable().value());
        if (!r.consulted().isEmpty()) {
            tree.put("consulted", parties(r.consulted()));
        }
        if (!r.informed().isEmpty()) {
            tree.put("informed", parties(r.informed()));
        }
        r.section().ifPresent(s -> tree.put("section", s.text()));
        if (!r.note().isEmpty()) {
            tree.put("note", r.note());
        }
        return tree;
    }

    private static List<Object> parties(List<PartyId> ids) {
        return ids.stream().map(id -> (Object) id.value()).toList();
    }

    static Map<String, Object> pricing(Pricing pricing) {
        Map<String, Object> tree = new LinkedHashMap<>();
        pricing.section().ifPresent(s -> tree.put("section", s.text()));
        tree.put("monthly_fee", money(pricing.monthlyFee()));
        if (!pricing.lines().isEmpty()) {
            tree.put("lines", pricing.lines().stream().map(l -> {
                Map<String, Object> line = TermsWriter.map("item", l.item(), "unit", l.unit().wireName());
                l.quantity().ifPresent(q -> line.put("quantity", q));
                line.put("price", money(l.price()));
                return (Object) line;
            }).toList());
        }
        if (!pricing.included().isEmpty()) {
            tree.put("included", pricing.included().stream().map(i -> (Object) i).toList());
        }
        if (!pricing.excluded().isEmpty()) {
            tree.put("excluded", pricing.excluded().stream().map(e -> {
                Map<String, Object> item = TermsWriter.map("item", e.item());
                e.rate().ifPresent(rate -> item.put("rate", money(rate)));
                e.per().ifPresent(per -> item.put("per", per.wireName()));
                if (!e.note().isEmpty()) {
                    item.put("note", e.note());
                }
                return (Object) item;
            }).toList());
        }
        pricing.annualIncreaseCap().ifPresent(cap -> tree.put("annual_increase_cap", cap.toString()));
        return tree;
    }

    static Map<String, Object> impact(BusinessImpact impact) {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("hourly_cost_per_employee", money(impact.hourlyCostPerEmployee()));
        impact.employees().ifPresent(n -> tree.put("employees", n));
        if (!impact.revenuePerHour().isEmpty()) {
            Map<String, Object> revenue = new LinkedHashMap<>();
            impact.revenuePerHour().forEach((asset, amount) -> revenue.put(asset.value(), money(amount)));
            tree.put("revenue_per_hour", revenue);
        }
        return tree;
    }
}
