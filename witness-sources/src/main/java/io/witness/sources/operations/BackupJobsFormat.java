package io.witness.sources.operations;

import io.witness.core.coverage.CoverageEvidence;
import io.witness.core.coverage.backup.BackupResult;
import io.witness.core.coverage.backup.BackupRun;
import io.witness.sources.export.ExportRow;
import io.witness.sources.format.LoggedObservation;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code backup-jobs}: backup runs, one run of one job for one system a row (docs/coverage.md, "Backup
 * jobs"): {@code system}, {@code job}, {@code run_id}, {@code started_at}, {@code ended_at}, {@code result}
 * ({@code success}, {@code warning}, {@code failed}, {@code unknown}), {@code datasets}, {@code size_gb},
 * {@code message}. A run's id is its {@code run_id}, else system, job and start.
 */
public final class BackupJobsFormat extends CsvEvidenceFormat {

    static final Column STARTED = Column.required("started_at", ColumnType.INSTANT);
    static final Column ENDED = Column.optional("ended_at", ColumnType.INSTANT);
    private static final List<Column> LAYOUT = List.of(Column.required("system", ColumnType.TEXT), Column.optional("job", ColumnType.TEXT),
            Column.optional("run_id", ColumnType.TEXT), STARTED, ENDED, Column.choice("result", true, "success", "warning", "failed", "unknown"),
            Column.optional("datasets", ColumnType.LIST), Column.optional("size_gb", ColumnType.DECIMAL), Column.optional("message", ColumnType.TEXT));

    @Override
    public String name() {
        return "backup-jobs";
    }

    @Override
    public String description() {
        return "backup runs per system and job: time, result, data sets captured (CSV/XLSX, docs/coverage.md)";
    }

    @Override
    List<Column> layout() {
        return LAYOUT;
    }

    @Override
    String kind() {
        return "backup-run";
    }

    @Override
    String sourceId(ObjectNode json) {
        return json.has("run_id") ? json.get("run_id").asString()
                : json.get("system").asString() + "/" + (json.has("job") ? json.get("job").asString() : "") + "/" + json.get("started_at").asString();
    }

    @Override
    Optional<Instant> claimedAt(ObjectNode json) {
        return Optional.of(Instant.parse((json.has("ended_at") ? json.get("ended_at") : json.get("started_at")).asString()));
    }

    @Override
    void check(TableReader reader, ExportRow row, ObjectNode json) {
        Checks.notBefore(reader, row, json, ENDED, STARTED);
    }

    @Override
    CoverageEvidence evidenceOf(List<LoggedObservation> observations) {
        return CoverageEvidence.empty().withBackupRuns(observations.stream().map(o -> {
            ParsedFields f = new ParsedFields(o);
            return new BackupRun(f.text("system"), f.textOrEmpty("job"), f.instant("started_at"), f.optionalInstant("ended_at"),
                    BackupResult.fromWire(f.text("result")).orElseThrow(), f.list("datasets"), f.textOrEmpty("message"), o.ref());
        }).toList());
    }
}
