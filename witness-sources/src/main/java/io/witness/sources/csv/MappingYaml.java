package io.witness.sources.csv;

import io.witness.core.input.InputProblem;
import io.witness.core.input.Problems;
import io.witness.core.input.YamlDocument;
import io.witness.core.input.YamlNode;
import io.witness.sources.time.TimeReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a mapping file (YAML) into a {@link CsvMapping}, reporting every problem with its line, column
 * and path; unknown keys are refused with the keys allowed there. Stateless.
 */
final class MappingYaml {

    static final List<String> KEYS = List.of("rows", "kind", "separator", "quote", "encoding", "header_row",
            "decimal_comma", "empty", "time", "columns", "claims", "references", "events");

    private MappingYaml() {
    }

    /** The mapping, or empty with every problem added to {@code problems}. */
    static Optional<CsvMapping> read(String text, String name, List<InputProblem> problems) {
        Problems found = new Problems();
        Optional<CsvMapping> mapping = YamlDocument.parse(text, name, found).flatMap(root -> read(root, name));
        List<InputProblem> sorted = new ArrayList<>(found.list());
        sorted.sort(Comparator.comparingInt(InputProblem::line).thenComparingInt(InputProblem::column));
        problems.addAll(sorted);
        return found.isEmpty() ? mapping : Optional.empty();
    }

    private static Optional<CsvMapping> read(YamlNode root, String name) {
        Map<String, YamlNode> keys = root.entries(KEYS);
        if (!root.isMap()) {
            return Optional.empty();
        }
        Optional<Boolean> snapshots = required(root, keys, "rows", "how rows are read: snapshots or events")
                .flatMap(node -> node.text().flatMap(t -> switch (t) {
                    case "snapshots" -> Optional.of(true);
                    case "events" -> Optional.of(false);
                    default -> node.fail("expected snapshots or events, found '" + t + "'");
                }));
        char separator = optional(keys, "separator").flatMap(n -> character(n, "tab")).orElse(',');
        char quote = optional(keys, "quote").flatMap(n -> character(n, "none")).orElse('"');
        Charset encoding = optional(keys, "encoding").flatMap(MappingYaml::charset).orElse(StandardCharsets.UTF_8);
        int headerRow = optional(keys, "header_row").flatMap(n -> n.integer().flatMap(i -> i >= 0 ? Optional.of(i)
                : n.fail("expected 0 (no header) or the header's line, found " + i))).orElse(1);
        boolean decimalComma = optional(keys, "decimal_comma").flatMap(YamlNode::bool).orElse(false);
        Set<String> empty = new LinkedHashSet<>();
        optional(keys, "empty").ifPresent(n -> n.itemsOrSelf().forEach(item -> item.text().ifPresent(empty::add)));
        Optional<TimeReader> times = Optional.of(TimeReader.iso());
        Optional<ZoneId> zone = Optional.empty();
        if (keys.containsKey("time")) {
            Map<String, YamlNode> time = keys.get("time").entries(List.of("pattern", "zone"));
            times = time.containsKey("pattern") ? patterns(time.get("pattern")) : times;
            zone = time.containsKey("zone") ? zone(time.get("zone")) : zone;
        }
        Map<Field, ColumnRef> columns = new EnumMap<>(Field.class);
        required(root, keys, "columns", "what the columns hold, at least case and time").ifPresent(node -> {
            Map<String, YamlNode> named = node.entries(Field.keys());
            named.forEach((key, value) -> column(value).ifPresent(c -> columns.put(Field.of(key), c)));
            if (node.isMap()) {
                requireColumn(node, named, Field.CASE, "the column of the case id");
                requireColumn(node, named, Field.TIME, "the column of the row's time");
            }
        });
        Map<String, ColumnRef> claims = named(keys.get("claims"));
        Map<String, ColumnRef> references = named(keys.get("references"));
        Optional<CsvMapping.EventRows> events = Optional.empty();
        if (snapshots.isPresent() && !snapshots.get()) {
            events = required(root, keys, "events", "how event rows are read: type and types").flatMap(MappingYaml::events);
        } else if (snapshots.isPresent() && keys.containsKey("events")) {
            keys.get("events").fail("expected no events block when rows are snapshots, found one");
        }
        if (snapshots.isEmpty() || times.isEmpty() || !root.problems().isEmpty()) {
            return Optional.empty();
        }
        String kind = optional(keys, "kind").flatMap(YamlNode::text).filter(k -> !k.isBlank())
                .orElse(snapshots.get() ? "csv-snapshot" : "csv-event");
        return Optional.of(new CsvMapping(name, snapshots.get(), kind, separator, quote, encoding, headerRow, decimalComma,
                empty, times.get(), zone, columns, claims, references, events));
    }

    private static Optional<YamlNode> optional(Map<String, YamlNode> keys, String key) {
        return Optional.ofNullable(keys.get(key));
    }

    private static Optional<YamlNode> required(YamlNode where, Map<String, YamlNode> keys, String key, String what) {
        if (!keys.containsKey(key)) {
            return where.fail("missing key '" + key + "' (" + what + ")");
        }
        return Optional.of(keys.get(key));
    }

    private static void requireColumn(YamlNode where, Map<String, YamlNode> named, Field field, String what) {
        if (!named.containsKey(field.key())) {
            where.fail("missing key '" + field.key() + "' (" + what + ")");
        }
    }

    private static Optional<Character> character(YamlNode node, String word) {
        Optional<String> text = node.text();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String value = text.get();
        if (value.equals(word)) {
            return Optional.of(word.equals("tab") ? '\t' : CsvMapping.NO_QUOTE);
        }
        if (value.length() != 1 || value.charAt(0) == '\n' || value.charAt(0) == '\r') {
            return node.fail("expected one character or " + word + ", found '" + value + "'");
        }
        return Optional.of(value.charAt(0));
    }

    private static Optional<Charset> charset(YamlNode node) {
        return node.text().flatMap(name -> {
            try {
                return Optional.of(Charset.forName(name));
            } catch (IllegalArgumentException e) {
                return node.fail("expected an encoding such as UTF-8, windows-1252 or ISO-8859-1, found '" + name + "'");
            }
        });
    }

    private static Optional<TimeReader> patterns(YamlNode node) {
        List<String> patterns = new ArrayList<>();
        node.itemsOrSelf().forEach(item -> item.text().ifPresent(patterns::add));
        if (patterns.isEmpty()) {
            return node.isList() ? node.fail("expected at least one time pattern, found none") : Optional.empty();
        }
        try {
            return Optional.of(TimeReader.of(patterns));
        } catch (IllegalArgumentException e) {
            return node.fail("expected iso, epoch_seconds, epoch_millis or a java.time pattern such as dd.MM.yyyy HH:mm: "
                    + e.getMessage());
        }
    }

    private static Optional<ZoneId> zone(YamlNode node) {
        return node.text().flatMap(name -> {
            try {
                return Optional.of(ZoneId.of(name));
            } catch (DateTimeException e) {
                return node.fail("expected an IANA zone such as Europe/Paris, found '" + name + "'");
            }
        });
    }

    private static Optional<ColumnRef> column(YamlNode node) {
        return node.text().flatMap(header -> header.isBlank()
                ? node.fail("expected a column's header, found '" + header + "'")
                : Optional.of(new ColumnRef(header, node.line(), node.column(), node.path())));
    }

    private static Map<String, ColumnRef> named(YamlNode node) {
        Map<String, ColumnRef> named = new LinkedHashMap<>();
        if (node != null) {
            node.entries().forEach((key, value) -> column(value).ifPresent(c -> named.put(key, c)));
        }
        return named;
    }

    private static Optional<CsvMapping.EventRows> events(YamlNode node) {
        Map<String, YamlNode> keys = node.entries(List.of("type", "value", "id", "types"));
        if (!node.isMap()) {
            return Optional.empty();
        }
        Optional<ColumnRef> type = required(node, keys, "type", "the column of the event's type").flatMap(MappingYaml::column);
        Optional<ColumnRef> value = optional(keys, "value").flatMap(MappingYaml::column);
        Optional<ColumnRef> id = optional(keys, "id").flatMap(MappingYaml::column);
        Map<String, EventKind> types = new LinkedHashMap<>();
        required(node, keys, "types", "each value of the type column and what it is").ifPresent(t ->
                t.entries().forEach((typeText, kind) -> kind.text().ifPresent(k -> EventKind.of(k).ifPresentOrElse(
                        found -> types.put(typeText, found),
                        () -> kind.fail("expected one of " + String.join(", ", EventKind.names()) + ", found '" + k + "'")))));
        return type.map(t -> new CsvMapping.EventRows(t, value, id, types));
    }
}
