package io.witness.sources.xes;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One XML element read whole: its local name, its attributes in document order, its text (whitespace
 * between elements dropped) and its child elements, with the position the parser gave for it. Immutable.
 *
 * @param name the local name, without a namespace prefix
 * @param attributes name and value pairs, in document order
 * @param text the element's own text, trimmed; empty for most XES elements
 * @param children the child elements, in document order
 * @param line the parser's line for the element's start tag
 * @param column the parser's column for the element's start tag
 */
record XmlElement(String name, List<Attribute> attributes, String text, List<XmlElement> children, int line, int column) {

    XmlElement {
        Objects.requireNonNull(name, "name");
        attributes = List.copyOf(attributes);
        Objects.requireNonNull(text, "text");
        children = List.copyOf(children);
    }

    /** An XML attribute. */
    record Attribute(String name, String value) {
    }

    /** The value of the attribute with this local name. */
    Optional<String> attribute(String attributeName) {
        for (Attribute attribute : attributes) {
            if (attribute.name().equals(attributeName)) {
                return Optional.of(attribute.value());
            }
        }
        return Optional.empty();
    }

    /**
     * The canonical text of this element: {@code <name a="v">children</name>}, or {@code <name a="v"/>}
     * when it has neither text nor children; attributes in document order, no whitespace between elements,
     * {@code & < > "} and control characters escaped. Two files that differ only in layout, quoting or
     * namespace prefixes give the same text.
     */
    void writeCanonical(StringBuilder out) {
        out.append('<').append(name);
        for (Attribute attribute : attributes) {
            out.append(' ').append(attribute.name()).append("=\"");
            escape(attribute.value(), out);
            out.append('"');
        }
        if (text.isEmpty() && children.isEmpty()) {
            out.append("/>");
            return;
        }
        out.append('>');
        escape(text, out);
        for (XmlElement child : children) {
            child.writeCanonical(out);
        }
        out.append("</").append(name).append('>');
    }

    private static void escape(String value, StringBuilder out) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c < 0x20) {
                        out.append("&#x").append(Integer.toHexString(c)).append(';');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
    }
}
