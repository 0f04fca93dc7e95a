package io.witness.core.coverage.patch;

import io.witness.core.contract.PatchSeverity;
import io.witness.core.finding.EvidenceRef;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One patch on one device as one patch report (a snapshot on a date) shows it. Immutable.
 *
 * @param reportDate the date of the report (snapshot), not null
 * @param device the device as the patch tool names it, not blank
 * @param product the operating system or application, not null, may be empty
 * @param patchId the patch's id ({@code KB5036893}), not blank
 * @param title its title, not null, may be empty
 * @param severity the vendor's severity, not null
 * @param released the vendor's release date, if the report gives it
 * @param status installed, missing, failed or an exception, not null
 * @param installed when it was installed, if it was
 * @param exceptionSince since when it has been an exception, if the report says
 * @param ref the row it was read from, not null
 */
public record PatchRecord(LocalDate reportDate, String device, String product, String patchId, String title, PatchSeverity severity,
        Optional<LocalDate> released, PatchStatus status, Optional<LocalDate> installed, Optional<LocalDate> exceptionSince,
        EvidenceRef ref) {

    public PatchRecord {
        Objects.requireNonNull(reportDate, "reportDate");
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(patchId, "patchId");
        if (device.isBlank() || patchId.isBlank()) {
            throw new IllegalArgumentException("A patch record names its device and patch");
        }
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(released, "released");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(installed, "installed");
        Objects.requireNonNull(exceptionSince, "exceptionSince");
        Objects.requireNonNull(ref, "ref");
    }
}
