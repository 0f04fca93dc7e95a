package io.witness.core.contract;

import io.witness.core.clock.Condition;
import io.witness.core.event.Author;
import io.witness.core.event.EventType;
import io.witness.core.event.Priority;
import io.witness.core.event.StatusClass;
import io.witness.core.input.YamlNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a clock condition: {@code never}; a mapping whose keys must all hold ({@code on} event types,
 * {@code author} of a comment, {@code status} classes, {@code priority}); or a list of those, any of
 * which holds.
 */
final class ConditionYaml {

    static final List<String> KEYS = List.of("on", "author", "status", "priority");

    private ConditionYaml() {
    }

    /** @param scale the contract's priorities; empty when any code is a priority */
    static Optional<Condition> read(YamlNode node, Set<Priority> scale) {
        if (node.isScalar() && node.text().filter("never"::equals).isPresent()) {
            return Optional.of(Condition.never());
        }
        if (node.isList()) {
            List<Condition> parts = new ArrayList<>();
            for (YamlNode item : node.items()) {
                readAll(item, scale).ifPresent(parts::add);
            }
            return Optional.of(parts.size() == 1 ? parts.get(0) : new Condition.AnyOf(parts));
        }
        if (!node.isMap()) {
            return node.fail("expected a condition: never, a mapping of on/author/status/priority, or a list of them; found "
                    + node.shape());
        }
        return readAll(node, scale);
    }

    private static Optional<Condition> readAll(YamlNode node, Set<Priority> scale) {
        Map<String, YamlNode> fields = node.entries(KEYS);
        if (fields.isEmpty()) {
            return node.fail("expected at least one of " + String.join(", ", KEYS));
        }
        List<Condition> parts = new ArrayList<>();
        Optional<Author> author = Optional.ofNullable(fields.get("author")).flatMap(ConditionYaml::author);
        if (fields.containsKey("on")) {
            Set<EventType> types = wireSet(fields.get("on"), EventType.class, EventType::fromWire, EventType::wireName);
            parts.add(new Condition.OnEvent(types, author));
        } else if (fields.containsKey("author")) {
            parts.add(new Condition.OnEvent(EnumSet.of(EventType.COMMENT), author));
        }
        if (fields.containsKey("status")) {
            parts.add(new Condition.InStatus(
                    wireSet(fields.get("status"), StatusClass.class, StatusClass::fromWire, StatusClass::wireName)));
        }
        if (fields.containsKey("priority")) {
            Set<Priority> priorities = new java.util.LinkedHashSet<>();
            for (YamlNode item : fields.get("priority").itemsOrSelf()) {
                item.text().ifPresent(code -> {
                    PriorityYaml.checkOnScale(item, code, scale);
                    priorities.add(new Priority(code));
                });
            }
            parts.add(new Condition.PriorityIn(priorities));
        }
        return Optional.of(parts.size() == 1 ? parts.get(0) : new Condition.AllOf(parts));
    }

    private static Optional<Author> author(YamlNode node) {
        return node.text().flatMap(text -> Author.fromWire(text)
                .or(() -> node.fail("expected requester or agent, found '" + text + "'")));
    }

    private static <E extends Enum<E>> Set<E> wireSet(YamlNode node, Class<E> type,
            java.util.function.Function<String, Optional<E>> fromWire, java.util.function.Function<E, String> wireName) {
        EnumSet<E> set = EnumSet.noneOf(type);
        for (YamlNode item : node.itemsOrSelf()) {
            item.text().ifPresent(text -> fromWire.apply(text).ifPresentOrElse(set::add,
                    () -> item.fail("expected one of " + Arrays.stream(type.getEnumConstants()).map(wireName)
                            .collect(Collectors.joining(", ")) + "; found '" + text + "'")));
        }
        return set;
    }
}
