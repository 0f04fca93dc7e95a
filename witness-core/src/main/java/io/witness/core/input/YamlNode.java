package io.witness.core.input;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * One node of a YAML (or JSON) document with its position and path, so that a reader of the document
 * can say exactly where a field is wrong. Reading a node never throws: a wrong shape is reported to
 * the document's {@link Problems} and the caller gets an empty value.
 *
 * <p>Immutable once built; the problems collector it reports to is not thread-safe.
 */
public final class YamlNode {

    private final Node node;
    private final String source;
    private final String path;
    private final Problems problems;

    YamlNode(Node node, String source, String path, Problems problems) {
        this.node = node;
        this.source = source;
        this.path = path;
        this.problems = problems;
    }

    /** The path inside the document, JSON-pointer style ({@code /week/mon/0}); empty for the root. */
    public String path() {
        return path;
    }

    /** The collector this document reports to. */
    public Problems problems() {
        return problems;
    }

    public int line() {
        return node.getStartMark().map(m -> m.getLine() + 1).orElse(0);
    }

    public int column() {
        return node.getStartMark().map(m -> m.getColumn() + 1).orElse(0);
    }

    public boolean isMap() {
        return node instanceof MappingNode;
    }

    public boolean isList() {
        return node instanceof SequenceNode;
    }

    public boolean isScalar() {
        return node instanceof ScalarNode && !isNull();
    }

    public boolean isNull() {
        return node instanceof ScalarNode && Tag.NULL.equals(node.getTag());
    }

    /** Records a problem at this node. Always returns empty, so a reader can {@code return node.fail(…)}. */
    public <T> Optional<T> fail(String message) {
        problems.add(new InputProblem(source, line(), column(), path, message));
        return Optional.empty();
    }

    /** The entries of a mapping in document order; reports a problem and gives none if this is not one. */
    public Map<String, YamlNode> entries() {
        if (!(node instanceof MappingNode mapping)) {
            fail("expected a mapping (key: value), found " + shape());
            return Map.of();
        }
        Map<String, YamlNode> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            YamlNode key = new YamlNode(tuple.getKeyNode(), source, path, problems);
            if (!(tuple.getKeyNode() instanceof ScalarNode keyScalar)) {
                key.fail("expected a plain key, found " + key.shape());
                continue;
            }
            String name = keyScalar.getValue();
            YamlNode value = new YamlNode(tuple.getValueNode(), source, path + "/" + escape(name), problems);
            if (entries.putIfAbsent(name, value) != null) {
                key.fail("key '" + name + "' appears twice");
            }
        }
        return Collections.unmodifiableMap(entries);
    }

    /**
     * The entries of a mapping whose keys are among {@code allowed}; each unknown key is a problem that
     * lists the allowed ones, and is left out.
     */
    public Map<String, YamlNode> entries(List<String> allowed) {
        Map<String, YamlNode> known = new LinkedHashMap<>();
        for (Map.Entry<String, YamlNode> entry : entries().entrySet()) {
            if (allowed.contains(entry.getKey())) {
                known.put(entry.getKey(), entry.getValue());
            } else {
                entry.getValue().fail("unknown key '" + entry.getKey() + "'; expected one of " + String.join(", ", allowed));
            }
        }
        return Collections.unmodifiableMap(known);
    }

    /** The items of a sequence; reports a problem and gives none if this is not one. */
    public List<YamlNode> items() {
        if (!(node instanceof SequenceNode sequence)) {
            fail("expected a list, found " + shape());
            return List.of();
        }
        List<YamlNode> items = new ArrayList<>();
        int index = 0;
        for (Node item : sequence.getValue()) {
            items.add(new YamlNode(item, source, path + "/" + index++, problems));
        }
        return items;
    }

    /** The items of a sequence, or this node alone when it is a single value. */
    public List<YamlNode> itemsOrSelf() {
        return isList() ? items() : List.of(this);
    }

    /** The text of a scalar; reports a problem and gives empty if this is not a scalar. */
    public Optional<String> text() {
        if (!isScalar()) {
            return fail("expected a value, found " + shape());
        }
        return Optional.of(((ScalarNode) node).getValue());
    }

    /** A boolean scalar ({@code true} or {@code false}). */
    public Optional<Boolean> bool() {
        Optional<String> text = text();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        return switch (text.get()) {
            case "true" -> Optional.of(true);
            case "false" -> Optional.of(false);
            default -> fail("expected true or false, found '" + text.get() + "'");
        };
    }

    /** An integer scalar. */
    public Optional<Integer> integer() {
        Optional<String> text = text();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Integer.parseInt(text.get().trim()));
        } catch (NumberFormatException e) {
            return fail("expected a whole number, found '" + text.get() + "'");
        }
    }

    /** What this node is, in words, for messages. */
    public String shape() {
        if (isNull()) {
            return "nothing";
        }
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        return "'" + ((ScalarNode) node).getValue() + "'";
    }

    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
