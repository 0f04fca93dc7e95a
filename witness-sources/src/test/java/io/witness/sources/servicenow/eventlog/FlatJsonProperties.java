package io.witness.sources.servicenow.eventlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.witness.ledger.chain.CanonicalJson;
import io.witness.sources.format.ColumnLists;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.UniqueElements;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
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

    @Property(tries = 300)
    void readsTheLogsColumnListAsTheObjectOfColumnToValueItStandsFor(@ForAll long seed, @ForAll List<String> texts,
            @ForAll long number, @ForAll boolean bool, @ForAll boolean pretty) {
        List<String> columns = ColumnLists.named(ColumnLists.SERVICENOW_EVENTLOG).orElseThrow();
        ObjectNode object = MAPPER.createObjectNode();
        object.put(ColumnLists.COLUMNS, ColumnLists.SERVICENOW_EVENTLOG);
        ArrayNode values = object.putArray(ColumnLists.VALUES);
        for (int i = 0; i < columns.size(); i++) {
            switch (i % 5) {
                case 0 -> values.add(texts.isEmpty() ? "" : texts.get(i % texts.size()));
                case 1 -> values.add(number);
                case 2 -> values.add(bool);
                case 3 -> values.addNull();
                default -> values.addArray().add("]}\"").addObject().put("x", 1.5);
            }
        }
        List<String> chosen = new ArrayList<>(columns);
        Collections.shuffle(chosen, new Random(seed));
        chosen = new ArrayList<>(chosen.subList(0, 17));
        chosen.add("not-there");
        String listed = pretty ? object.toPrettyString() : CanonicalJson.write(object);

        String[] read = new FlatJson(chosen).read(listed);

        assertThat(read).containsExactly(new FlatJson(chosen).read(CanonicalJson.write(ColumnLists.expanded(object))));
        assertThat(read[17]).isNull();
    }

    @Test
    void aColumnListWithAValueMoreOrLessOrOfAnotherNameIsAnObjectLikeAnyOther() {
        String values = "[" + "\"x\",".repeat(35) + "\"x\"]";
        FlatJson flat = new FlatJson(List.of("number"));

        assertThat(flat.read("{\"columns\":\"servicenow-eventlog.v1\",\"values\":" + values + "}")).containsExactly("x");
        assertThat(flat.read("{\"columns\":\"servicenow-eventlog.v1\",\"values\":" + values.replace("[", "[\"x\",") + "}")).containsOnlyNulls();
        assertThat(flat.read("{\"columns\":\"servicenow-eventlog.v2\",\"values\":" + values + "}")).containsOnlyNulls();
        assertThatThrownBy(() -> flat.read("{\"columns\":\"servicenow-eventlog.v1\",\"values\":[1 2]}"))
                .hasMessage("an update's parsed form is not a JSON object: expected ',' or ']' at character 49");
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
