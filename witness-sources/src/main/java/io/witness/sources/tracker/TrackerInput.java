package io.witness.sources.tracker;

import io.witness.core.input.InputProblem;
import io.witness.sources.format.ImportFile;
import io.witness.sources.sheet.CellValue;
import io.witness.sources.sheet.CsvRecord;
import io.witness.sources.sheet.CsvRecords;
import io.witness.sources.sheet.SheetRow;
import io.witness.sources.sheet.XlsxSheets;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A tracker file's rows: an XLSX workbook (it starts as a zip does) or CSV text. CSV is read as UTF-8, or
 * as windows-1252 when it is not valid UTF-8 (Excel's "CSV" on Windows); its separator is whichever of
 * comma, semicolon and tab its first line holds most of, outside quotes. Stateless.
 */
final class TrackerInput {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TrackerInput() {
    }

    /** The sheets' rows by name; a CSV file is one sheet named "". Empty, with a problem, when unreadable. */
    static Optional<Map<String, List<SheetRow>>> rows(ImportFile file, List<InputProblem> problems) {
        if (XlsxSheets.looksLikeWorkbook(file.bytes())) {
            return XlsxSheets.read(file.bytes(), file.name(), problems);
        }
        String text = decode(file.bytes());
        char separator = separator(text);
        List<SheetRow> rows = new ArrayList<>();
        for (CsvRecord record : CsvRecords.split(text, separator, '"', file.name(), problems)) {
            List<CellValue> cells = record.fields().stream().<CellValue>map(CellValue.Text::new).toList();
            rows.add(new SheetRow("", record.line(), cells, record.text().getBytes(StandardCharsets.UTF_8)));
        }
        return Optional.of(Map.of("", rows));
    }

    private static String decode(byte[] bytes) {
        List<InputProblem> notUtf8 = new ArrayList<>();
        String text = io.witness.sources.sheet.TextDecoding.decode(bytes, StandardCharsets.UTF_8, "", notUtf8);
        return notUtf8.isEmpty() ? text : new String(bytes, WINDOWS_1252);
    }

    private static char separator(String text) {
        int comma = 0;
        int semicolon = 0;
        int tab = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (comma + semicolon + tab > 0) {
                    break;
                }
            } else if (!quoted) {
                comma += c == ',' ? 1 : 0;
                semicolon += c == ';' ? 1 : 0;
                tab += c == '\t' ? 1 : 0;
            }
        }
        if (semicolon > comma && semicolon >= tab) {
            return ';';
        }
        return tab > comma ? '\t' : ',';
    }
}
