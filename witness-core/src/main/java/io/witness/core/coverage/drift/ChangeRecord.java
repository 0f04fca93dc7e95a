package io.witness.core.coverage.drift;

import io.witness.core.finding.EvidenceRef;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An approved change (a change ticket): its id, the devices it may touch ({@code *} for any), its window
 * and what it is for. A configuration change is covered by it when it names the device and its window
 * overlaps the time between the last snapshot without the change and the first with it. Immutable.
 *
 * @param changeId the change's id ({@code CHG0030112}), not blank
 * @param devices the devices it names, {@code *} for any, not empty
 * @param windowStart when the change window opens, not null
 * @param windowEnd when it closes, not before {@code windowStart}
 * @param summary what it is for, not null, may be empty
 * @param ref where it was read from, not null
 */
public record ChangeRecord(String changeId, List<String> devices, Instant windowStart, Instant windowEnd, String summary, EvidenceRef ref) {

    public ChangeRecord {
        Objects.requireNonNull(changeId, "changeId");
        if (changeId.isBlank()) {
            throw new IllegalArgumentException("A change record has an id");
        }
        devices = List.copyOf(devices);
        if (devices.isEmpty()) {
            throw new IllegalArgumentException("Change " + changeId + " names at least one device, or *");
        }
        Objects.requireNonNull(windowStart, "windowStart");
        Objects.requireNonNull(windowEnd, "windowEnd");
        if (windowEnd.isBefore(windowStart)) {
            throw new IllegalArgumentException("Change " + changeId + " window ends " + windowEnd + ", before it opens " + windowStart);
        }
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(ref, "ref");
    }
}
