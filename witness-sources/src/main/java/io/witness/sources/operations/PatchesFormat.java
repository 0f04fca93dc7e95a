package io.witness.sources.operations;

import io.witness.core.contract.PatchSeverity;
import io.witness.core.coverage.CoverageEvidence;
import io.witness.core.coverage.patch.PatchRecord;
import io.witness.core.coverage.patch.PatchStatus;
import io.witness.sources.format.LoggedObservation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code patches}: patch status snapshots, one patch on one device in one report a row (docs/coverage.md,
 * "Patch status"): {@code report_date}, {@code device}, {@code product}, {@code patch_id}, {@code title},
 * {@code severity}, {@code released}, {@code status} ({@code installed}, {@code missing}, {@code failed},
 * {@code exception}), {@code installed}, {@code exception_since}, {@code exception_reason}.
 */
public final class PatchesFormat extends CsvEvidenceFormat {

    private static final List<Column> LAYOUT = List.of(Column.required("report_date", ColumnType.DATE), Column.required("device", ColumnType.TEXT),
            Column.optional("product", ColumnType.TEXT), Column.required("patch_id", ColumnType.TEXT), Column.optional("title", ColumnType.TEXT),
            Column.choice("severity", true, "critical", "high", "medium", "low"), Column.optional("released", ColumnType.DATE),
            Column.choice("status", true, "installed", "missing", "failed", "exception"), Column.optional("installed", ColumnType.DATE),
            Column.optional("exception_since", ColumnType.DATE), Column.optional("exception_reason", ColumnType.TEXT));

    @Override
    public String name() {
        return "patches";
    }

    @Override
    public String description() {
        return "patch status per device, patch and report date: severity, release, installed or missing (CSV/XLSX, docs/coverage.md)";
    }

    @Override
    List<Column> layout() {
        return LAYOUT;
    }

    @Override
    String kind() {
        return "patch-status";
    }

    @Override
    String sourceId(ObjectNode json) {
        return json.get("device").asString() + "/" + json.get("patch_id").asString() + "/" + json.get("report_date").asString();
    }

    @Override
    CoverageEvidence evidenceOf(List<LoggedObservation> observations) {
        List<PatchRecord> records = new ArrayList<>(observations.size());
        for (LoggedObservation o : observations) {
            ParsedFields f = new ParsedFields(o);
            records.add(new PatchRecord(f.date("report_date"), f.text("device"), f.textOrEmpty("product"), f.text("patch_id"),
                    f.textOrEmpty("title"), severity(f.text("severity")), f.optionalDate("released"),
                    PatchStatus.fromWire(f.text("status")).orElseThrow(), f.optionalDate("installed"), f.optionalDate("exception_since"), o.ref()));
        }
        return CoverageEvidence.empty().withPatches(records);
    }

    static PatchSeverity severity(String wire) {
        return Arrays.stream(PatchSeverity.values()).filter(s -> s.wireName().equals(wire)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Not a patch severity: " + wire));
    }
}
