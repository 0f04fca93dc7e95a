package io.witness.app.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A report's tables as files beside it: {@code <report>.<table>.csv} (RFC 4180, a header of the column
 * names, CRLF line ends) and {@code <report>.<table>.json} (an array of objects, one per row, keyed by the
 * column names in their order). A column's name is its heading in lower case with {@code _} for spaces. Both hold every row, including those the HTML leaves out.
 */
final class TableFiles {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private TableFiles() {
    }

    static String csvName(String base, Table table) {
        return base + "." + table.name() + ".csv";
    }

    static String jsonName(String base, Table table) {
        return base + "." + table.name() + ".json";
    }

    /** Writes the table's two files to {@code dir} and returns their paths. */
    static List<Path> write(Path dir, String base, Table table) throws IOException {
        Path csv = dir.resolve(csvName(base, table));
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            out.write(line(table.columns().stream().map(c -> key(c.name())).toList()));
            for (Table.Row row : table.rows()) {
                out.write(line(row.cells().stream().map(Table.Cell::text).toList()));
            }
        }
        ArrayNode rows = JSON.createArrayNode();
        for (Table.Row row : table.rows()) {
            ObjectNode object = rows.addObject();
            for (int c = 0; c < table.columns().size(); c++) {
                object.put(key(table.columns().get(c).name()), row.cells().get(c).text());
            }
        }
        Path json = dir.resolve(jsonName(base, table));
        Files.writeString(json, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(rows) + "\n", StandardCharsets.UTF_8);
        return List.of(csv, json);
    }

    /** A column's name in the files: its heading in lower case with {@code _} for spaces ({@code before_caps}). */
    static String key(String heading) {
        return heading.toLowerCase(java.util.Locale.ROOT).replace(' ', '_');
    }

    private static String line(List<String> fields) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            String value = fields.get(i);
            boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                    || value.indexOf('\r') >= 0;
            line.append(quote ? '"' + value.replace("\"", "\"\"") + '"' : value);
        }
        return line.append("\r\n").toString();
    }
}
