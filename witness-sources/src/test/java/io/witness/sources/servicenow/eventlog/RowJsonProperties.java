package io.witness.sources.servicenow.eventlog;

import static org.assertj.core.api.Assertions.assertThat;

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
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The rows' parsed form, written by hand for speed, is exactly what the ledger's CanonicalJson writes (#6). */
class RowJsonProperties {

    /** A cell's value as the parser gives it: text, a count, a boolean or nothing, by turns. */
    private static Object value(int i, List<String> texts, int number, boolean bool) {
        return switch (i % 4) {
            case 0 -> texts.isEmpty() ? null : texts.get(i % texts.size());
            case 1 -> number;
            case 2 -> bool;
            default -> null;
        };
    }

    @Property(tries = 500)
    void writesTheCanonicalForm(@ForAll @Size(min = 1, max = 8) @UniqueElements List<String> names, @ForAll List<String> texts,
            @ForAll int number, @ForAll boolean bool) {
        Object[] values = new Object[names.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = value(i, texts, number, bool);
        }

        String json = new RowJson(names.toArray(String[]::new)).write(values);

        assertThat(json).isEqualTo(CanonicalJson.write(CanonicalJson.parse(json)));
    }

    @Property(tries = 300)
    void aHeaderOfTheLogsColumnsInAnyOrderNamesTheListOnceAndStandsForTheObjectOfColumnToValue(@ForAll long seed,
            @ForAll List<String> texts, @ForAll int number, @ForAll boolean bool) {
        List<String> header = new ArrayList<>(ColumnLists.named(ColumnLists.SERVICENOW_EVENTLOG).orElseThrow());
        Collections.shuffle(header, new Random(seed));
        Object[] values = new Object[header.size()];
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        for (int i = 0; i < values.length; i++) {
            values[i] = value(i, texts, number, bool);
            if (values[i] == null) {
                object.putNull(header.get(i));
            } else if (values[i] instanceof Integer n) {
                object.put(header.get(i), n);
            } else if (values[i] instanceof Boolean b) {
                object.put(header.get(i), b);
            } else {
                object.put(header.get(i), (String) values[i]);
            }
        }

        String json = new RowJson(header.toArray(String[]::new)).write(values);

        assertThat(json).isEqualTo(CanonicalJson.write(CanonicalJson.parse(json))).startsWith("{\"columns\":\"servicenow-eventlog.v1\",\"values\":[");
        assertThat(CanonicalJson.write(ColumnLists.expanded(CanonicalJson.parse(json))))
                .isEqualTo(CanonicalJson.write(object));
    }

    @Property(tries = 300)
    void escapesEveryCharacterAsJacksonDoes(@ForAll char c) {
        String json = new RowJson(new String[] {"v"}).write(new Object[] {"a" + c + "b"});

        assertThat(json).isEqualTo(CanonicalJson.write(CanonicalJson.parse(json)));
        assertThat(CanonicalJson.parse(json).get("v").asString()).isEqualTo("a" + c + "b");
    }
}
