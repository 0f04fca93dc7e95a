package io.witness.sources.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.witness.core.input.InputProblem;
import io.witness.core.input.Problems;
import io.witness.sources.format.ImportFile;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CsvExportTest {

    private static ExportTable read(String text, Problems problems) {
        return ExportTables.read(new ImportFile("export.csv", text.getBytes(StandardCharsets.UTF_8)), problems).orElseThrow();
    }

    private static String raw(ExportRow row) {
        return new String(row.raw(), StandardCharsets.UTF_8);
    }

    @Test
    void keepsEachRecordsBytesWithoutItsLineBreak() {
        Problems problems = new Problems();
        ExportTable table = read("a,b\r\n1,\"two\r\nlines\"\r\n3,4", problems);

        assertThat(problems.list()).isEmpty();
        assertThat(table.rows()).extracting(CsvExportTest::raw).containsExactly("1,\"two\r\nlines\"", "3,4");
        assertThat(table.rows()).extracting(ExportRow::line).containsExactly(2, 4);
        assertThat(table.rows().get(0).cell(1)).isEqualTo("two\r\nlines");
    }

    @Test
    void skipsAByteOrderMarkAndBlankLines() {
        Problems problems = new Problems();
        ExportTable table = ExportTables.read(new ImportFile("bom.csv", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF,
                'a', ',', 'b', '\n', '\n', '1', ',', '2', '\n'}), problems).orElseThrow();

        assertThat(table.header()).containsExactly("a", "b");
        assertThat(table.rows()).hasSize(1);
        assertThat(table.column("A")).contains(0);
    }

    @Test
    void unquotesDoubledQuotesAndKeepsSeparatorsInsideQuotes() {
        ExportTable table = read("a,b\n\"say \"\"hi\"\", then go\",x\n", new Problems());

        assertThat(table.rows().get(0).cell(0)).isEqualTo("say \"hi\", then go");
    }

    @Test
    void readsSemicolonSeparatedExports() {
        ExportTable table = read("Number;Opened\nINC1;\"15.01.2024 09:30:00\"\n", new Problems());

        assertThat(table.header()).containsExactly("Number", "Opened");
        assertThat(table.rows().get(0).cell(1)).isEqualTo("15.01.2024 09:30:00");
    }

    @Test
    void findsRepeatedColumnsAndColumnsByAnyName() {
        ExportTable table = read("Comment, Assignment group ,Comment\nx,y,z\n", new Problems());

        assertThat(table.columns("comment")).containsExactly(0, 2);
        assertThat(table.column("assignment_group", "Assignment group")).contains(1);
        assertThat(table.column("nope")).isEmpty();
    }

    @Test
    void reportsEveryRowWithTheWrongNumberOfValuesAndAQuoteLeftOpen() {
        Problems problems = new Problems();
        read("a,b\n1\n1,2,3\n\"open,4\n", problems);

        assertThat(problems.list()).extracting(InputProblem::toString).containsExactly(
                "export.csv:2: expected 2 values as the header has, found 1",
                "export.csv:3: expected 2 values as the header has, found 3",
                "export.csv:4:1: expected a closing quote for the value opened here, found the end of the file");
    }

    @Test
    void reportsTextAfterAClosingQuoteAndBytesThatAreNotUtf8() {
        Problems problems = new Problems();
        ExportTables.read(new ImportFile("bad.csv", new byte[] {'a', ',', 'b', '\n', '"', 'x', '"', 'y', ',', (byte) 0xE9, '\n'}),
                problems);

        assertThat(problems.list()).extracting(InputProblem::toString).containsExactly(
                "bad.csv:2:4: expected a separator or the end of the line after a closing quote, found 'y'",
                "bad.csv:2:6: expected UTF-8 text, found bytes that are not (Input length = 1; save the export as CSV UTF-8)");
    }

    @Test
    void refusesAnEmptyFileAndUtf16() {
        Problems empty = new Problems();
        Problems utf16 = new Problems();

        assertThat(ExportTables.read(new ImportFile("empty.csv", new byte[0]), empty)).isEmpty();
        assertThat(ExportTables.read(new ImportFile("wide.csv", new byte[] {(byte) 0xFF, (byte) 0xFE, 'a', 0}), utf16)).isEmpty();
        assertThat(empty.list()).extracting(InputProblem::toString)
                .containsExactly("empty.csv: expected a header row naming the columns, found an empty file");
        assertThat(utf16.list()).extracting(InputProblem::toString)
                .containsExactly("wide.csv:1:1: expected UTF-8 text, found UTF-16 (save the export as CSV UTF-8)");
    }

    @Test
    void namesTheCellOfAProblemByLineColumnAndHeader() {
        ExportTable table = read("Number,Opened\nINC1,\"when\"\n", new Problems());

        assertThat(table.rows().get(0).problemAt(1, "expected a time").toString())
                .isEqualTo("export.csv:2:6: Opened: expected a time");
        assertThat(Optional.of(table.rows().get(0).cell(7))).contains("");
        assertThat(List.of(table.headerProblem("no").toString())).containsExactly("export.csv:1: no");
    }
}
