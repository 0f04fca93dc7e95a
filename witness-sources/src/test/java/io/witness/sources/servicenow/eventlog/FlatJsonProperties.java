package io.witness.sources.servicenow.eventlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.witness.ledger.chain.CanonicalJson;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.UniqueElements;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The flat reader of the updates' parsed form reads what a JSON parser reads (#6). */
class FlatJsonProperties {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    @Property(tries = 500)
    void readsEachChosenScalarAsAJsonParserDoes(@ForAll @Size(min = 1, max = 8) @UniqueElements List<String> names,
            @ForAll List<String> texts, @ForAll long number, @ForAll boolean bool, @ForAll boolean pretty) {
        ObjectNode object = MAPPER.createObjectNode();
        for (int i = 0; i < names.size(); i++) {
            switch (i % 5) {
                case 0 -> object.put(names.get(i), texts.isEmpty() ? "" : texts.get(i % texts.size()));
                case 1 -> object.put(names.get(i), number);
                case 2 -> object.put(names.get(i), bool);
                case 3 -> object.putNull(names.get(i));
                default -> object.putArray(names.get(i)).add("]}\"").addObject().put("x", 1.5);
            }
        }
        String json = pretty ? object.toPrettyString() : CanonicalJson.write(object);
        List<String> chosen = new ArrayList<>(names.subList(0, (names.size() + 1) / 2));
        chosen.add("not-there-" + names.size());

        String[] read = new FlatJson(chosen).read(json);

        JsonNode parsed = MAPPER.readTree(json);
        for (int i = 0; i < chosen.size(); i++) {
            JsonNode value = parsed.get(chosen.get(i));
            String expected = value == null || value.isNull() || value.isContainer() ? null : value.asString();
            assertThat(read[i]).as(chosen.get(i)).isEqualTo(expected);
        }
    }

    @Property(tries = 1000)
    void anythingElseIsRefusedCleanly(@ForAll String text) {
        try {
            new FlatJson(List.of("a")).read(text);
        } catch (IllegalArgumentException e) {
            assertThat(e).hasMessageStartingWith("an update's parsed form is not a JSON object: ");
        }
    }

    @Test
    void namesWhereItStopped() {
        assertThatThrownBy(() -> new FlatJson(List.of("a")).read("{\"a\":1 \"b\":2}"))
                .hasMessage("an update's parsed form is not a JSON object: expected ',' or '}' at character 8");
        assertThatThrownBy(() -> new FlatJson(List.of("a")).read("[1]"))
                .hasMessage("an update's parsed form is not a JSON object: expected '{' at character 1");
        assertThat(new FlatJson(List.of("a", "b")).read("{\"a\":\"x\\u00e9\\n\",\"b\":null}")).containsExactly("x\u00e9\n", null);
    }
}
