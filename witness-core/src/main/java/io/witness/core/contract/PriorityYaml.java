package io.witness.core.contract;

import io.witness.core.event.Priority;
import io.witness.core.input.YamlNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the priority scale ({@code priorities}: a list of {@code { code, name, description }}, highest
 * first) and the per-system maps to it ({@code priority_maps}: per ticket system, exactly one of
 * {@code priority}, {@code severity} or {@code impact_urgency}).
 */
final class PriorityYaml {

    static final List<String> LEVEL_KEYS = List.of("code", "name", "description");
    static final List<String> MAP_KEYS = List.of("priority", "severity", "impact_urgency");

    private PriorityYaml() {
    }

    /** Reports a code that is not on the scale (nothing to check when the scale is empty). */
    static void checkOnScale(YamlNode where, String code, Set<Priority> scale) {
        if (!scale.isEmpty() && !code.isBlank() && !scale.contains(new Priority(code))) {
            where.fail("no priority '" + code + "' on the contract's scale: "
                    + scale.stream().map(Priority::code).collect(Collectors.joining(", ")));
        }
    }

    static List<PriorityLevel> scale(YamlNode node) {
        List<PriorityLevel> levels = new ArrayList<>();
        List<YamlNode> items = node.items();
        if (node.isList() && items.isEmpty()) {
            node.fail("expected at least one priority, such as { code: P1, name: Critical }");
        }
        for (YamlNode item : items) {
            Map<String, YamlNode> f = item.entries(LEVEL_KEYS);
            if (!item.isMap()) {
                continue;
            }
            Optional<String> code = Values.required(item, f, "code", "the priority's code, such as P1").flatMap(Values::words);
            if (code.isPresent() && levels.stream().anyMatch(l -> l.code().code().equals(code.get()))) {
                f.get("code").fail("priority '" + code.get() + "' appears twice on the scale");
                continue;
            }
            code.ifPresent(c -> levels.add(new PriorityLevel(new Priority(c), Values.textOr(f, "name", ""),
                    Values.textOr(f, "description", ""))));
        }
        return levels;
    }

    static Map<SourceId, PriorityMap> maps(YamlNode node, Scope scope) {
        Map<SourceId, PriorityMap> maps = new LinkedHashMap<>();
        node.entries().forEach((sourceName, value) -> {
            Optional<SourceId> source = scope.ticketSource(value, sourceName);
            Map<String, YamlNode> f = value.entries(MAP_KEYS);
            if (value.isMap() && f.size() != 1) {
                value.fail("expected exactly one of " + String.join(", ", MAP_KEYS) + ", found "
                        + (f.isEmpty() ? "none" : String.join(", ", f.keySet())));
                return;
            }
            Optional<PriorityMap> map = f.entrySet().stream().findFirst().flatMap(e -> switch (e.getKey()) {
                case "priority" -> Optional.of(new PriorityMap.ByValue(PriorityMap.Field.PRIORITY, values(e.getValue(), scope)));
                case "severity" -> Optional.of(new PriorityMap.ByValue(PriorityMap.Field.SEVERITY, values(e.getValue(), scope)));
                default -> Optional.of(matrix(e.getValue(), scope));
            });
            if (source.isPresent() && map.isPresent()) {
                maps.put(source.get(), map.get());
            }
        });
        return maps;
    }

    private static Map<String, Priority> values(YamlNode node, Scope scope) {
        Map<String, Priority> values = new LinkedHashMap<>();
        node.entries().forEach((value, code) -> code.text().flatMap(c -> scope.priority(code, c))
                .ifPresent(p -> values.put(value, p)));
        return values;
    }

    private static PriorityMap matrix(YamlNode node, Scope scope) {
        Map<String, Map<String, Priority>> matrix = new LinkedHashMap<>();
        node.entries().forEach((impact, row) -> matrix.put(impact, values(row, scope)));
        return new PriorityMap.ByImpactUrgency(matrix);
    }
}
