package io.witness.sources.servicenow.eventlog;

import java.io.StringWriter;
import java.util.Arrays;
import java.util.Comparator;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a row's parsed form straight in the ledger's canonical JSON ({@link io.witness.ledger.chain.CanonicalJson}:
 * keys sorted, no white space, Jackson's escaping), without building a tree: the columns are sorted once
 * per file. Values are {@code null}, {@link Integer}, {@link Boolean} or {@link String}. One file, one thread.
 */
final class RowJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final String[] names;
    private final Integer[] order;

    /** @param names the header's column names, unique */
    RowJson(String[] names) {
        this.names = names.clone();
        this.order = new Integer[names.length];
        for (int i = 0; i < names.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparing(i -> this.names[i]));
    }

    /** The canonical JSON object of one row's values, given in header order. */
    String write(Object[] values) {
        StringWriter text = new StringWriter(values.length * 32);
        try (JsonGenerator json = MAPPER.createGenerator(text)) {
            json.writeStartObject();
            for (int i : order) {
                json.writeName(names[i]);
                Object value = values[i];
                if (value == null) {
                    json.writeNull();
                } else if (value instanceof Integer number) {
                    json.writeNumber(number);
                } else if (value instanceof Boolean bool) {
                    json.writeBoolean(bool);
                } else {
                    json.writeString((String) value);
                }
            }
            json.writeEndObject();
        }
        return text.toString();
    }
}
