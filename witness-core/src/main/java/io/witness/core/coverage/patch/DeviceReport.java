package io.witness.core.coverage.patch;

import io.witness.core.contract.PatchSeverity;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One device's patch reports: its latest report's rows, and when each patch was first seen not installed. */
final class DeviceReport {

    private final LocalDate latest;
    private final List<PatchRecord> latestRows = new ArrayList<>();
    private final Map<String, LocalDate> firstSeen = new HashMap<>();
    private final Map<String, LocalDate> firstException = new HashMap<>();

    private DeviceReport(List<PatchRecord> records) {
        LocalDate last = records.get(0).reportDate();
        for (PatchRecord record : records) {
            if (record.reportDate().isAfter(last)) {
                last = record.reportDate();
            }
            if (record.status() != PatchStatus.INSTALLED) {
                firstSeen.merge(record.patchId(), record.reportDate(), DeviceReport::earlier);
            }
            if (record.status() == PatchStatus.EXCEPTION) {
                firstException.merge(record.patchId(), record.reportDate(), DeviceReport::earlier);
            }
        }
        this.latest = last;
        for (PatchRecord record : records) {
            if (record.reportDate().equals(last)) {
                latestRows.add(record);
            }
        }
    }

    /** The reports of one device, not empty. */
    static DeviceReport of(List<PatchRecord> records) {
        return new DeviceReport(records);
    }

    LocalDate latest() {
        return latest;
    }

    List<PatchRecord> latestRows() {
        return latestRows;
    }

    /** The latest report's missing or failed patches of a severity, oldest first (ties by patch id). */
    List<PatchRecord> missing(PatchSeverity severity) {
        List<PatchRecord> missing = new ArrayList<>();
        for (PatchRecord record : latestRows) {
            if (record.severity() == severity && record.status().isMissing()) {
                missing.add(record);
            }
        }
        missing.sort(Comparator.comparingLong(this::age).reversed().thenComparing(PatchRecord::patchId));
        return missing;
    }

    /** The age in days of the oldest missing patch of a severity on the latest report; -1 when none is missing. */
    long oldestMissingAge(PatchSeverity severity) {
        long oldest = -1;
        for (PatchRecord record : latestRows) {
            if (record.severity() == severity && record.status().isMissing()) {
                oldest = Math.max(oldest, age(record));
            }
        }
        return oldest;
    }

    /** Days from the patch's release (or its first report not installed) to the latest report. */
    long age(PatchRecord record) {
        return ChronoUnit.DAYS.between(record.released().orElseGet(() -> firstSeen(record)), latest);
    }

    LocalDate firstSeen(PatchRecord record) {
        return firstSeen.getOrDefault(record.patchId(), record.reportDate());
    }

    LocalDate firstException(PatchRecord record) {
        return firstException.getOrDefault(record.patchId(), record.reportDate());
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
