package io.witness.sources.xes;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * XES attributes as JSON: each attribute element ({@code string}, {@code date}, {@code int},
 * {@code float}, {@code boolean}, {@code id}, {@code list}, {@code container}) by its key, typed by its
 * element: {@code int} and {@code float} as numbers and {@code boolean} as a boolean when their text reads
 * as one (else as written), {@code list} as an array of its values, {@code container} as an object, the
 * rest as strings. Attributes nested inside an attribute (XES meta-attributes) go under
 * {@code nested}, by the outer key.
 */
final class XesAttributes {

    static final Set<String> TYPES = Set.of("string", "date", "int", "float", "boolean", "id", "list", "container");
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private XesAttributes() {
    }

    /** The attribute elements among {@code elements} as one JSON object; meta-attributes into {@code nested}. */
    static ObjectNode toJson(List<XmlElement> elements, ObjectNode nested) {
        ObjectNode object = JSON.objectNode();
        for (XmlElement element : elements) {
            if (!TYPES.contains(element.name()) || element.attribute("key").isEmpty()) {
                continue;
            }
            String key = element.attribute("key").get();
            object.set(key, value(element));
            if (!element.name().equals("list") && !element.name().equals("container") && !element.children().isEmpty()) {
                nested.set(key, toJson(element.children(), JSON.objectNode()));
            }
        }
        return object;
    }

    private static JsonNode value(XmlElement element) {
        String text = element.attribute("value").orElse("");
        switch (element.name()) {
            case "int" -> {
                try {
                    return JSON.numberNode(Long.parseLong(text.strip()));
                } catch (NumberFormatException e) {
                    return JSON.stringNode(text);
                }
            }
            case "float" -> {
                try {
                    return JSON.numberNode(new BigDecimal(text.strip()));
                } catch (NumberFormatException e) {
                    return JSON.stringNode(text);
                }
            }
            case "boolean" -> {
                return text.equals("true") || text.equals("false") ? JSON.booleanNode(Boolean.parseBoolean(text))
                        : JSON.stringNode(text);
            }
            case "list" -> {
                ArrayNode values = JSON.arrayNode();
                for (XmlElement child : element.children()) {
                    List<XmlElement> items = child.name().equals("values") ? child.children() : List.of(child);
                    for (XmlElement item : items) {
                        if (TYPES.contains(item.name())) {
                            values.add(value(item));
                        }
                    }
                }
                return values;
            }
            case "container" -> {
                return toJson(element.children(), JSON.objectNode());
            }
            default -> {
                return JSON.stringNode(text);
            }
        }
    }
}
