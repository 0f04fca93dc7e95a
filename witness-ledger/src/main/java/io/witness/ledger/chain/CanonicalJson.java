package io.witness.ledger.chain;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one text form of an observation's parsed JSON: no whitespace, object keys sorted (by UTF-16 code
 * units), strings and numbers as Jackson writes them, UTF-8. The ledger stores these exact bytes and
 * their SHA-256; a verifier hashes the bytes it is given and never needs to re-create the form.
 */
public final class CanonicalJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(JsonNodeFeature.WRITE_PROPERTIES_SORTED)
            .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private CanonicalJson() {
    }

    /** The canonical text of {@code node}. */
    public static String write(JsonNode node) {
        Objects.requireNonNull(node, "node");
        return MAPPER.writeValueAsString(node);
    }

    /**
     * Parses JSON text, keeping every number's digits.
     *
     * @throws IllegalArgumentException if {@code text} is not one JSON value; the message says where
     */
    public static JsonNode parse(String text) {
        Objects.requireNonNull(text, "text");
        try {
            return MAPPER.readTree(text);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("Not JSON: " + e.getOriginalMessage() + " at " + e.getLocation(), e);
        }
    }

    /** The canonical text of JSON bytes (UTF-8). */
    public static String canonicalise(byte[] utf8) {
        return write(parse(new String(utf8, StandardCharsets.UTF_8)));
    }
}
