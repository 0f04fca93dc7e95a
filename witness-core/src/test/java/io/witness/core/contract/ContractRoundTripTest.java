package io.witness.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.witness.core.calendar.BusinessCalendar;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading a contract, writing it with {@link ContractYamlWriter} and reading that again gives the same
 * contract, for every example and for a file that uses every field. Calendars compare by their versions
 * ({@link BusinessCalendar} has no value equality).
 */
class ContractRoundTripTest {

    private static final Path EVERY_FIELD = Path.of("src/test/resources/contract/every-field.yaml");
    private static final Path SCHEMA = Path.of("../docs/schemas/contract.schema.json");

    static Stream<Path> contracts() {
        return ContractFiles.valid();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contracts")
    void readsBackWhatItWrites(Path file) {
        Contract read = ContractYaml.parse(ContractFiles.read(file), file.toString());

        String written = ContractYamlWriter.write(read);
        Contract reread = ContractYaml.parse(written, "written " + file);

        assertThat(reread).usingRecursiveComparison()
                .withEqualsForType((a, b) -> a.versions().equals(b.versions()), BusinessCalendar.class)
                .isEqualTo(read);
        assertThat(ContractYamlWriter.write(reread)).isEqualTo(written);
    }

    @Test // #4
    void theFileOfEveryFieldUsesEveryKeyTheSchemaNames() {
        Set<String> named = new TreeSet<>();
        propertyNames(JsonMapper.shared().readTree(ContractFiles.read(SCHEMA)), named);
        Set<String> used = new TreeSet<>();
        keys(new Load(LoadSettings.builder().build()).loadFromString(ContractFiles.read(EVERY_FIELD)), used);

        assertThat(used).as("keys of " + EVERY_FIELD).containsAll(named);
    }

    private static void propertyNames(JsonNode node, Set<String> names) {
        if (node.isObject() && node.has("properties") && node.get("properties").isObject()) {
            names.addAll(node.get("properties").propertyNames());
        }
        node.forEach(child -> propertyNames(child, names));
    }

    private static void keys(Object yaml, Set<String> keys) {
        if (yaml instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                keys.add(String.valueOf(key));
                keys(value, keys);
            });
        } else if (yaml instanceof List<?> list) {
            list.forEach(item -> keys(item, keys));
        }
    }
}
