package io.witness.app.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class SvgTest {

    @Test
    void aLineChartBreaksItsLineWhereAMonthHasNoFigure() throws Exception {
        String svg = Svg.percentLines("Attainment", List.of("2026-01", "2026-02", "2026-03"),
                List.of(new Svg.Series("response", new double[] {1.0, Double.NaN, 0.5})));

        Document doc = parse(svg);
        assertThat(doc.getElementsByTagName("circle").getLength()).isEqualTo(2);
        assertThat(doc.getElementsByTagName("path").item(0).getAttributes().getNamedItem("d").getNodeValue())
                .isEqualTo("M48.0 28.0 M490.0 124.0");
        assertThat(svg).contains(">response</text>").contains(">100%</text>");
    }

    @Test
    void barsAreScaledToTheLargestCountAndLabelledWithTheirCounts() throws Exception {
        String svg = Svg.bars("Patch age", List.of("a", "b"), new long[] {4, 2});

        Document doc = parse(svg);
        assertThat(doc.getElementsByTagName("rect").getLength()).isEqualTo(3);
        assertThat(svg).contains("height=\"176.0\"").contains("height=\"88.0\"").contains(">4</text>").contains(">2</text>");
    }

    @Test
    void aBarChartNeedsOneCountPerLabel() {
        assertThatThrownBy(() -> Svg.bars("x", List.of("a"), new long[] {1, 2}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A bar chart needs one count per label, got 1 labels and 2 counts");
    }

    @Test
    void aHeatmapShadesTheBusiestCellDarkestAndLeavesEmptyCellsWhite() throws Exception {
        String svg = Svg.heatmap("When <cases> open", List.of("Mon", "Tue"), List.of("00", "01"), new long[][] {{0, 4}, {2, 0}});

        parse(svg);
        assertThat(svg).contains("fill=\"#3737ff\"").contains("fill=\"#9b9bff\"").contains("fill=\"#ffffff\"")
                .contains("<title>When &lt;cases&gt; open</title>").contains("<title>Mon 01: 4</title>");
    }

    private static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }
}
