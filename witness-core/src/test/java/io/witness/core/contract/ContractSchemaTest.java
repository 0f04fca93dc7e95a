package io.witness.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.witness.core.input.InputProblem;
import io.witness.core.input.InputRejected;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The published schema (docs/schemas/contract.schema.json) and {@link ContractYaml} agree: every example
 * passes both; every file of the broken corpus (one mistake each) is refused by both, the reader with
 * the message the file expects; files whose only mistake a schema cannot see (a reference to nothing, an id
 * used twice, dates out of order, an unknown zone) are refused by the reader alone.
 */
class ContractSchemaTest {

    private static final Path SCHEMA = Path.of("../docs/schemas/contract.schema.json");
    private static final Path CALENDAR_SCHEMA = Path.of("../docs/schemas/calendar.schema.json");

    private static Schema schema;

    @BeforeAll
    static void readSchema() {
        schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(ContractFiles.read(SCHEMA));
    }

    static Stream<Path> valid() {
        return ContractFiles.valid();
    }

    static Stream<Path> broken() {
        return ContractFiles.in(ContractFiles.BROKEN);
    }

    static Stream<Path> brokenReferences() {
        return ContractFiles.in(ContractFiles.BROKEN_REFERENCES);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valid")
    void examplesPassTheReaderAndTheSchema(Path file) {
        ContractYaml.parse(ContractFiles.read(file), file.toString());

        assertThat(errors(file)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("broken")
    void brokenFilesAreRefusedByBoth(Path file) {
        assertThat(ContractFiles.expected(file)).as("the file says what the reader reports").isNotEmpty();

        assertThat(problems(file)).containsExactlyElementsOf(ContractFiles.expected(file));
        assertThat(errors(file)).as("the schema refuses " + file).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenReferences")
    void referencesToNothingAreRefusedByTheReaderAlone(Path file) {
        assertThat(problems(file)).containsExactlyElementsOf(ContractFiles.expected(file));
        assertThat(errors(file)).as("a schema cannot see this mistake").isEmpty();
    }

    @Test
    void embedsTheCalendarSchemaAsItIsPublished() {
        JsonNode calendar = JsonMapper.shared().readTree(ContractFiles.read(CALENDAR_SCHEMA));
        ObjectNode embedded = (ObjectNode) JsonMapper.shared().readTree(ContractFiles.read(SCHEMA)).get("$defs").get("calendar").deepCopy();
        embedded.remove("$id");
        ObjectNode published = (ObjectNode) calendar.deepCopy();
        published.remove("$schema");

        assertThat(embedded).isEqualTo(published);
    }

    @Test
    void namesTheSameKeysAsTheReader() {
        JsonNode root = JsonMapper.shared().readTree(ContractFiles.read(SCHEMA));
        JsonNode defs = root.get("$defs");
        List<String> full = new ArrayList<>(ContractYaml.keys());
        assertThat(strings(root.get("then").get("propertyNames").get("enum"))).containsExactlyElementsOf(full);
        assertThat(strings(root.get("else").get("propertyNames").get("enum"))).containsExactlyElementsOf(ContractYaml.CLOCKS_ONLY_KEYS);
        assertThat(keys(defs.get("header"))).containsExactlyElementsOf(ContractYaml.HEADER_KEYS);
        assertThat(keys(defs.get("amendment"))).containsExactlyElementsOf(ContractYaml.AMENDMENT_KEYS);
        assertThat(keys(defs.get("party"))).containsExactlyElementsOf(PartiesYaml.PARTY_KEYS);
        assertThat(keys(defs.get("source"))).containsExactlyElementsOf(PartiesYaml.SOURCE_KEYS);
        assertThat(keys(defs.get("asset"))).containsExactlyElementsOf(TermsYaml.ASSET_KEYS);
        assertThat(keys(defs.get("priorityLevel"))).containsExactlyElementsOf(PriorityYaml.LEVEL_KEYS);
        assertThat(keys(defs.get("clock"))).containsExactlyElementsOf(ClockYaml.KEYS);
        assertThat(keys(defs.get("conditionAll"))).containsExactlyElementsOf(ConditionYaml.KEYS);
        assertThat(keys(defs.get("credits"))).containsExactlyElementsOf(CreditsYaml.KEYS);
        assertThat(keys(defs.get("obligation"))).containsExactlyInAnyOrderElementsOf(ObligationsYaml.allKeys());
        assertThat(keys(defs.get("responsibility"))).containsExactlyElementsOf(ResponsibilitiesYaml.KEYS);
        assertThat(keys(defs.get("pricing"))).containsExactlyElementsOf(PricingYaml.KEYS);
        assertThat(keys(defs.get("businessImpact"))).containsExactlyElementsOf(PricingYaml.IMPACT_KEYS);
        assertThat(strings(defs.get("source").get("properties").get("kind").get("enum")))
                .containsExactlyElementsOf(Stream.of(SourceKind.values()).map(SourceKind::wireName).toList());
        assertThat(strings(defs.get("obligation").get("properties").get("evidence").get("enum")))
                .containsExactlyElementsOf(Stream.of(EvidenceKind.values()).map(EvidenceKind::wireName).toList());
    }

    private static List<String> problems(Path file) {
        InputRejected rejected = catchThrowableOfType(InputRejected.class,
                () -> ContractYaml.parse(ContractFiles.read(file), file.getFileName().toString()));
        assertThat(rejected).as("the reader refuses " + file).isNotNull();
        return rejected.problems().stream().map(InputProblem::toString).toList();
    }

    private static List<Error> errors(Path file) {
        Object yaml = new Load(LoadSettings.builder().build()).loadFromString(ContractFiles.read(file));
        return schema.validate(JsonMapper.shared().valueToTree(yaml));
    }

    private static List<String> keys(JsonNode node) {
        return List.copyOf(node.get("properties").propertyNames());
    }

    private static List<String> strings(JsonNode array) {
        List<String> strings = new ArrayList<>();
        array.forEach(item -> strings.add(item.asString()));
        return strings;
    }
}
