package io.witness.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The published schema of one line says what the reader does. */
class EventsSchemaTest {

    // Surefire runs in the module's folder; the docs live at the repository's root.
    private static final Path SCHEMA = Path.of("../docs/schemas/events.schema.json");

    private static JsonNode schema;

    @BeforeAll
    static void readSchema() throws IOException {
        schema = JsonMapper.shared().readTree(Files.readString(SCHEMA, StandardCharsets.UTF_8));
    }

    private static List<String> strings(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::stringValue).toList();
    }

    @Test
    void isADraft202012SchemaThatAllowsOtherFields() {
        assertThat(schema.get("$schema").stringValue()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.get("additionalProperties").booleanValue()).isTrue();
        assertThat(strings(schema.get("required"))).containsExactly("case", "side", "type", "at");
    }

    @Test
    void namesTheSameValuesAsTheReader() {
        JsonNode properties = schema.get("properties");
        assertThat(strings(properties.get("side").get("enum"))).containsExactly("client", "provider");
        assertThat(strings(properties.get("type").get("enum")))
                .isEqualTo(Arrays.stream(EventType.values()).map(EventType::wireName).toList());
        assertThat(strings(properties.get("statusClass").get("enum")))
                .isEqualTo(Arrays.stream(StatusClass.values()).map(StatusClass::wireName).toList());
        assertThat(strings(properties.get("author").get("enum")))
                .isEqualTo(Arrays.stream(Author.values()).map(Author::wireName).toList());
    }

    @Test
    void describesEveryField() {
        schema.get("properties").properties().forEach(field ->
                assertThat(field.getValue().path("description").asString()).as(field.getKey()).isNotBlank());
    }

    @Test
    void requiresTheFieldsEachTypeNeeds() {
        Map<String, List<String>> required = new LinkedHashMap<>();
        for (JsonNode rule : schema.get("allOf")) {
            required.put(rule.get("if").get("properties").get("type").get("const").stringValue(),
                    strings(rule.get("then").get("required")));
        }
        assertThat(required).containsExactly(
                Map.entry("status", List.of("status")),
                Map.entry("priority", List.of("priority")),
                Map.entry("claim", List.of("field", "value")),
                Map.entry("assigned", List.of("group")),
                Map.entry("comment", List.of("author")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-03-06T16:00:00-05:00", "2026-03-06T21:00:00Z", "2026-03-06T21:00Z",
        "2026-03-06T23:30:00.123456789+05:30"})
    void matchesTheInstantsTheReaderTakes(String instant) {
        assertThat(instantPattern().matcher(instant).matches()).isTrue();
        String line = "{\"case\":\"C\",\"side\":\"client\",\"type\":\"plan\",\"at\":\"" + instant + "\"}";
        assertThat(EventLines.read(line, "events.jsonl").problems()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-03-06T16:00:00", "2026-03-06 16:00", "2026-03-06"})
    void refusesTheInstantsTheReaderRefuses(String instant) {
        assertThat(instantPattern().matcher(instant).matches()).isFalse();
        String line = "{\"case\":\"C\",\"side\":\"client\",\"type\":\"plan\",\"at\":\"" + instant + "\"}";
        assertThat(EventLines.read(line, "events.jsonl").problems()).hasSize(1);
    }

    private static Pattern instantPattern() {
        return Pattern.compile(schema.get("$defs").get("instant").get("pattern").stringValue());
    }
}
