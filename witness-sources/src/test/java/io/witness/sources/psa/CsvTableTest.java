package io.witness.sources.psa;

import static org.assertj.core.api.Assertions.assertThat;

import io.witness.core.input.InputProblem;
import io.witness.sources.format.ImportFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CSV exports as they come: encodings, separators, line ends, quoted line breaks, each row's bytes as in the file. */
class CsvTableTest {

    private final List<InputProblem> problems = new ArrayList<>();

    private CsvTable read(byte[] bytes) {
        return CsvTable.read(new ImportFile("export.csv", bytes), problems);
    }

    private static String raw(CsvTable.Row row) {
        return new String(row.raw(), StandardCharsets.UTF_8);
    }

    @Test
    void keepsEachRecordsTextAcrossQuotedLineBreaksWithAnyLineEnd() {
        CsvTable table = read("a,b\r\n1,\"x\ny\"\r2,z\n\n3,\"\"\"q\"\"\"\n".getBytes(StandardCharsets.UTF_8));

        assertThat(problems).isEmpty();
        assertThat(table.headers()).containsExactly("a", "b");
        assertThat(table.rows()).extracting(CsvTable.Row::line).containsExactly(2, 4, 6);
        assertThat(table.rows()).extracting(CsvTableTest::raw).containsExactly("1,\"x\ny\"", "2,z", "3,\"\"\"q\"\"\"");
        assertThat(table.rows().get(2).cells()).containsExactly("3", "\"q\"");
    }

    @Test
    void takesTheSeparatorTheHeaderHoldsMostOf() {
        assertThat(read("a;b;c\n1;2,5;3\n".getBytes(StandardCharsets.UTF_8)).rows().get(0).cells()).containsExactly("1", "2,5", "3");
        assertThat(read("a\tb\n1\t2\n".getBytes(StandardCharsets.UTF_8)).rows().get(0).cells()).containsExactly("1", "2");
        assertThat(read("\"a;x\",b\n1,2\n".getBytes(StandardCharsets.UTF_8)).headers()).containsExactly("a;x", "b");
    }

    @Test
    void readsWindows1252WhenTheBytesAreNotUtf8AndKeepsTheBytes() {
        byte[] bytes = "Ticket,Summary\n1,Caf\u00e9 printer\n".getBytes(Charset.forName("windows-1252"));
        CsvTable table = read(bytes);

        assertThat(table.rows().get(0).cells()).containsExactly("1", "Caf\u00e9 printer");
        assertThat(table.rows().get(0).raw()).isEqualTo("1,Caf\u00e9 printer".getBytes(Charset.forName("windows-1252")));
    }

    @Test
    void namesEmptyAndRepeatedHeaders() {
        assertThat(read("Status,,Status\n1,2,3\n".getBytes(StandardCharsets.UTF_8)).headers())
                .containsExactly("Status", "Column 2", "Status (2)");
    }

    @Test
    void refusesUtf16AndAQuoteNeverClosed() {
        read(new byte[] {(byte) 0xFF, (byte) 0xFE, 'a', 0});
        read("a,b\n1,2\n3,\"open\n4,5\n".getBytes(StandardCharsets.UTF_8));

        assertThat(problems).extracting(InputProblem::toString).hasSize(2);
        assertThat(problems.get(0).toString()).isEqualTo(
                "export.csv:1:1: expected a CSV file in UTF-8, found UTF-16 (save the export as CSV UTF-8)");
        assertThat(problems.get(1).toString()).startsWith("export.csv:3: expected CSV, found a quoted cell that is never closed");
    }
}
