package io.witness.core.contract;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Unmodifiable copies that keep the order the contract wrote things in. */
final class Ordered {

    private Ordered() {
    }

    static <K, V> Map<K, V> map(Map<K, V> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    static <K, V> Map<K, List<V>> mapOfLists(Map<K, List<V>> map) {
        Map<K, List<V>> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        return Collections.unmodifiableMap(copy);
    }
}
