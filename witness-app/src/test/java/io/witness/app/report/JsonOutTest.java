package io.witness.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class JsonOutTest {

    @Test
    void escapesQuotesBackslashesAndControlCharactersAndReadsBackAsTheSameStrings() throws Exception {
        String tricky = "say \"hi\" \\ tab\there\r\nbell\u0007 é — 😀";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonOut out = new JsonOut(bytes, 5, List.of("a", "the \"b\""))) {
            out.beginRow();
            out.value(0, tricky);
            out.value(1, "");
            out.endRow();
            out.beginRow();
            out.value(0, "x");
            out.value(1, "y");
            out.endRow();
        }

        String text = bytes.toString(StandardCharsets.UTF_8);
        assertThat(text).isEqualTo("[\n{\"a\":\"say \\\"hi\\\" \\\\ tab\\there\\r\\nbell\\u0007 é — 😀\",\"the \\\"b\\\"\":\"\"},\n"
                + "{\"a\":\"x\",\"the \\\"b\\\"\":\"y\"}\n]\n");
        JsonNode json = JsonMapper.builder().build().readTree(text);
        assertThat(json.get(0).get("a").asString()).isEqualTo(tricky);
        assertThat(json.get(1).get("the \"b\"").asString()).isEqualTo("y");
    }

    @Test
    void anEmptyTableIsAnEmptyArray() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new JsonOut(bytes, 16, List.of("a")).close();

        assertThat(JsonMapper.builder().build().readTree(bytes.toString(StandardCharsets.UTF_8)).size()).isZero();
    }
}
