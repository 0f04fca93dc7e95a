package io.witness.app.coverage.cli;

import io.witness.core.contract.Contract;
import io.witness.core.contract.Money;
import io.witness.core.coverage.CoverageReport;
import io.witness.core.coverage.CoverageSummary;
import io.witness.core.coverage.audit.ObligationCheck;
import io.witness.core.coverage.cost.MarketComparison;
import io.witness.core.coverage.patch.PatchAgeBuckets;
import io.witness.core.finding.Severity;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The summary of a coverage report as one JSON object (coverage-summary.json); docs/coverage.md lists its fields. */
final class CoverageJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private CoverageJson() {
    }

    static String of(Contract contract, String tenant, CoverageReport report) {
        CoverageSummary s = report.summary();
        ObjectNode json = MAPPER.createObjectNode();
        json.put("tenant", tenant);
        json.put("contract", contract.header().id().toString());
        json.put("from", report.from().toString());
        json.put("at", report.at().toString());
        ObjectNode critical = json.putObject("critical_systems");
        critical.put("total", s.criticalSystems());
        critical.put("backed_up", s.criticalBackedUp());
        critical.put("backed_up_percent", s.backedUpPercent());
        critical.put("restore_tested", s.criticalRestoreTested());
        critical.put("restore_tested_percent", s.restoreTestedPercent());
        PatchAgeBuckets ages = s.patchAges();
        ObjectNode patch = json.putObject("patch_age");
        patch.put("devices", ages.devices());
        patch.put("none_missing", ages.noneMissing());
        patch.put("under_30_days", ages.under30());
        patch.put("days_30_to_59", ages.from30());
        patch.put("days_60_to_89", ages.from60());
        patch.put("days_90_to_119", ages.from90());
        patch.put("days_120_or_more", ages.from120());
        ObjectNode drift = json.putObject("drift");
        drift.put("devices_compared", s.devicesCompared());
        drift.put("changes", s.driftChanges());
        drift.put("without_change_record", s.driftUncovered());
        ObjectNode baseline = json.putObject("baseline");
        baseline.put("passing", s.baselinePassed());
        baseline.put("failing", s.baselineFailed());
        s.baselineScore().ifPresent(score -> baseline.put("score_percent", score));
        ObjectNode obligations = json.putObject("obligations");
        obligations.put("met", s.obligationsMet());
        obligations.put("total", s.obligations().size());
        ArrayNode items = obligations.putArray("items");
        for (ObligationCheck check : s.obligations()) {
            items.addObject().put("provider", check.provider().value()).put("obligation", check.obligation().value()).put("kind", check.kind())
                    .put("section", check.section().text()).put("expected", check.expected()).put("kept", check.kept()).put("met", check.met())
                    .put("detail", check.detail());
        }
        ObjectNode incidents = json.putObject("incidents");
        incidents.put("total", s.incidents());
        incidents.put("without_owner", s.incidentsWithoutOwner());
        ArrayNode market = json.putArray("market");
        for (MarketComparison c : s.market()) {
            ObjectNode item = market.addObject().put("provider", c.provider().value()).put("unit", c.unit().wireName()).put("count", c.count());
            c.price().ifPresent(p -> item.put("price", p.amount().toPlainString()));
            c.range().ifPresent(r -> item.put("low", r.low().amount().toPlainString()).put("median", r.median().amount().toPlainString())
                    .put("high", r.high().amount().toPlainString()).put("source", r.source()).put("as_of", r.asOf().toString()));
            item.put("position", c.position()).put("note", c.note());
        }
        money(json.putObject("paid_not_delivered"), s.paidNotDelivered());
        ObjectNode findings = json.putObject("findings");
        findings.put("total", report.findings().size());
        ObjectNode bySeverity = findings.putObject("by_severity");
        for (Severity severity : Severity.values()) {
            bySeverity.put(severity.wireName(), s.findingsBySeverity().get(severity));
        }
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(json) + "\n";
    }

    private static void money(ObjectNode node, Money money) {
        node.put("amount", money.amount().toPlainString());
        node.put("currency", money.currency().getCurrencyCode());
    }
}
