package io.witness.core.coverage.drift;

import java.util.Arrays;
import java.util.Optional;

/** What a configuration item is: the four kinds of setting a snapshot holds. */
public enum ConfigCategory {
    FIREWALL_RULE("firewall_rules", "firewall rule"),
    LOCAL_ADMIN("local_admins", "local admin account"),
    OPEN_PORT("open_ports", "open port"),
    SERVICE("services", "service");

    private final String wireName;
    private final String noun;

    ConfigCategory(String wireName, String noun) {
        this.wireName = wireName;
        this.noun = noun;
    }

    /** The field of a snapshot that holds it ({@code firewall_rules}). */
    public String wireName() {
        return wireName;
    }

    /** How findings name one item ({@code firewall rule}). */
    public String noun() {
        return noun;
    }

    public static Optional<ConfigCategory> fromWire(String name) {
        return Arrays.stream(values()).filter(c -> c.wireName.equals(name)).findFirst();
    }
}
