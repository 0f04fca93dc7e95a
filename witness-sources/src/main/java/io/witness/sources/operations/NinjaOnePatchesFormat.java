package io.witness.sources.operations;

import io.witness.core.contract.PatchSeverity;
import io.witness.core.coverage.CoverageEvidence;
import io.witness.core.coverage.patch.PatchRecord;
import io.witness.core.coverage.patch.PatchStatus;
import io.witness.sources.export.ExportRow;
import io.witness.sources.format.ImportContext;
import io.witness.sources.format.LoggedObservation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code ninjaone-patches}: NinjaOne's OS patch report, the results of its API's {@code queries/os-patches}
 * (pending, failed, rejected) and {@code queries/os-patch-installs} (installed) exported as CSV, one patch
 * on one device a row (docs/coverage.md, "NinjaOne patch report"): the device's name, {@code deviceId},
 * {@code id}, {@code name}, {@code kbNumber}, {@code severity} (CRITICAL, IMPORTANT, MODERATE, OPTIONAL:
 * critical, high, medium, low), {@code status} (INSTALLED; MANUAL and APPROVED are pending, so missing;
 * FAILED; REJECTED is an exception), {@code type}, {@code installedAt}, {@code timestamp} (when NinjaOne
 * collected it: the report's date) and, when the export adds one, {@code releaseDate}. NinjaOne gives
 * times as epoch seconds, which exports print in UTC: a time without an offset is UTC.
 */
public final class NinjaOnePatchesFormat extends CsvEvidenceFormat {

    private static final Column SEVERITY = Column.vendor("severity", ColumnType.TEXT, true);
    private static final Column STATUS = Column.vendor("status", ColumnType.TEXT, true);
    private static final List<Column> LAYOUT = List.of(
            Column.vendor("device", ColumnType.TEXT, true).alsoNamed("systemName", "deviceName", "Device Name"),
            Column.vendor("deviceId", ColumnType.TEXT, false), Column.vendor("id", ColumnType.TEXT, false),
            Column.vendor("name", ColumnType.TEXT, true).alsoNamed("Patch Name", "title"),
            Column.vendor("kbNumber", ColumnType.TEXT, false).alsoNamed("KB Number", "KB"), SEVERITY, STATUS,
            Column.vendor("type", ColumnType.TEXT, false), Column.vendor("installedAt", ColumnType.INSTANT, false),
            Column.vendor("timestamp", ColumnType.INSTANT, true), Column.vendor("releaseDate", ColumnType.DATE, false));
    private static final Map<String, PatchSeverity> SEVERITIES = Map.of("critical", PatchSeverity.CRITICAL, "important", PatchSeverity.HIGH,
            "moderate", PatchSeverity.MEDIUM, "low", PatchSeverity.LOW, "optional", PatchSeverity.LOW);
    private static final Map<String, PatchStatus> STATUSES = Map.of("installed", PatchStatus.INSTALLED, "manual", PatchStatus.MISSING,
            "approved", PatchStatus.MISSING, "failed", PatchStatus.FAILED, "rejected", PatchStatus.EXCEPTION);

    @Override
    public String name() {
        return "ninjaone-patches";
    }

    @Override
    public String description() {
        return "NinjaOne OS patch report (pending, failed, rejected and installed patches per device) (CSV/XLSX, docs/coverage.md)";
    }

    @Override
    List<Column> layout() {
        return LAYOUT;
    }

    @Override
    String kind() {
        return "ninjaone-patch";
    }

    @Override
    Optional<ZoneId> zone(ImportContext context) {
        return Optional.of(ZoneOffset.UTC);
    }

    @Override
    String sourceId(ObjectNode json) {
        return json.get("device").asString() + "/" + patchId(json) + "/" + reportDate(json.get("timestamp").asString());
    }

    @Override
    Optional<Instant> claimedAt(ObjectNode json) {
        return Optional.of(Instant.parse(json.get("timestamp").asString()));
    }

    @Override
    void check(TableReader reader, ExportRow row, ObjectNode json) {
        if (json.has("severity") && !SEVERITIES.containsKey(json.get("severity").asString().toLowerCase(Locale.ROOT))) {
            reader.problem(row, SEVERITY, "expected one of CRITICAL, IMPORTANT, MODERATE, OPTIONAL; found '" + json.get("severity").asString() + "'");
        }
        if (json.has("status") && !STATUSES.containsKey(json.get("status").asString().toLowerCase(Locale.ROOT))) {
            reader.problem(row, STATUS, "expected one of INSTALLED, MANUAL, APPROVED, FAILED, REJECTED; found '" + json.get("status").asString() + "'");
        }
    }

    @Override
    CoverageEvidence evidenceOf(List<LoggedObservation> observations) {
        List<PatchRecord> records = new ArrayList<>(observations.size());
        for (LoggedObservation o : observations) {
            ParsedFields f = new ParsedFields(o);
            PatchStatus status = STATUSES.get(f.text("status").toLowerCase(Locale.ROOT));
            records.add(new PatchRecord(reportDate(f.text("timestamp")), f.text("device"), f.textOrEmpty("type"), patchId(f.json()),
                    f.text("name"), SEVERITIES.get(f.text("severity").toLowerCase(Locale.ROOT)), f.optionalDate("releaseDate"), status,
                    status == PatchStatus.INSTALLED ? f.optionalInstant("installedAt").map(i -> LocalDate.ofInstant(i, ZoneOffset.UTC))
                            : Optional.empty(), Optional.empty(), o.ref()));
        }
        return CoverageEvidence.empty().withPatches(records);
    }

    private static String patchId(tools.jackson.databind.JsonNode json) {
        for (String key : List.of("kbNumber", "id", "name")) {
            if (json.has(key) && !json.get(key).asString().isBlank()) {
                return json.get(key).asString();
            }
        }
        return "";
    }

    private static LocalDate reportDate(String timestamp) {
        return LocalDate.ofInstant(Instant.parse(timestamp), ZoneOffset.UTC);
    }
}
