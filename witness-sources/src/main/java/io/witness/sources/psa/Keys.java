package io.witness.sources.psa;

import java.util.HashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * An object's properties by their {@link Fields#normalise}d names, built once so that reading many
 * fields of one record does not compare every name again for each. The first of two names that
 * normalise alike wins. Immutable once built; one record, any thread.
 */
public final class Keys {

    private static final Keys NONE = new Keys(Map.of());

    private final Map<String, Map.Entry<String, JsonNode>> byName;

    private Keys(Map<String, Map.Entry<String, JsonNode>> byName) {
        this.byName = byName;
    }

    /** The properties of {@code node}; none when it is not an object. */
    public static Keys of(JsonNode node) {
        if (!node.isObject() || node.isEmpty()) {
            return NONE;
        }
        Map<String, Map.Entry<String, JsonNode>> byName = new HashMap<>();
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            byName.putIfAbsent(Fields.normalise(entry.getKey()), entry);
        }
        return new Keys(byName);
    }

    /** The property with this normalised name, or null. */
    Map.Entry<String, JsonNode> get(String normalisedName) {
        return byName.get(normalisedName);
    }
}
