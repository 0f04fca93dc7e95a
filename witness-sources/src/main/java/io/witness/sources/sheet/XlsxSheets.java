package io.witness.sources.sheet;

import io.witness.core.input.InputProblem;
import io.witness.ledger.chain.CanonicalJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The rows of an XLSX workbook's sheets (Apache POI), each cell read by its type: a number formatted as
 * a date is a date and time (in the workbook's 1900 or 1904 date system), below one a time of day; a
 * formula gives its cached value (not recomputed); an error its code. Each row's raw bytes are the
 * canonical JSON {@code {"sheet","row","cells":[{"ref","type","value","format","formula"}]}} of its non-blank
 * cells. A file POI cannot open (not a zip, a broken zip, an old .xls) is one problem naming the file. Stateless.
 */
public final class XlsxSheets {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private XlsxSheets() {
    }

    /**
     * True when the bytes start as a workbook does: a zip file (XLSX), or an OLE2 file (the old .xls, which
     * is refused with a problem saying so).
     */
    public static boolean looksLikeWorkbook(byte[] bytes) {
        boolean zip = bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
        return zip || (bytes.length >= 4 && (bytes[0] & 0xff) == 0xd0 && (bytes[1] & 0xff) == 0xcf);
    }

    /** Each sheet's rows by sheet name, in workbook order; empty with a problem when the workbook cannot be read. */
    public static Optional<Map<String, List<SheetRow>>> read(byte[] bytes, String file, List<InputProblem> problems) {
        if (bytes.length >= 4 && (bytes[0] & 0xff) == 0xd0 && (bytes[1] & 0xff) == 0xcf) {
            problems.add(new InputProblem(file, 0, 0, "", "expected an XLSX workbook, found an Excel 97-2003 .xls file (save it as .xlsx)"));
            return Optional.empty();
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            boolean date1904 = workbook.isDate1904();
            Map<String, List<SheetRow>> sheets = new LinkedHashMap<>();
            for (Sheet sheet : workbook) {
                List<SheetRow> rows = new ArrayList<>();
                for (Row row : sheet) {
                    rows.add(row(sheet.getSheetName(), row, date1904));
                }
                sheets.put(sheet.getSheetName(), rows);
            }
            return Optional.of(sheets);
        } catch (IOException | RuntimeException e) {
            // POI signals a broken workbook with many exception types; each is the same answer for the user.
            problems.add(new InputProblem(file, 0, 0, "", "expected an XLSX workbook, found a file that cannot be read as one: "
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + firstLine(e.getMessage()))));
            return Optional.empty();
        }
    }

    private static SheetRow row(String sheet, Row row, boolean date1904) {
        List<CellValue> cells = new ArrayList<>();
        ArrayNode rawCells = JSON.arrayNode();
        int rowNumber = row.getRowNum() + 1;
        for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
            Cell cell = row.getCell(c);
            CellValue value = cell == null ? CellValue.EMPTY : value(cell, date1904);
            cells.add(value);
            if (cell != null && !(value instanceof CellValue.Empty)) {
                ObjectNode raw = JSON.objectNode();
                raw.put("ref", SheetRow.columnName(c) + rowNumber);
                raw.put("type", type(value));
                raw.set("value", json(value));
                String format = cell.getCellStyle() == null ? "" : cell.getCellStyle().getDataFormatString();
                if (format != null && !format.isEmpty() && !format.equals("General")) {
                    raw.put("format", format);
                }
                if (cell.getCellType() == CellType.FORMULA) {
                    raw.put("formula", cell.getCellFormula());
                }
                rawCells.add(raw);
            }
        }
        ObjectNode raw = JSON.objectNode();
        raw.put("sheet", sheet);
        raw.put("row", rowNumber);
        raw.set("cells", rawCells);
        return new SheetRow(sheet, rowNumber, cells, CanonicalJson.write(raw).getBytes(StandardCharsets.UTF_8));
    }

    private static CellValue value(Cell cell, boolean date1904) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        switch (type) {
            case NUMERIC -> {
                double number = cell.getNumericCellValue();
                if (DateUtil.isCellDateFormatted(cell) && DateUtil.isValidExcelDate(number)) {
                    LocalDateTime dateTime = DateUtil.getLocalDateTime(number, date1904, true);
                    return number < 1 ? new CellValue.TimeOfDay(dateTime.toLocalTime()) : new CellValue.DateTime(dateTime);
                }
                return Double.isFinite(number) ? new CellValue.Number(BigDecimal.valueOf(number)) : new CellValue.Text(Double.toString(number));
            }
            case STRING -> {
                return new CellValue.Text(cell.getStringCellValue());
            }
            case BOOLEAN -> {
                return new CellValue.Bool(cell.getBooleanCellValue());
            }
            case ERROR -> {
                return new CellValue.Error(errorCode(cell.getErrorCellValue()));
            }
            default -> {
                return CellValue.EMPTY;
            }
        }
    }

    private static String errorCode(byte code) {
        try {
            return FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException e) {
            return "#ERROR(" + code + ")";
        }
    }

    private static String type(CellValue value) {
        if (value instanceof CellValue.Text) {
            return "string";
        }
        if (value instanceof CellValue.Number) {
            return "number";
        }
        if (value instanceof CellValue.DateTime) {
            return "date";
        }
        if (value instanceof CellValue.TimeOfDay) {
            return "time";
        }
        if (value instanceof CellValue.Bool) {
            return "boolean";
        }
        return "error";
    }

    /** A value in a row's parsed or raw JSON. */
    public static tools.jackson.databind.JsonNode json(CellValue value) {
        if (value instanceof CellValue.Number n) {
            BigDecimal number = n.number().stripTrailingZeros();
            return number.scale() <= 0 ? JSON.numberNode(number.toBigIntegerExact()) : JSON.numberNode(number);
        }
        if (value instanceof CellValue.Bool b) {
            return JSON.booleanNode(b.value());
        }
        if (value instanceof CellValue.Empty) {
            return JSON.nullNode();
        }
        return JSON.stringNode(value.text());
    }

    private static String firstLine(String message) {
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
