package io.witness.sources.tracker;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Tracker workbooks written with POI for the tests, as a client's Excel keeps them. */
final class TrackerWorkbooks {

    private TrackerWorkbooks() {
    }

    /**
     * A "Read me" sheet, then "Tracker": a title in row 1, the header in row 3, then rows with Excel date
     * cells, time cells, a date-time cell, a formula (Response + 2 h), a boolean, a number, text dates, '?',
     * a #N/A error, a blank row, a numeric ref, and a time in the hour London's clocks skip.
     */
    static byte[] harborPine() {
        return workbook(book -> {
            book.createSheet("Read me").createRow(0).createCell(0).setCellValue("This workbook lists our IT requests");
            Sheet sheet = book.createSheet("Tracker");
            CellStyle date = style(book, "dd/mm/yyyy");
            CellStyle time = style(book, "hh:mm");
            CellStyle dateTime = style(book, "dd/mm/yyyy hh:mm");
            sheet.createRow(0).createCell(0).setCellValue("IT requests 2026");
            text(sheet.createRow(2), "Ref", "Date", "Issue", "Priority", "Reported at", "Response at", "Resolved at", "SLA target",
                    "Met?", "People affected");
            Row first = sheet.createRow(3);
            first.createCell(0).setCellValue("T-201");
            dated(first.createCell(1), date).setCellValue(LocalDate.of(2026, 3, 13));
            first.createCell(2).setCellValue("Email down");
            first.createCell(3).setCellValue("Urgent");
            dated(first.createCell(4), time).setCellValue(9.25 / 24);
            dated(first.createCell(5), dateTime).setCellValue(LocalDateTime.of(2026, 3, 13, 9, 40));
            dated(first.createCell(6), dateTime).setCellFormula("F4+2/24");
            first.createCell(7).setCellValue("1h / 8h");
            first.createCell(8).setCellValue(true);
            first.createCell(9).setCellValue(18);
            Row second = sheet.createRow(4);
            text(second, "T-202", "13/03/2026", "Printer", "Normal", "10:00", "?");
            second.createCell(6).setCellFormula("NA()");
            second.createCell(8).setCellValue("Missed");
            Row third = sheet.createRow(6);
            third.createCell(0).setCellValue(303);
            dated(third.createCell(1), date).setCellValue(LocalDate.of(2026, 3, 29));
            third.createCell(2).setCellValue("Wi-Fi down");
            dated(third.createCell(4), time).setCellValue(1.5 / 24);
            dated(third.createCell(6), dateTime).setCellValue(LocalDateTime.of(2026, 3, 29, 4, 0));
        });
    }

    /** A tracker whose second row has the error #REF! as its time reported. */
    static byte[] withAnError() {
        return workbook(book -> {
            Sheet sheet = book.createSheet("Tracker");
            text(sheet.createRow(0), "Issue", "Reported at");
            text(sheet.createRow(1), "Email down", "2026-03-13 09:15");
            Row bad = sheet.createRow(4);
            bad.createCell(0).setCellValue("Printer");
            bad.createCell(1).setCellErrorValue(FormulaError.REF.getCode());
        });
    }

    private static byte[] workbook(Consumer<XSSFWorkbook> fill) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fill.accept(book);
            book.getCreationHelper().createFormulaEvaluator().evaluateAll();
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CellStyle style(XSSFWorkbook book, String format) {
        CellStyle style = book.createCellStyle();
        style.setDataFormat(book.createDataFormat().getFormat(format));
        return style;
    }

    private static Cell dated(Cell cell, CellStyle style) {
        cell.setCellStyle(style);
        return cell;
    }

    private static void text(Row row, String... values) {
        for (int c = 0; c < values.length; c++) {
            row.createCell(c).setCellValue(values[c]);
        }
    }
}
