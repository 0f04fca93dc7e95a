package io.witness.sources.operations;

import io.witness.core.coverage.CoverageEvidence;
import io.witness.core.coverage.backup.BackupResult;
import io.witness.core.coverage.backup.BackupRun;
import io.witness.sources.export.ExportRow;
import io.witness.sources.format.LoggedObservation;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code veeam-sessions}: Veeam Backup &amp; Replication's job session report, one object (VM, agent,
 * database) processed in one job session a row, with the columns of the report's per-object table (Name,
 * Status, Start time, End time, Size, Read, Transferred, Duration, Details) after the job's name, type and
 * session id (docs/coverage.md, "Veeam job sessions", gives the PowerShell that exports them). Status
 * Success, Warning and Failed are the run's result; Pending, InProgress and None are unknown. The job type
 * says what was captured: a backup or agent backup an {@code image}, an SQL (Oracle) log backup
 * {@code sql-log} ({@code oracle-log}), a backup copy {@code offsite-copy}, a file or NAS backup
 * {@code files}, a replica {@code replica}; another type its own name.
 */
public final class VeeamSessionsFormat extends CsvEvidenceFormat {

    private static final Column STATUS = Column.vendor("Status", ColumnType.TEXT, true);
    private static final Column START = Column.vendor("Start Time", ColumnType.INSTANT, true);
    private static final Column END = Column.vendor("End Time", ColumnType.INSTANT, false);
    private static final List<Column> LAYOUT = List.of(Column.vendor("Job Name", ColumnType.TEXT, true),
            Column.vendor("Job Type", ColumnType.TEXT, false), Column.vendor("Session Id", ColumnType.TEXT, false),
            Column.vendor("Name", ColumnType.TEXT, true), STATUS, START, END, Column.vendor("Size", ColumnType.TEXT, false),
            Column.vendor("Read", ColumnType.TEXT, false), Column.vendor("Transferred", ColumnType.TEXT, false),
            Column.vendor("Duration", ColumnType.TEXT, false), Column.vendor("Details", ColumnType.TEXT, false));
    private static final Map<String, BackupResult> RESULTS = Map.of("success", BackupResult.SUCCESS, "warning", BackupResult.WARNING,
            "failed", BackupResult.FAILED, "pending", BackupResult.UNKNOWN, "inprogress", BackupResult.UNKNOWN,
            "in progress", BackupResult.UNKNOWN, "none", BackupResult.UNKNOWN);

    @Override
    public String name() {
        return "veeam-sessions";
    }

    @Override
    public String description() {
        return "Veeam Backup & Replication job session report, one processed object a row (CSV/XLSX, docs/coverage.md)";
    }

    @Override
    List<Column> layout() {
        return LAYOUT;
    }

    @Override
    String kind() {
        return "veeam-task-session";
    }

    @Override
    String sourceId(ObjectNode json) {
        String object = json.get("Name").asString();
        return json.has("Session Id") ? json.get("Session Id").asString() + "/" + object
                : json.get("Job Name").asString() + "/" + object + "/" + json.get("Start Time").asString();
    }

    @Override
    Optional<Instant> claimedAt(ObjectNode json) {
        return Optional.of(Instant.parse((json.has("End Time") ? json.get("End Time") : json.get("Start Time")).asString()));
    }

    @Override
    void check(TableReader reader, ExportRow row, ObjectNode json) {
        if (json.has("Status") && !RESULTS.containsKey(json.get("Status").asString().toLowerCase(Locale.ROOT))) {
            reader.problem(row, STATUS, "expected one of Success, Warning, Failed, Pending, InProgress, None; found '"
                    + json.get("Status").asString() + "'");
        }
        Checks.notBefore(reader, row, json, END, START);
    }

    @Override
    CoverageEvidence evidenceOf(List<LoggedObservation> observations) {
        return CoverageEvidence.empty().withBackupRuns(observations.stream().map(o -> {
            ParsedFields f = new ParsedFields(o);
            return new BackupRun(f.text("Name"), f.text("Job Name"), f.instant("Start Time"), f.optionalInstant("End Time"),
                    RESULTS.get(f.text("Status").toLowerCase(Locale.ROOT)), List.of(dataset(f.textOrEmpty("Job Type"))), f.textOrEmpty("Details"),
                    o.ref());
        }).toList());
    }

    /** What a job of this type captures. */
    static String dataset(String jobType) {
        String type = jobType.toLowerCase(Locale.ROOT).strip();
        if (type.contains("sql") && type.contains("log")) {
            return "sql-log";
        }
        if (type.contains("oracle") && type.contains("log")) {
            return "oracle-log";
        }
        if (type.contains("copy")) {
            return "offsite-copy";
        }
        if (type.contains("replica")) {
            return "replica";
        }
        if (type.contains("file") || type.contains("nas")) {
            return "files";
        }
        if (type.isEmpty() || type.contains("backup")) {
            return "image";
        }
        return type.replace(' ', '-');
    }
}
