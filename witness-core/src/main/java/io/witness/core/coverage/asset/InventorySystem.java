package io.witness.core.coverage.asset;

import io.witness.core.contract.AssetId;
import io.witness.core.finding.EvidenceRef;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One system of the client's inventory: its name as the tools know it ({@code SQL01}), what it is, how
 * critical it is, the contract asset it belongs to ({@code pms-db}), the other names tools give it, the
 * data sets a backup of it must capture, and the day it was retired, if it was. Immutable.
 *
 * @param system the name, not blank; matched to other evidence ignoring case and a domain suffix
 * @param name what people call it, not null, may be empty
 * @param criticality how much the client depends on it, not null
 * @param asset the contract asset it belongs to, if any
 * @param kind server, workstation, firewall, saas…, not null, may be empty
 * @param aliases other names tools use for it (a VM name, an FQDN), not null
 * @param requiredDatasets what a backup of it must capture ({@code image}, {@code sql-log}), not null
 * @param retired the day it left service, if it did
 * @param ref the inventory row it was read from, not null
 */
public record InventorySystem(String system, String name, Criticality criticality, Optional<AssetId> asset, String kind,
        List<String> aliases, List<String> requiredDatasets, Optional<LocalDate> retired, EvidenceRef ref) {

    public InventorySystem {
        Objects.requireNonNull(system, "system");
        if (system.isBlank()) {
            throw new IllegalArgumentException("An inventory system needs a name");
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(criticality, "criticality");
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(kind, "kind");
        aliases = List.copyOf(aliases);
        requiredDatasets = List.copyOf(requiredDatasets);
        Objects.requireNonNull(retired, "retired");
        Objects.requireNonNull(ref, "ref");
    }

    /** True when it was in service on {@code date} (not retired on or before it). */
    public boolean inServiceOn(LocalDate date) {
        return retired.map(date::isBefore).orElse(true);
    }

    /** {@code SQL01 (critical)}, how findings name it. */
    public String label() {
        return system + " (" + criticality.wireName() + ")";
    }
}
