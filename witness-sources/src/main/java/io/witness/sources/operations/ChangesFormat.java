package io.witness.sources.operations;

import io.witness.core.coverage.CoverageEvidence;
import io.witness.core.coverage.drift.ChangeRecord;
import io.witness.sources.export.ExportRow;
import io.witness.sources.format.LoggedObservation;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code changes}: approved changes (change tickets), one a row (docs/coverage.md, "Change records"):
 * {@code change_id}, {@code devices} ({@code ;}-separated, {@code *} for any), {@code window_start},
 * {@code window_end}, {@code summary}, {@code status}.
 */
public final class ChangesFormat extends CsvEvidenceFormat {

    private static final Column START = Column.required("window_start", ColumnType.INSTANT);
    private static final Column END = Column.required("window_end", ColumnType.INSTANT);
    private static final List<Column> LAYOUT = List.of(Column.required("change_id", ColumnType.TEXT), Column.required("devices", ColumnType.LIST),
            START, END, Column.optional("summary", ColumnType.TEXT), Column.optional("status", ColumnType.TEXT));

    @Override
    public String name() {
        return "changes";
    }

    @Override
    public String description() {
        return "approved changes: id, devices, window, summary, to tell planned configuration changes from drift (CSV/XLSX, docs/coverage.md)";
    }

    @Override
    List<Column> layout() {
        return LAYOUT;
    }

    @Override
    String kind() {
        return "change-record";
    }

    @Override
    String sourceId(ObjectNode json) {
        return json.get("change_id").asString();
    }

    @Override
    Optional<Instant> claimedAt(ObjectNode json) {
        return Optional.of(Instant.parse(json.get("window_start").asString()));
    }

    @Override
    void check(TableReader reader, ExportRow row, ObjectNode json) {
        Checks.notBefore(reader, row, json, END, START);
    }

    @Override
    CoverageEvidence evidenceOf(List<LoggedObservation> observations) {
        return CoverageEvidence.empty().withChanges(observations.stream().map(o -> {
            ParsedFields f = new ParsedFields(o);
            return new ChangeRecord(f.text("change_id"), f.list("devices"), f.instant("window_start"), f.instant("window_end"),
                    f.textOrEmpty("summary"), o.ref());
        }).toList());
    }
}
