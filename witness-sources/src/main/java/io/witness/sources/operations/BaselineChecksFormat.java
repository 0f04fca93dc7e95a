package io.witness.sources.operations;

import io.witness.core.coverage.CoverageEvidence;
import io.witness.core.coverage.baseline.BaselineCheck;
import io.witness.core.coverage.baseline.BaselineResult;
import io.witness.sources.format.LoggedObservation;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code baseline-checks}: security baseline controls checked, one control (in one scope) on one date a
 * row (docs/coverage.md, "Security baseline checks"): {@code control}, {@code name}, {@code scope},
 * {@code checked_on}, {@code result} ({@code pass}, {@code fail}, {@code not_applicable}), {@code detail},
 * {@code checked_by}.
 */
public final class BaselineChecksFormat extends CsvEvidenceFormat {

    private static final List<Column> LAYOUT = List.of(Column.required("control", ColumnType.TEXT), Column.optional("name", ColumnType.TEXT),
            Column.optional("scope", ColumnType.TEXT), Column.required("checked_on", ColumnType.DATE),
            Column.choice("result", true, "pass", "fail", "not_applicable"), Column.optional("detail", ColumnType.TEXT),
            Column.optional("checked_by", ColumnType.TEXT));

    @Override
    public String name() {
        return "baseline-checks";
    }

    @Override
    public String description() {
        return "security baseline controls with a dated result each (CSV/XLSX, docs/coverage.md)";
    }

    @Override
    List<Column> layout() {
        return LAYOUT;
    }

    @Override
    String kind() {
        return "baseline-check";
    }

    @Override
    String sourceId(ObjectNode json) {
        return json.get("control").asString() + "/" + (json.has("scope") ? json.get("scope").asString() : "") + "/"
                + json.get("checked_on").asString();
    }

    @Override
    CoverageEvidence evidenceOf(List<LoggedObservation> observations) {
        return CoverageEvidence.empty().withBaselineChecks(observations.stream().map(o -> {
            ParsedFields f = new ParsedFields(o);
            return new BaselineCheck(f.text("control"), f.textOrEmpty("name"), f.textOrEmpty("scope"), f.date("checked_on"),
                    BaselineResult.fromWire(f.text("result")).orElseThrow(), f.textOrEmpty("detail"), o.ref());
        }).toList());
    }
}
