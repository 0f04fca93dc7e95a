package io.witness.core.clock;

import static org.assertj.core.api.Assertions.assertThat;

import io.witness.core.contract.Contract;
import io.witness.core.contract.ContractYaml;
import io.witness.core.event.CaseId;
import io.witness.core.event.EventLines;
import io.witness.core.event.Side;
import io.witness.core.event.TicketEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.databind.JsonNode;

/**
 * Walks {@code src/test/resources/clock/cases}: one case a file, named for what differs, with its
 * {@code desc}, events, the instant to compute as of, and the expected fields of each clock. A case
 * uses {@code clock/contract.yaml} unless it brings its own {@code contract}.
 */
class ClockFixturesTest {

    private static final Path CASES = Paths.get("src/test/resources/clock/cases");

    static Stream<Path> cases() throws IOException {
        try (Stream<Path> files = Files.list(CASES)) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().collect(Collectors.toList()).stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @SuppressWarnings("unchecked")
    void computesTheExpectedClocks(Path file) throws IOException {
        Map<String, Object> fixture = (Map<String, Object>) new Load(LoadSettings.builder().build())
                .loadFromString(Files.readString(file, StandardCharsets.UTF_8));
        String contractText = (String) fixture.getOrDefault("contract",
                Files.readString(CASES.resolveSibling("contract.yaml"), StandardCharsets.UTF_8));
        Contract contract = ContractYaml.parse(contractText, file.getFileName() + "#contract");
        List<TicketEvent> events = EventLines.read((String) fixture.get("events"), file.getFileName() + "#events").orThrow();
        Instant now = Instant.parse((String) fixture.get("now"));
        ClockEngine engine = new ClockEngine(contract.clocks(), contract.statusClassifier());
        CaseId caseId = events.get(0).caseId();

        Map<String, JsonNode> actual = new LinkedHashMap<>();
        for (Side side : ClockEngine.timelinesOf(events)) {
            for (ClockResult result : engine.compute(caseId, events, side, now)) {
                actual.put(key(result.clock(), side.wireName(), result.cycle()), ClockResultJson.toJson(result));
            }
        }
        List<String> expectedKeys = new ArrayList<>();
        for (Map<String, Object> expected : (List<Map<String, Object>>) fixture.get("expect")) {
            String key = key((String) expected.get("clock"), (String) expected.get("side"),
                    ((Number) expected.getOrDefault("cycle", 1)).intValue());
            expectedKeys.add(key);
            assertThat(actual).as(fixture.get("desc") + "\nresults: " + actual.keySet()).containsKey(key);
            JsonNode result = actual.get(key);
            for (Map.Entry<String, Object> field : expected.entrySet()) {
                if (List.of("clock", "side", "cycle").contains(field.getKey())) {
                    continue;
                }
                JsonNode value = result.get(field.getKey());
                String shown = key + "." + field.getKey() + " in " + result.toPrettyString();
                if (field.getValue() == null) {
                    assertThat(value).as(shown).isNull();
                } else {
                    assertThat(value).as(shown).isNotNull();
                    assertThat(normalise(value.asString())).as(shown).isEqualTo(normalise(String.valueOf(field.getValue())));
                }
            }
        }
        if (Boolean.TRUE.equals(fixture.get("exhaustive"))) {
            assertThat(actual.keySet()).as(String.valueOf(fixture.get("desc"))).containsExactlyInAnyOrderElementsOf(expectedKeys);
        }
    }

    private static String key(String clock, String side, int cycle) {
        return clock + "/" + side + "/" + cycle;
    }

    /** Instants compare as instants whatever their offset. */
    private static String normalise(String value) {
        try {
            return java.time.OffsetDateTime.parse(value).toInstant().toString();
        } catch (java.time.DateTimeException e) {
            return value;
        }
    }
}
