package io.witness.sources.psa;

import io.witness.core.input.InputProblem;
import io.witness.sources.format.ImportFile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The records of a JSON file saved from a REST API, each with its raw bytes exactly as in the file (the
 * object's text) and where it starts. Takes what such files are: an array of objects
 * ({@code GET /service/tickets}), an object wrapping the array under one of the given keys
 * ({@code {"items": […]}}, {@code {"tickets": […]}}) or one record under one of them
 * ({@code {"item": {…}}}), one record alone (an object with an {@code id}), or several of these one after the other (pages saved into one file,
 * JSON lines). Duplicate keys in an object are refused.
 *
 * <p>Stateless and thread-safe.
 */
public final class JsonRecords {

    static final JsonMapper MAPPER = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    /**
     * One record.
     *
     * @param node the object
     * @param raw its bytes as in the file
     * @param line the line it starts on
     * @param column the column it starts on
     * @param path where it is in the file ({@code /items/3})
     */
    public record Record(ObjectNode node, byte[] raw, int line, int column, String path) {
    }

    private JsonRecords() {
    }

    /** True when the file's first character (after a byte order mark and white space) opens JSON. */
    public static boolean looksLikeJson(byte[] bytes) {
        int i = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
        while (i < bytes.length && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r' || bytes[i] == '\n')) {
            i++;
        }
        return i < bytes.length && (bytes[i] == '[' || bytes[i] == '{');
    }

    /**
     * Reads every record, adding problems to {@code problems}: broken JSON (with line and column; reading
     * stops there) and array elements that are not objects.
     *
     * @param wrappers the keys an object may wrap its array of records (or one record) under
     */
    public static List<Record> read(ImportFile file, Set<String> wrappers, List<InputProblem> problems) {
        byte[] bytes = file.bytes();
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
        List<Record> records = new ArrayList<>();
        try (JsonParser parser = MAPPER.createParser(bytes, start, bytes.length - start)) {
            int topLevel = 0;
            while (parser.nextToken() != null) {
                String path = topLevel == 0 ? "" : "/" + topLevel;
                topLevel++;
                if (parser.currentToken() == JsonToken.START_ARRAY) {
                    readArray(parser, file, bytes, start, path, records, problems);
                } else if (parser.currentToken() == JsonToken.START_OBJECT) {
                    readObject(parser, file, bytes, start, wrappers, path, records, problems);
                } else {
                    problems.add(problem(file, parser.currentTokenLocation(), path,
                            "expected an array or an object of records, found " + describe(parser)));
                    parser.skipChildren();
                }
            }
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            problems.add(new InputProblem(file.name(), at == null ? 0 : Math.max(0, at.getLineNr()),
                    at == null ? 0 : Math.max(0, at.getColumnNr()), "", "not valid JSON: " + e.getOriginalMessage()));
        }
        return records;
    }

    private static void readArray(JsonParser parser, ImportFile file, byte[] bytes, int start, String path,
            List<Record> records, List<InputProblem> problems) {
        int index = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            String elementPath = path + "/" + index++;
            if (parser.currentToken() == JsonToken.START_OBJECT) {
                records.add(record(parser, bytes, start, elementPath));
            } else {
                problems.add(problem(file, parser.currentTokenLocation(), elementPath,
                        "expected a record (an object), found " + describe(parser)));
                parser.skipChildren();
            }
        }
    }

    private static void readObject(JsonParser parser, ImportFile file, byte[] bytes, int start, Set<String> wrappers,
            String path, List<Record> records, List<InputProblem> problems) {
        TokenStreamLocation opening = parser.currentTokenLocation();
        long from = opening.getByteOffset();
        boolean wrapped = false;
        boolean hasId = false;
        List<Record> inside = new ArrayList<>();
        List<InputProblem> insideProblems = new ArrayList<>();
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            hasId |= name.equals("id");
            if (value == JsonToken.START_ARRAY && wrappers.contains(name)) {
                wrapped = true;
                readArray(parser, file, bytes, start, path + "/" + name, inside, insideProblems);
            } else if (value == JsonToken.START_OBJECT && wrappers.contains(name)) {
                wrapped = true;
                inside.add(record(parser, bytes, start, path + "/" + name));
            } else {
                parser.skipChildren();
            }
        }
        // an object with its own id is a record, even when one of its fields is named like a wrapper
        if (wrapped && !hasId) {
            records.addAll(inside);
            problems.addAll(insideProblems);
            return;
        }
        long to = parser.currentTokenLocation().getByteOffset() + 1;
        byte[] raw = Arrays.copyOfRange(bytes, (int) from + start, (int) to + start);
        JsonNode node = MAPPER.readTree(raw);
        records.add(new Record((ObjectNode) node, raw, opening.getLineNr(), opening.getColumnNr(), path));
    }

    private static Record record(JsonParser parser, byte[] bytes, int start, String path) {
        TokenStreamLocation opening = parser.currentTokenLocation();
        long from = opening.getByteOffset();
        ObjectNode node = parser.readValueAsTree();
        long to = parser.currentTokenLocation().getByteOffset() + 1;
        return new Record(node, Arrays.copyOfRange(bytes, (int) from + start, (int) to + start), opening.getLineNr(),
                opening.getColumnNr(), path);
    }

    private static String describe(JsonParser parser) {
        JsonToken token = parser.currentToken();
        return switch (token) {
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "the text '" + parser.getString() + "'";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + parser.getString();
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> String.valueOf(token);
        };
    }

    private static InputProblem problem(ImportFile file, TokenStreamLocation at, String path, String message) {
        return new InputProblem(file.name(), Math.max(0, at.getLineNr()), Math.max(0, at.getColumnNr()), path, message);
    }
}
