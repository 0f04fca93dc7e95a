package io.witness.sources.jira;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Where each object and array of a JSON text lies in its bytes, by JSON pointer ({@code /values/3}), so
 * that an observation keeps an object's text exactly as the file holds it. The text must already be known
 * to be valid JSON.
 */
final class JsonSlices {

    private static final JsonFactory FACTORY = new JsonFactory();

    private final byte[] bytes;
    private final Map<String, long[]> slices = new HashMap<>();

    private JsonSlices(byte[] bytes) {
        this.bytes = bytes;
    }

    /** The slices of the one JSON value {@code bytes} hold. */
    static JsonSlices of(byte[] bytes) {
        JsonSlices found = new JsonSlices(bytes);
        try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), bytes)) {
            found.walk(parser);
        }
        return found;
    }

    private void walk(JsonParser parser) {
        Deque<String> paths = new ArrayDeque<>();
        Deque<int[]> indexes = new ArrayDeque<>();
        String field = "";
        JsonToken token;
        while ((token = parser.nextToken()) != null) {
            if (token == JsonToken.PROPERTY_NAME) {
                field = parser.currentName();
                continue;
            }
            if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                indexes.pop();
                slices.get(paths.pop())[1] = parser.currentLocation().getByteOffset();
                continue;
            }
            String path = "";
            if (!paths.isEmpty()) {
                int[] index = indexes.peek();
                path = paths.peek() + "/" + (index[0] >= 0 ? String.valueOf(index[0]++) : escape(field));
            }
            if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                var at = parser.currentTokenLocation();
                slices.put(path, new long[] {at.getByteOffset(), -1, at.getLineNr(), at.getColumnNr()});
                paths.push(path);
                indexes.push(new int[] {token == JsonToken.START_ARRAY ? 0 : -1});
            }
        }
    }

    /** The bytes of the object or array at {@code pointer}. */
    byte[] slice(String pointer) {
        long[] range = slices.get(pointer);
        if (range == null || range[1] < 0) {
            throw new IllegalArgumentException("No object or array at " + pointer);
        }
        return Arrays.copyOfRange(bytes, (int) range[0], (int) range[1]);
    }

    /** The 1-based line of the object or array at {@code pointer}, or of the nearest one holding it; 0 when unknown. */
    int line(String pointer) {
        return (int) nearest(pointer)[2];
    }

    /** The 1-based column where that object or array starts; 0 when unknown. */
    int column(String pointer) {
        return (int) nearest(pointer)[3];
    }

    private long[] nearest(String pointer) {
        String path = pointer;
        while (true) {
            long[] range = slices.get(path);
            if (range != null) {
                return range;
            }
            if (path.isEmpty()) {
                return new long[] {0, 0, 0, 0};
            }
            path = path.substring(0, Math.max(path.lastIndexOf('/'), 0));
        }
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
