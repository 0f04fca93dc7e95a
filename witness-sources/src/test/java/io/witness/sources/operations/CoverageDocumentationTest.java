package io.witness.sources.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.witness.core.input.Problems;
import io.witness.sources.export.ExportRow;
import io.witness.sources.export.ExportTable;
import io.witness.sources.export.ExportTables;
import io.witness.sources.format.ImportFile;
import io.witness.sources.format.OperationalFormat;
import io.witness.sources.format.ParsedFile;
import io.witness.sources.format.SourceFormats;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * docs/coverage.md stays true: each format's example is a complete file its format reads without a
 * problem, each row (or line) passes the format's JSON Schema, and every operational format has both.
 */
class CoverageDocumentationTest {

    private static final Path DOC = Path.of("../docs/coverage.md");
    private static final Pattern BLOCK = Pattern.compile("```(csv|jsonl) ([a-z-]+)\\n(.*?)```", Pattern.DOTALL);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    record Example(String format, String type, String text) {
        @Override
        public String toString() {
            return format;
        }
    }

    static Stream<Example> examples() throws IOException {
        Matcher m = BLOCK.matcher(Files.readString(DOC));
        List<Example> found = new ArrayList<>();
        while (m.find()) {
            found.add(new Example(m.group(2), m.group(1), m.group(3)));
        }
        return found.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void eachExampleIsReadWithoutAProblem(Example example) {
        OperationalFormat format = (OperationalFormat) SourceFormats.named(example.format()).orElseThrow();

        ParsedFile parsed = Operational.parse(format, example.format() + "." + example.type(), example.text(), "America/New_York");

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.observations()).isNotEmpty().hasSize((int) parsed.rowsRead());
        assertThat(format.evidence(parsed.observations().stream()
                .map(d -> new io.witness.sources.format.LoggedObservation(io.witness.core.finding.EvidenceRef.file("doc"), d)).toList()).size())
                .isEqualTo(parsed.rowsRead());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void eachRowPassesTheFormatsSchema(Example example) throws IOException {
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.readString(Path.of("../docs/schemas/" + example.format() + ".schema.json")));

        for (JsonNode row : rows(example)) {
            assertThat(schema.validate(row.toString(), com.networknt.schema.InputFormat.JSON)).as(row.toString()).isEmpty();
        }
    }

    @Test
    void everyOperationalFormatHasAnExampleAndASchema() throws IOException {
        List<String> documented = examples().map(Example::format).toList();
        List<String> formats = SourceFormats.all().stream().filter(f -> f instanceof OperationalFormat).map(f -> f.name()).toList();

        assertThat(documented).containsExactlyInAnyOrderElementsOf(formats);
        for (String format : formats) {
            assertThat(Path.of("../docs/schemas/" + format + ".schema.json")).exists();
        }
    }

    private static List<JsonNode> rows(Example example) {
        List<JsonNode> rows = new ArrayList<>();
        if (example.type().equals("jsonl")) {
            example.text().lines().filter(l -> !l.isBlank()).forEach(l -> rows.add(JSON.readTree(l)));
            return rows;
        }
        Problems problems = new Problems();
        ExportTable table = ExportTables.read(new ImportFile("doc.csv", example.text().getBytes(StandardCharsets.UTF_8)), problems).orElseThrow();
        for (ExportRow row : table.rows()) {
            ObjectNode object = JSON.createObjectNode();
            for (int i = 0; i < table.header().size(); i++) {
                if (!row.cell(i).isBlank()) {
                    object.put(table.header().get(i).strip(), row.cell(i).strip());
                }
            }
            rows.add(object);
        }
        return rows;
    }
}
