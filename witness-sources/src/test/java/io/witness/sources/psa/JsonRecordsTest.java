package io.witness.sources.psa;

import static org.assertj.core.api.Assertions.assertThat;

import io.witness.core.input.InputProblem;
import io.witness.sources.format.ImportFile;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The records of saved REST responses, each with its text as in the file. */
class JsonRecordsTest {

    private final List<InputProblem> problems = new ArrayList<>();

    private List<JsonRecords.Record> read(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return JsonRecords.read(new ImportFile("saved.json", bytes), Set.of("items", "item", "tickets"), problems);
    }

    private static String raw(JsonRecords.Record record) {
        return new String(record.raw(), StandardCharsets.UTF_8);
    }

    @Test
    void readsArraysWrappersSingleRecordsAndPagesOneAfterTheOther() {
        List<JsonRecords.Record> records = read("\ufeff[{\"id\": 1}, {\"id\": 2}]\n{\"items\": [{\"id\": 3}], \"pageDetails\": {}}\n"
                + "{\"item\": {\"id\": 4}}\n{\"id\": 5, \"tickets\": [1, 2]}\n");

        assertThat(problems).isEmpty();
        assertThat(records).extracting(JsonRecordsTest::raw).containsExactly("{\"id\": 1}", "{\"id\": 2}", "{\"id\": 3}",
                "{\"id\": 4}", "{\"id\": 5, \"tickets\": [1, 2]}");
        assertThat(records).extracting(JsonRecords.Record::path).containsExactly("/0", "/1", "/1/items/0", "/2/item", "/3");
        assertThat(records).extracting(JsonRecords.Record::line).containsExactly(1, 1, 2, 3, 4);
    }

    @Test
    void keepsTheTextOfARecordWithLineBreaksAndEscapes() {
        List<JsonRecords.Record> records = read("[\n  {\n    \"id\": 7,\n    \"text\": \"a\\nb \\u00e9\"\n  }\n]");

        assertThat(raw(records.get(0))).isEqualTo("{\n    \"id\": 7,\n    \"text\": \"a\\nb \\u00e9\"\n  }");
        assertThat(records.get(0).node().get("text").asString()).isEqualTo("a\nb \u00e9");
    }

    @Test
    void namesWhatIsNotARecordAndStopsWhereJsonBreaks() {
        read("[1, {\"id\": 2}, \"x\"]\n{\"id\": 3, \"id\": 4}");

        assertThat(problems).extracting(InputProblem::toString).containsExactly(
                "saved.json:1:2: /0: expected a record (an object), found the number 1",
                "saved.json:1:16: /2: expected a record (an object), found the text 'x'",
                "saved.json:2:15: not valid JSON: Duplicate Object property \"id\"");
    }
}
