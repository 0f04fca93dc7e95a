package io.witness.core.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/kpis.md defines every KPI the code computes, under its id, and shows the CSV the code writes. */
class KpisDocumentationTest {

    // Surefire runs in the module's folder; the docs live at the repository's root.
    private static final Path DOC = Path.of("../docs/kpis.md");

    @Test
    void everyKpiHasItsRuleUnderItsId() throws IOException {
        List<String> headings = Files.readAllLines(DOC, StandardCharsets.UTF_8).stream().filter(l -> l.startsWith("### "))
                .toList();
        for (KpiId kpi : KpiId.values()) {
            assertThat(headings).as("a heading naming `%s`", kpi.wireName())
                    .anyMatch(h -> h.contains("`" + kpi.wireName() + "`"));
        }
    }

    @Test
    void theCsvHeaderIsTheOneWritten() throws IOException {
        assertThat(Files.readString(DOC, StandardCharsets.UTF_8)).contains(String.join(",", KpiCsv.HEADER) + "\n");
    }
}
