package io.witness.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CellBytesTest {

    private static final String ALPHABET = "aZ09 ,\"\\\n\r\t\u0001-:/×é—😀\uD800\uDC00";

    private static List<String> texts() {
        List<String> texts = new ArrayList<>(List.of("", "plain", "a, b", "say \"hi\"", "back\\slash", "two\nlines", "tab\there",
                "1 × 500.00 USD", "INC1 — 8 minutes", "😀", "lone \uD800 high", "lone \uDC00 low", "x".repeat(1000)));
        Random random = new Random(9);
        for (int t = 0; t < 2000; t++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            texts.add(text.toString());
        }
        return texts;
    }

    @Test
    void encodesAsStringGetBytes() {
        CellBytes cell = new CellBytes();
        for (String text : texts()) {
            cell.encode(text);

            assertThat(java.util.Arrays.copyOf(cell.bytes(), cell.length())).as(text).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void aCellWrittenFromItsBytesIsTheCsvAndJsonWrittenFromItsText() throws Exception {
        List<String> texts = texts();
        ByteArrayOutputStream csvFromText = new ByteArrayOutputStream();
        ByteArrayOutputStream csvFromCell = new ByteArrayOutputStream();
        ByteArrayOutputStream jsonFromText = new ByteArrayOutputStream();
        ByteArrayOutputStream jsonFromCell = new ByteArrayOutputStream();
        CellBytes cell = new CellBytes();
        try (CsvOut a = new CsvOut(csvFromText, 7); CsvOut b = new CsvOut(csvFromCell, 7);
                JsonOut c = new JsonOut(jsonFromText, 7, List.of("k", "v")); JsonOut d = new JsonOut(jsonFromCell, 7, List.of("k", "v"))) {
            for (String text : texts) {
                cell.encode(text);
                a.field("k");
                a.field(text);
                a.endLine();
                b.field("k");
                b.field(text, cell);
                b.endLine();
                c.beginRow();
                c.value(0, "k");
                c.value(1, text);
                c.endRow();
                d.beginRow();
                d.value(0, "k");
                d.value(1, text, cell);
                d.endRow();
            }
        }

        assertThat(csvFromCell.toByteArray()).isEqualTo(csvFromText.toByteArray());
        assertThat(jsonFromCell.toByteArray()).isEqualTo(jsonFromText.toByteArray());
    }
}
