package io.witness.core.coverage.drift;

import io.witness.core.finding.EvidenceRef;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The configuration of one device at one time: its firewall rules, local admin accounts, open ports and
 * services, each item as one line of text (a firewall rule as {@code allow tcp any -> 10.20.0.15:3389}).
 * A baseline snapshot is the agreed state later snapshots are compared against. Immutable.
 *
 * @param device the device as the tool names it, not blank
 * @param takenAt when the snapshot was taken, not null
 * @param baseline true for an agreed baseline
 * @param items per category, its items; a category left out was not captured
 * @param ref where it was read from, not null
 */
public record ConfigSnapshot(String device, Instant takenAt, boolean baseline, Map<ConfigCategory, Set<String>> items, EvidenceRef ref) {

    public ConfigSnapshot {
        Objects.requireNonNull(device, "device");
        if (device.isBlank()) {
            throw new IllegalArgumentException("A snapshot names its device");
        }
        Objects.requireNonNull(takenAt, "takenAt");
        Map<ConfigCategory, Set<String>> copy = new EnumMap<>(ConfigCategory.class);
        items.forEach((category, set) -> copy.put(category, Collections.unmodifiableSet(new LinkedHashSet<>(set))));
        items = Collections.unmodifiableMap(copy);
        Objects.requireNonNull(ref, "ref");
    }
}
