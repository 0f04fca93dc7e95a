package io.witness.sources.sheet;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * A cell's text in a row's parsed form, typed where it is obviously a number: an integer without a
 * leading zero ({@code 42}, {@code -7}; not {@code 007}, which is an id), or a decimal ({@code 1.5}, or
 * with a decimal comma {@code 1,5} and {@code 1.234,5}); everything else is a string, and an empty cell
 * is null. Stateless.
 */
public final class CellValues {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Pattern POINT = Pattern.compile("-?(0|[1-9][0-9]{0,17})(\\.[0-9]+)?");
    private static final Pattern COMMA = Pattern.compile("-?(0|[1-9][0-9]{0,2}(\\.[0-9]{3})*|[1-9][0-9]{0,17})(,[0-9]+)?");

    private CellValues() {
    }

    /**
     * @param text the cell's text, already empty when it was a placeholder
     * @param decimalComma whether numbers are written with a decimal comma
     */
    public static JsonNode typed(String text, boolean decimalComma) {
        if (text.isEmpty()) {
            return JSON.nullNode();
        }
        if (!decimalComma && POINT.matcher(text).matches()) {
            return text.indexOf('.') < 0 ? JSON.numberNode(Long.parseLong(text)) : JSON.numberNode(new BigDecimal(text));
        }
        if (decimalComma && COMMA.matcher(text).matches()) {
            String plain = text.replace(".", "").replace(',', '.');
            return plain.indexOf('.') < 0 ? JSON.numberNode(Long.parseLong(plain)) : JSON.numberNode(new BigDecimal(plain));
        }
        return JSON.stringNode(text);
    }
}
