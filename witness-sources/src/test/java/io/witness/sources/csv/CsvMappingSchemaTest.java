package io.witness.sources.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.witness.core.input.InputProblem;
import io.witness.sources.timeline.Imports;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The published schema (docs/schemas/csv-mapping.schema.json), the mapping reader and the documentation
 * agree: the examples pass both, each one-mistake mapping is refused by the reader and, where a schema can
 * see the mistake, by the schema; the schema names the reader's keys; the documentation shows the fixtures.
 */
class CsvMappingSchemaTest {

    private static final Path SCHEMA = Path.of("../docs/schemas/csv-mapping.schema.json");
    private static final Path DOC = Path.of("../docs/importers/csv-mapping.md");
    private static Schema schema;

    @BeforeAll
    static void readSchema() throws IOException {
        schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(Files.readString(SCHEMA));
    }

    static Stream<String> examples() {
        return Stream.of("servicenow-list.yaml", "activity-log.yaml");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void examplesPassTheReaderAndTheSchema(String example) {
        String text = Imports.text(getClass(), example);
        assertThat(readerProblems(text)).isEmpty();
        assertThat(schemaErrors(text)).isEmpty();
    }

    static Stream<Arguments> mistakes() {
        String good = "rows: snapshots\ncolumns: { case: id, time: at }\n";
        return Stream.of(
                Arguments.of("columns: { case: id, time: at }\n", true),
                Arguments.of("rows: snapshot\ncolumns: { case: id, time: at }\n", true),
                Arguments.of(good + "separator: ';;'\n", true),
                Arguments.of(good + "quote: ''\n", true),
                Arguments.of(good + "header_row: -1\n", true),
                Arguments.of(good + "decimal_comma: yes\n", true),
                Arguments.of(good + "time: { format: iso }\n", true),
                Arguments.of("rows: snapshots\ncolumns: { case: id }\n", true),
                Arguments.of("rows: snapshots\ncolumns: { case: id, time: at, owner: x }\n", true),
                Arguments.of(good + "colums: {}\n", true),
                Arguments.of(good + "events: { type: state, types: {} }\n", true),
                Arguments.of("rows: events\ncolumns: { case: id, time: at }\n", true),
                Arguments.of("rows: events\ncolumns: { case: id, time: at }\nevents: { type: t, types: { New: open } }\n", true),
                Arguments.of(good + "claims: { made_sla: '' }\n", true),
                Arguments.of(good + "encoding: latin-9000\n", false),
                Arguments.of(good + "time: { zone: Mars/Olympus }\n", false),
                Arguments.of(good + "time: { pattern: 'dd.MM.yyyy {HH}' }\n", false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void mistakesAreRefusedByTheReaderAndWhereItCanSeeThemByTheSchema(String mapping, boolean schemaSees) {
        assertThat(readerProblems(mapping)).isNotEmpty();
        assertThat(schemaErrors(mapping).isEmpty()).as("the schema refuses it").isEqualTo(!schemaSees);
    }

    @Test
    void namesTheSameKeysAsTheReader() throws IOException {
        JsonNode root = JsonMapper.shared().readTree(Files.readString(SCHEMA));
        assertThat(List.copyOf(root.get("properties").propertyNames())).containsExactlyElementsOf(MappingYaml.KEYS);
        assertThat(List.copyOf(root.get("properties").get("columns").get("properties").propertyNames()))
                .containsExactlyElementsOf(Field.keys());
        List<String> kinds = new ArrayList<>();
        root.get("properties").get("events").get("properties").get("types").get("additionalProperties").get("enum")
                .forEach(k -> kinds.add(k.asString()));
        assertThat(kinds).containsExactlyElementsOf(EventKind.names());
    }

    @Test
    void documentsBothExamplesAsTheyAre() throws IOException {
        List<String> blocks = new ArrayList<>();
        Matcher yaml = Pattern.compile("```yaml\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(DOC));
        while (yaml.find()) {
            blocks.add(yaml.group(1));
        }
        assertThat(blocks).containsExactly(Imports.text(getClass(), "servicenow-list.yaml"), Imports.text(getClass(), "activity-log.yaml"));
    }

    private static List<InputProblem> readerProblems(String mapping) {
        List<InputProblem> problems = new ArrayList<>();
        MappingYaml.read(mapping, "map.yaml", problems);
        return problems;
    }

    private static List<Error> schemaErrors(String mapping) {
        Object yaml = new Load(LoadSettings.builder().build()).loadFromString(mapping);
        return schema.validate(JsonMapper.shared().valueToTree(yaml));
    }
}
