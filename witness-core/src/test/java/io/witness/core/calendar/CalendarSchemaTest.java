package io.witness.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The published schema of the calendar block says what {@link CalendarYaml} reads. */
class CalendarSchemaTest {

    // Surefire runs in the module's folder; the docs live at the repository's root.
    private static final Path SCHEMA = Path.of("../docs/schemas/calendar.schema.json");

    private static JsonNode schema;

    @BeforeAll
    static void readSchema() throws IOException {
        schema = JsonMapper.shared().readTree(Files.readString(SCHEMA, StandardCharsets.UTF_8));
    }

    @Test
    void isADraft202012SchemaThatRefusesOtherKeys() {
        assertThat(schema.get("$schema").stringValue()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.get("additionalProperties").booleanValue()).isFalse();
        assertThat(strings(schema.get("else").get("required"))).containsExactly("zone", "week");
    }

    @Test
    void namesTheSameKeysAsTheReader() {
        JsonNode defs = schema.get("$defs");
        assertThat(keys(schema.get("properties"))).containsExactlyInAnyOrderElementsOf(CalendarYaml.KEYS);
        assertThat(keys(defs.get("version").get("properties")))
                .containsExactlyInAnyOrderElementsOf(CalendarYaml.VERSION_KEYS);
        assertThat(keys(defs.get("week").get("properties"))).containsExactlyElementsOf(WeekYaml.KEYS);
        assertThat(keys(defs.get("extraDay").get("properties")))
                .containsExactlyElementsOf(HolidayYaml.EXTRA_DAY_KEYS);
        List<String> holidayKeys = new ArrayList<>();
        for (JsonNode kind : defs.get("holiday").get("oneOf")) {
            keys(kind.path("properties")).stream().filter(key -> !holidayKeys.contains(key)).forEach(holidayKeys::add);
        }
        assertThat(holidayKeys).containsExactlyInAnyOrderElementsOf(HolidayYaml.HOLIDAY_KEYS);
        assertThat(strings(defs.get("weekday").get("enum")))
                .containsExactlyInAnyOrderElementsOf(CalendarValues.WEEKDAYS.keySet());
    }

    @Test
    void describesEveryTopLevelField() {
        schema.get("properties").properties().forEach(field ->
                assertThat(field.getValue().path("description").asString()).as(field.getKey()).isNotBlank());
    }

    @ParameterizedTest
    @ValueSource(strings = {"09:00-17:00", "9:00-17:00", "22:00-06:00", "00:00-24:00", "08:30:15-12:00:00",
        "13:00 - 24:00:00", "23:59-00:00"})
    void matchesTheHoursTheReaderTakes(String hours) {
        assertThat(periodPattern().matcher(hours).matches()).as(hours).isTrue();
        assertThat(OpenHours.parse(hours)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"9-5", "09:00", "09:00-25:00", "24:00-06:00", "09:60-10:00", "09:00-17:00-18:00",
        "9:00:00-17:00", "0900-1700"})
    void refusesTheHoursTheReaderRefuses(String hours) {
        assertThat(periodPattern().matcher(hours).matches()).as(hours).isFalse();
        assertThatThrownBy(() -> OpenHours.parse(hours)).isInstanceOf(DateTimeException.class);
    }

    private static Pattern periodPattern() {
        return Pattern.compile(schema.get("$defs").get("period").get("pattern").stringValue());
    }

    private static List<String> keys(JsonNode object) {
        return object.properties().stream().map(java.util.Map.Entry::getKey).toList();
    }

    private static List<String> strings(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asString).toList();
    }
}
