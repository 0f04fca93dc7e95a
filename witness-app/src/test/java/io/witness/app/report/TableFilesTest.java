package io.witness.app.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableFilesTest {

    @TempDir
    Path dir;

    private static Table table() {
        return new Table.Builder("credit-lines").columns("provider", "basis").numbers("before caps")
                .row("northwind", "1 × 500.00 USD (INC1, INC2)", "1,000.00 USD")
                .row("say \"hi\"", "two\nlines", Table.Cell.link("3", "#f-x"))
                .build();
    }

    @Test
    void theCsvQuotesCommasQuotesAndLineBreaksAndNamesColumnsInLowerCaseWithUnderscores() throws Exception {
        List<Path> written = TableFiles.write(dir, "monthly-2026-03", table());

        assertThat(written).containsExactly(dir.resolve("monthly-2026-03.credit-lines.csv"), dir.resolve("monthly-2026-03.credit-lines.json"));
        assertThat(Files.readString(written.get(0))).isEqualTo("provider,basis,before_caps\r\n"
                + "northwind,\"1 × 500.00 USD (INC1, INC2)\",\"1,000.00 USD\"\r\n"
                + "\"say \"\"hi\"\"\",\"two\nlines\",3\r\n");
    }

    @Test
    void theJsonHoldsOneObjectPerRowAndLineKeyedByTheColumnsInOrder() throws Exception {
        List<Path> written = TableFiles.write(dir, "r", table());

        assertThat(Files.readString(written.get(1))).isEqualTo("[\n{\"provider\":\"northwind\","
                + "\"basis\":\"1 × 500.00 USD (INC1, INC2)\",\"before_caps\":\"1,000.00 USD\"},\n{\"provider\":\"say \\\"hi\\\"\","
                + "\"basis\":\"two\\nlines\",\"before_caps\":\"3\"}\n]\n");
    }

    @Test
    void aStreamedTableWhoseRowsReuseTheirCellsWritesAndKeepsEachRowAsItWas() throws Exception {
        Table plain = new Table.Builder("t").columns("case").numbers("minutes").row("INC1", "8").row("INC2", "-15").row("INC3", "0")
                .build();
        String[] cases = {"INC1", "INC2", "INC3"};
        long[] minutes = {8, -15, 0};
        Table reused = new Table.Builder("t").columns("case").numbers("minutes").streamed(3, sink -> {
            Object[] cells = new Object[2];
            StringBuilder number = new StringBuilder();
            for (int i = 0; i < cases.length; i++) {
                number.setLength(0);
                cells[0] = cases[i];
                cells[1] = number.append(minutes[i]);
                if (!sink.row(null, cells)) {
                    return;
                }
            }
        }).build();
        Path plainDir = Files.createDirectories(dir.resolve("plain"));
        Path reusedDir = Files.createDirectories(dir.resolve("reused"));

        List<Path> a = TableFiles.write(plainDir, "r", plain);
        List<Path> b = TableFiles.write(reusedDir, "r", reused);

        assertThat(reused.rows()).isEqualTo(plain.rows());
        assertThat(Files.readAllBytes(b.get(0))).isEqualTo(Files.readAllBytes(a.get(0)));
        assertThat(Files.readAllBytes(b.get(1))).isEqualTo(Files.readAllBytes(a.get(1)));
    }

    @Test
    void aTableRefusesABadNameAndARowOfTheWrongSize() {
        assertThatThrownBy(() -> new Table.Builder("Credit lines").columns("a").build())
                .hasMessage("A table's name is lower case, digits and '-', got 'Credit lines'");
        assertThatThrownBy(() -> new Table.Builder("t").columns("a", "b").row("1").build())
                .hasMessage("Table t has 2 columns but row 1 has 1 cell");
    }

    @Test
    void theHtmlLinksEachFindingOfAListAndNamesTheFilesAndTheColumnsOnlyTheyHold() {
        Table table = new Table.Builder("recurring").columns("value").hidden("case ids").columns("findings")
                .row("m365", "INC1 INC2", Table.Cell.link("sla-breach/INC1/response/witness/1 sla-breach/INC2/response/witness/1",
                        "#f-sla-breach-INC1-response-witness-1"))
                .build();
        StringBuilder html = new StringBuilder();

        TableHtml.append(html, table, "qbr-2026-Q1");

        assertThat(html.toString()).contains("<thead><tr><th>value</th><th>findings</th></tr></thead>")
                .contains("<td>m365</td><td class=\"ids\"><a href=\"#f-sla-breach-INC1-response-witness-1\" class=\"id\">"
                        + "sla-breach/INC1/response/witness/1</a> <a href=\"#f-sla-breach-INC2-response-witness-1\" class=\"id\">"
                        + "sla-breach/INC2/response/witness/1</a></td>")
                .contains("<p class=\"files\">This row as data: <a href=\"qbr-2026-Q1.recurring.csv\">qbr-2026-Q1.recurring.csv</a> · "
                        + "<a href=\"qbr-2026-Q1.recurring.json\">qbr-2026-Q1.recurring.json</a> (with case ids)</p>")
                .doesNotContain("INC1 INC2");
    }
}
