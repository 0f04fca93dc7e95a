package io.witness.core.contract;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes a tree of mappings ({@link Map}, in order), lists and scalars as block-style YAML that
 * {@link io.witness.core.input.YamlDocument} reads back to the same values: lists of scalars inline,
 * texts double-quoted unless they are plain words, numbers and dates ({@link Plain}) as written.
 */
final class YamlText {

    private static final Pattern PLAIN_WORD = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");
    private static final List<String> RESERVED = List.of("true", "false", "null", "yes", "no", "on", "off", "y", "n");

    /** A scalar written as it is: a number, a date, a boolean. */
    record Plain(String text) {
    }

    private YamlText() {
    }

    static String write(Map<String, Object> root) {
        StringBuilder out = new StringBuilder();
        mapping(root, 0, out);
        return out.toString();
    }

    private static void mapping(Map<String, Object> map, int indent, StringBuilder out) {
        map.forEach((key, value) -> {
            out.append(" ".repeat(indent)).append(text(key)).append(':');
            value(value, indent, out);
        });
    }

    /** After "key:" or "- ": the value inline, or on the next lines indented. */
    private static void value(Object value, int indent, StringBuilder out) {
        if (inline(value)) {
            out.append(' ').append(inlineText(value)).append('\n');
        } else if (value instanceof Map<?, ?> map) {
            out.append('\n');
            mapping(cast(map), indent + 2, out);
        } else {
            out.append('\n');
            for (Object item : (List<?>) value) {
                out.append(" ".repeat(indent + 2)).append('-');
                if (item instanceof Map<?, ?> map && !map.isEmpty()) {
                    StringBuilder nested = new StringBuilder();
                    mapping(cast(map), indent + 4, nested);
                    out.append(' ').append(nested.substring(indent + 4));
                } else {
                    value(item, indent + 2, out);
                }
            }
        }
    }

    private static boolean inline(Object value) {
        if (value instanceof Map<?, ?> map) {
            return map.isEmpty();
        }
        if (value instanceof List<?> list) {
            return list.stream().noneMatch(item -> item instanceof Map || item instanceof List);
        }
        return true;
    }

    private static String inlineText(Object value) {
        if (value instanceof Map<?, ?>) {
            return "{}";
        }
        if (value instanceof List<?> list) {
            StringBuilder out = new StringBuilder("[");
            for (int i = 0; i < list.size(); i++) {
                out.append(i == 0 ? "" : ", ").append(inlineText(list.get(i)));
            }
            return out.append(']').toString();
        }
        if (value instanceof Plain plain) {
            return plain.text();
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        return text((String) value);
    }

    /** A text as a plain word when it can be one, else double-quoted with JSON's escapes. */
    static String text(String text) {
        if (PLAIN_WORD.matcher(text).matches() && !RESERVED.contains(text.toLowerCase(java.util.Locale.ROOT))) {
            return text;
        }
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }
}
