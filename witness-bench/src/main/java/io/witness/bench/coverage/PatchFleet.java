package io.witness.bench.coverage;

import io.witness.core.contract.AssetId;
import io.witness.core.contract.PatchSeverity;
import io.witness.core.coverage.asset.Criticality;
import io.witness.core.coverage.asset.InventorySystem;
import io.witness.core.coverage.patch.PatchRecord;
import io.witness.core.coverage.patch.PatchStatus;
import io.witness.core.finding.EvidenceRef;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A generated fleet's monthly patch reports, the same for the same sizes: each device, in each monthly
 * report (the 1st, from February 2025), lists the month's cumulative update and a few others; most are
 * installed within a week of release, about one device in eight leaves one missing for a few months,
 * one in forty keeps an exception, and a few miss an important update. Device {@code d} is
 * {@code WS-00000d}; the first 2% are servers.
 */
final class PatchFleet {

    static final LocalDate FIRST_REPORT = LocalDate.parse("2025-02-01");

    private final int devices;
    private final int snapshots;
    private final int rowsPerDevice;

    PatchFleet(int devices, int snapshots, int rowsPerDevice) {
        if (rowsPerDevice < 2) {
            throw new IllegalArgumentException("A report lists at least 2 patches a device, got " + rowsPerDevice);
        }
        this.devices = devices;
        this.snapshots = snapshots;
        this.rowsPerDevice = rowsPerDevice;
    }

    int devices() {
        return devices;
    }

    int snapshots() {
        return snapshots;
    }

    /** The date of report {@code s} (0-based). */
    static LocalDate reportDate(int s) {
        return FIRST_REPORT.plusMonths(s);
    }

    /** The audit date: the day after the last report. */
    LocalDate auditDate() {
        return reportDate(snapshots - 1).plusDays(1);
    }

    static String device(int d) {
        return String.format("WS-%06d", d);
    }

    List<InventorySystem> inventory() {
        List<InventorySystem> systems = new ArrayList<>(devices);
        for (int d = 0; d < devices; d++) {
            boolean server = d % 50 == 0;
            systems.add(new InventorySystem(device(d), "", server ? Criticality.HIGH : Criticality.MEDIUM,
                    Optional.of(new AssetId(server ? "servers" : "workstations")), server ? "server" : "workstation", List.of(), List.of(),
                    Optional.empty(), EvidenceRef.file("assets.csv:" + (d + 2))));
        }
        return systems;
    }

    /** Every row of every report, report by report. */
    List<PatchRecord> all() {
        List<PatchRecord> all = new ArrayList<>(devices * snapshots * rowsPerDevice);
        for (int s = 0; s < snapshots; s++) {
            report(s, all);
        }
        return all;
    }

    /** The rows of report {@code s}, appended to {@code into}. */
    void report(int s, List<PatchRecord> into) {
        LocalDate date = reportDate(s);
        String file = "patches-" + date + ".csv:";
        int line = 2;
        for (int d = 0; d < devices; d++) {
            for (int r = 0; r < rowsPerDevice; r++) {
                into.add(row(d, s, r, date, EvidenceRef.file(file + line++)));
            }
        }
    }

    /** One row as the canonical CSV writes it, for the import part. */
    String csvRow(int d, int s, int r) {
        PatchRecord p = row(d, s, r, reportDate(s), EvidenceRef.file("x"));
        return p.reportDate() + "," + p.device() + "," + p.product() + "," + p.patchId() + "," + p.title() + "," + p.severity().wireName() + ","
                + p.released().map(Object::toString).orElse("") + "," + p.status().wireName() + ","
                + p.installed().map(Object::toString).orElse("") + "," + p.exceptionSince().map(Object::toString).orElse("") + ",";
    }

    static final String CSV_HEADER = "report_date,device,product,patch_id,title,severity,released,status,installed,exception_since,exception_reason";

    private PatchRecord row(int d, int s, int r, LocalDate date, EvidenceRef ref) {
        String product = d % 50 == 0 ? "Windows Server 2022" : "Windows 11 24H2";
        // Row 0: the previous month's cumulative update (released on the 10th); row 1: an update from an
        // earlier month that some devices still miss; the rest: routine updates.
        int month = s - 1;
        if (r == 0) {
            LocalDate released = FIRST_REPORT.plusMonths(month).withDayOfMonth(10);
            boolean lagging = d % 8 == 3 && s % 4 == 2;
            return new PatchRecord(date, device(d), product, "KB50" + (10_000 + 10 * month), "Cumulative update " + (month + 1),
                    PatchSeverity.CRITICAL, Optional.of(released), lagging ? PatchStatus.MISSING : PatchStatus.INSTALLED,
                    lagging ? Optional.empty() : Optional.of(released.plusDays(3 + d % 5)), Optional.empty(), ref);
        }
        if (r == 1) {
            int stuckSince = (d % 13) % Math.max(1, s + 1);
            LocalDate released = FIRST_REPORT.plusMonths(stuckSince - 1).withDayOfMonth(10);
            if (d % 40 == 7) {
                return new PatchRecord(date, device(d), product, "KB49" + (10_000 + 10 * stuckSince), "Driver compatibility update",
                        PatchSeverity.CRITICAL, Optional.of(released), PatchStatus.EXCEPTION, Optional.empty(), Optional.of(released.plusDays(20)), ref);
            }
            boolean missing = d % 8 == 5;
            return new PatchRecord(date, device(d), product, "KB49" + (10_000 + 10 * stuckSince), "Security update",
                    missing ? PatchSeverity.CRITICAL : PatchSeverity.HIGH, Optional.of(released),
                    missing ? PatchStatus.FAILED : PatchStatus.INSTALLED, missing ? Optional.empty() : Optional.of(released.plusDays(9)),
                    Optional.empty(), ref);
        }
        boolean pendingImportant = r == 2 && d % 17 == 4;
        return new PatchRecord(date, device(d), product, "KB48" + (10_000 + 100 * r + s), "Routine update " + r,
                r == 2 ? PatchSeverity.HIGH : PatchSeverity.MEDIUM, Optional.of(date.minusDays(20 + 5L * r)),
                pendingImportant ? PatchStatus.MISSING : PatchStatus.INSTALLED,
                pendingImportant ? Optional.empty() : Optional.of(date.minusDays(10)), Optional.empty(), ref);
    }
}
