package io.witness.sources.export;

import io.witness.core.input.InputProblem;
import io.witness.core.input.Problems;
import io.witness.ledger.chain.CanonicalJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads the first sheet of a workbook (XLSX, or XLS) with Apache POI. The first non-blank row is the
 * header. A cell's text is what it holds: a string as written, a whole number without decimals, other
 * numbers in plain notation, a boolean as {@code true}/{@code false}, a formula's cached result, and a
 * cell formatted as a date as its local date and time, {@code 2024-01-15T09:30:00}, rounded to the second.
 *
 * <p>The raw form of a row is the canonical JSON {@code {"cells":{"A2":"…",…},"row":2,"sheet":"Page 1"}}
 * of its non-blank cells: a workbook has no bytes per row, so this is the row as the file holds it.
 */
final class XlsxTable {

    /** How a date cell is written in {@link ExportRow#cell}: ISO-8601 local, no offset. */
    static final DateTimeFormatter DATE_CELL = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    private XlsxTable() {
    }

    static Optional<ExportTable> read(String file, byte[] bytes, Problems problems) {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            if (workbook.getNumberOfSheets() == 0) {
                problems.add(new InputProblem(file, 0, 0, "", "expected a workbook with a sheet, found none"));
                return Optional.empty();
            }
            return table(file, workbook.getSheetAt(0), problems);
        } catch (IOException | RuntimeException e) {
            // POI reports a damaged or foreign file with many exception types; each becomes this one problem
            problems.add(new InputProblem(file, 0, 0, "", "expected an Excel workbook (XLSX), found a file POI cannot read: "
                    + e.getClass().getSimpleName() + ": " + e.getMessage()));
            return Optional.empty();
        }
    }

    private static Optional<ExportTable> table(String file, Sheet sheet, Problems problems) {
        String name = sheet.getSheetName();
        List<String> header = null;
        int headerLine = 0;
        List<ExportRow> rows = new ArrayList<>();
        ExportTable.Place place = null;
        for (Row row : sheet) {
            int line = row.getRowNum() + 1;
            List<String> cells = new ArrayList<>();
            ObjectNode rawCells = JsonNodeFactory.instance.objectNode();
            int last = Math.max(row.getLastCellNum(), header == null ? 0 : header.size());
            for (int c = 0; c < last; c++) {
                String text = text(row.getCell(c));
                cells.add(text);
                if (!text.isEmpty()) {
                    rawCells.put(columnLetters(c) + line, text);
                }
            }
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            if (header == null) {
                header = cells;
                headerLine = line;
                place = new ExportTable.Place(file, Optional.of(name), header);
                continue;
            }
            ObjectNode raw = JsonNodeFactory.instance.objectNode();
            raw.put("sheet", name);
            raw.put("row", line);
            raw.set("cells", rawCells);
            int[] lines = new int[cells.size()];
            java.util.Arrays.fill(lines, line);
            int[] columns = new int[cells.size()];
            for (int c = 0; c < columns.length; c++) {
                columns[c] = c + 1;
            }
            ExportRow exportRow = new ExportRow(place, line, cells, lines, columns,
                    CanonicalJson.write(raw).getBytes(StandardCharsets.UTF_8));
            if (cells.size() > header.size()) {
                problems.add(exportRow.problemAt(header.size(), "expected at most " + header.size()
                        + " cells as the header has, found a value in column " + columnLetters(cells.size() - 1)));
            }
            rows.add(exportRow);
        }
        if (header == null) {
            problems.add(new InputProblem(file, 0, 0, name, "expected a header row naming the columns, found an empty sheet"));
            return Optional.empty();
        }
        return Optional.of(new ExportTable(file, Optional.of(name), header, headerLine, rows));
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? date(cell) : number(cell.getNumericCellValue());
            case ERROR -> FormulaError.forInt(cell.getErrorCellValue()).getString();
            default -> "";
        };
    }

    private static String date(Cell cell) {
        LocalDateTime time = cell.getLocalDateTimeCellValue();
        // Excel keeps a day fraction as a double: round to the second the exporter wrote
        LocalDateTime rounded = time.plusNanos(500_000_000L).withNano(0);
        return DATE_CELL.format(rounded);
    }

    private static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return String.valueOf(value);
        }
        BigDecimal decimal = BigDecimal.valueOf(value).stripTrailingZeros();
        return decimal.scale() <= 0 ? decimal.toBigInteger().toString() : decimal.toPlainString();
    }

    /** The letters of a 0-based column index: 0 is A, 26 is AA. */
    static String columnLetters(int index) {
        StringBuilder letters = new StringBuilder();
        int n = index + 1;
        while (n > 0) {
            int rem = (n - 1) % 26;
            letters.insert(0, (char) ('A' + rem));
            n = (n - 1) / 26;
        }
        return letters.toString();
    }
}
