package io.witness.core.coverage.asset;

import io.witness.core.contract.AssetId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The client's inventory, looked up by the names other evidence uses: a backup job's object, a patch
 * report's device, a snapshot's host. A name matches a system when it equals the system's name or one of
 * its aliases ignoring case, or does so once a domain suffix is cut ({@code sql01.acme.local} is
 * {@code SQL01}). A later row for the same system replaces the earlier one. Immutable and thread-safe.
 */
public final class Inventory {

    private static final Inventory EMPTY = new Inventory(List.of());

    private final Map<String, InventorySystem> bySystem;
    private final Map<String, InventorySystem> byKey = new HashMap<>();

    private Inventory(List<InventorySystem> systems) {
        Map<String, InventorySystem> latest = new LinkedHashMap<>();
        for (InventorySystem system : systems) {
            latest.remove(system.system());
            latest.put(system.system(), system);
        }
        this.bySystem = latest;
        for (InventorySystem system : latest.values()) {
            byKey.put(key(system.system()), system);
            for (String alias : system.aliases()) {
                byKey.putIfAbsent(key(alias), system);
            }
        }
    }

    /** The inventory of these rows, in order; a later row for a system replaces an earlier one. */
    public static Inventory of(List<InventorySystem> systems) {
        return new Inventory(systems);
    }

    public static Inventory empty() {
        return EMPTY;
    }

    /** Every system, in the order first listed. */
    public List<InventorySystem> systems() {
        return List.copyOf(bySystem.values());
    }

    /** The systems in service on {@code date}. */
    public List<InventorySystem> inServiceOn(LocalDate date) {
        return bySystem.values().stream().filter(s -> s.inServiceOn(date)).toList();
    }

    /** The system a tool's name for it stands for. */
    public Optional<InventorySystem> find(String name) {
        InventorySystem found = byKey.get(key(name));
        if (found == null) {
            int dot = name.indexOf('.');
            if (dot > 0) {
                found = byKey.get(key(name.substring(0, dot)));
            }
        }
        return Optional.ofNullable(found);
    }

    /** The inventory's name for what a tool calls {@code name}; the name itself when the inventory lacks it. */
    public String resolve(String name) {
        return find(name).map(InventorySystem::system).orElse(name);
    }

    /**
     * The systems that make up a contract asset on {@code date}: those of the inventory that belong to it;
     * when none does, the asset's id itself stands for one system (a SaaS tenant such as {@code m365}).
     */
    public List<String> systemsOf(AssetId asset, LocalDate date) {
        List<String> systems = new ArrayList<>();
        for (InventorySystem system : bySystem.values()) {
            if (system.asset().filter(asset::equals).isPresent() && system.inServiceOn(date)) {
                systems.add(system.system());
            }
        }
        if (systems.isEmpty() && bySystem.values().stream().noneMatch(s -> s.asset().filter(asset::equals).isPresent())) {
            systems.add(asset.value());
        }
        return systems;
    }

    /** {@code SQL01 (critical)} for a listed system, the name alone otherwise. */
    public String label(String system) {
        InventorySystem found = bySystem.get(system);
        return found == null ? system : found.label();
    }

    private static String key(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }
}
