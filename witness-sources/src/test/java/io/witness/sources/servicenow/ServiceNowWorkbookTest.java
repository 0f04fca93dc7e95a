package io.witness.sources.servicenow;

import static io.witness.sources.export.Fixtures.client;
import static org.assertj.core.api.Assertions.assertThat;

import io.witness.core.input.InputProblem;
import io.witness.ledger.chain.CanonicalJson;
import io.witness.ledger.chain.ObservationDraft;
import io.witness.sources.format.ImportContext;
import io.witness.sources.format.ImportFile;
import io.witness.sources.format.ParsedFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The list view's Export > Excel: labels, display values, dates as date cells. */
class ServiceNowWorkbookTest {

    private final ServiceNowFormat format = new ServiceNowFormat();
    private final ImportContext berlin = client("servicenow", Optional.of(ZoneId.of("Europe/Berlin")));

    private static ImportFile workbook(Object[][] rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Page 1");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    Object value = rows[r][c];
                    if (value instanceof LocalDateTime time) {
                        row.createCell(c).setCellValue(time);
                        row.getCell(c).setCellStyle(date);
                    } else if (value instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else if (value != null) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
            return new ImportFile("incidents.xlsx", out.toByteArray());
        }
    }

    @Test
    void readsDateCellsAsLocalTimesInTheZoneAndKeepsEachRowAsCanonicalJson() throws IOException {
        ParsedFile parsed = format.parse(workbook(new Object[][] {
            {"Number", "Opened", "State", "Priority", "Updates", "Short description"},
            {"INC0020001", LocalDateTime.parse("2024-07-01T09:30:00"), "In Progress", "2 - High", 4, "Badge reader down"},
            {null, null, null, null, null, null},
            {"INC0020002", "2024-07-02 10:00:00", "New", "4 - Low", 0, null}}), berlin);

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.observations()).hasSize(2);
        ObservationDraft first = parsed.observations().get(0);
        assertThat(first.sourceVersion()).isEqualTo("4");
        assertThat(CanonicalJson.parse(first.parsedJson()).at("/opened_at").asString()).isEqualTo("2024-07-01T07:30:00Z");
        assertThat(new String(first.raw(), StandardCharsets.UTF_8)).isEqualTo("{\"cells\":{\"A2\":\"INC0020001\","
                + "\"B2\":\"2024-07-01T09:30:00\",\"C2\":\"In Progress\",\"D2\":\"2 - High\",\"E2\":\"4\",\"F2\":\"Badge reader down\"},"
                + "\"row\":2,\"sheet\":\"Page 1\"}");
        assertThat(CanonicalJson.parse(parsed.observations().get(1).parsedJson()).at("/opened_at").asString())
                .isEqualTo("2024-07-02T08:00:00Z");
    }

    @Test
    void namesTheSheetAndCellOfABadValue() throws IOException {
        ParsedFile parsed = format.parse(workbook(new Object[][] {
            {"Number", "Opened", "Updates"},
            {"INC0020001", LocalDateTime.parse("2024-07-01T09:30:00"), "four"}}), berlin);

        assertThat(parsed.observations()).isEmpty();
        assertThat(parsed.problems()).extracting(InputProblem::toString)
                .containsExactly("incidents.xlsx:2:3: Page 1!C2 (Updates): expected a whole number, found 'four'");
    }

    @Test
    void refusesAFileThatIsNotAWorkbookThoughItStartsLikeOne() {
        ParsedFile parsed = format.parse(new ImportFile("broken.xlsx", new byte[] {'P', 'K', 3, 4, 0, 0, 0}), berlin);

        assertThat(parsed.problems()).hasSize(1);
        assertThat(parsed.problems().get(0).toString()).startsWith("broken.xlsx: expected an Excel workbook (XLSX), found a "
                + "file POI cannot read: ");
    }
}
