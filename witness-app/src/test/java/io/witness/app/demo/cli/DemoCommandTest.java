package io.witness.app.demo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.witness.app.CliRun;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * {@code ./witness demo} end to end on the bundled demo tenant, in a fresh data folder: the report's figures
 * are those examples/demo/expected.yaml works out from the generator's plan, not from Witness's engine.
 */
class DemoCommandTest {

    @TempDir
    Path dir;

    private static Map<?, ?> expected() throws Exception {
        String text = Files.readString(Path.of("../examples/demo/expected.yaml"), StandardCharsets.UTF_8);
        return (Map<?, ?>) new Load(LoadSettings.builder().build()).loadFromString(text);
    }

    private static String text(String html) {
        return html.replaceAll("<[^>]+>", " ").replace("&#39;", "'").replaceAll("\\s+", " ");
    }

    @Test // #9
    void auditsTheDemoTenantWithTheFiguresWorkedOutFromItsPlanAndAReRunAddsNothing() throws Exception {
        Map<?, ?> expected = expected();
        Path data = dir.resolve("data");
        Path out = dir.resolve("out");
        String headline = "SLA attainment " + expected.get("attainment") + " (" + ((Map<?, ?>) expected.get("clocks")).get("met") + " of "
                + ((Map<?, ?>) expected.get("clocks")).get("counted") + " clocks met); credits owed " + expected.get("credits_owed") + "; "
                + expected.get("findings") + " findings\n";

        CliRun run = CliRun.of("demo", "--data", data.toString(), "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Witness demo: the whole audit of the bundled example examples/demo/")
                .contains("[1/13] importing 2 file(s) as servicenow from the client\n")
                .contains("Audit of demo-acme-dental under acme-northwind-msa, months 2025-11 to 2026-11: " + expected.get("cases")
                        + " cases\n")
                .contains(out.resolve("audit-report.pdf").toString())
                .endsWith(headline);

        String html = Files.readString(out.resolve("audit-report.html"), StandardCharsets.UTF_8);
        String shown = text(html);
        Matcher register = Pattern.compile("findings are in the service-gap register \\(([^)]*)\\)").matcher(shown);
        assertThat(register.find()).as(shown.substring(0, 2000)).isTrue();
        Map<String, Integer> byCategory = new LinkedHashMap<>();
        for (String part : register.group(1).split(", ")) {
            byCategory.put(part.substring(part.indexOf(' ') + 1), Integer.parseInt(part.substring(0, part.indexOf(' '))));
        }
        assertThat(byCategory).containsExactlyInAnyOrderEntriesOf(counts(expected.get("findings_by_category")));
        for (String group : List.of("findings_by_kind", "coverage_findings_by_kind")) {
            counts(expected.get(group)).forEach((kind, n) -> assertThat(anchors(html, kind)).as(kind).isEqualTo(n));
        }
        assertThat(shown).contains(expected.get("coverage_findings") + " coverage findings")
                .contains(expected.get("paid_not_delivered") + " paid for service not delivered");
        ((Map<?, ?>) expected.get("credits_by_month")).forEach((month, owed) ->
                assertThat(shown).contains("northwind, " + month + ": " + owed + " owed"));
        ((Map<?, ?>) expected.get("p1_p2_clocks_by_month")).forEach((month, metOfCounted) -> {
            String[] figures = metOfCounted.toString().split(" / ");
            if (Integer.parseInt(figures[1]) >= 10) {
                assertThat(shown).contains("Credits of northwind for " + month + " (section 6, monthly); fees of the period 15,150.00 USD"
                        + " Section 6.2: attainment of resolution and response clocks for P1, P2: " + figures[0] + " of " + figures[1]
                        + " met");
            }
        });

        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(out.resolve("audit-report.pdf")))) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("SLA attainment was " + expected.get("attainment"))
                    .contains(expected.get("credits_owed").toString())
                    .contains(expected.get("findings") + " findings");
            ((Map<?, ?>) expected.get("credits_by_month")).values().forEach(owed -> assertThat(text).contains(owed.toString()));
        }

        CliRun again = CliRun.of("demo", "--data", data.toString(), "--out", out.toString());

        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).doesNotContainPattern(" [1-9][0-9,]* added").endsWith(headline);
    }

    @Test
    void withClocksReplaysTheClockEngineOnTheQuickstartAndExplainsTheDisagreements() {
        CliRun run = CliRun.of("demo", "--clocks");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("INC0010001  response    P1  breached 47m / 30m          met 19m / 30m               breached 45m / 30m")
                .contains("INC0010003  resolution  P3  breached 27h 5m / 24h       met 12h 50m / 24h           breached 27h / 24h")
                .contains("  Wed Mar 4 11:00 - Thu Mar 5 15:00  paused     14h  paused: status (provider), now 'Waiting Client Response' (waiting_customer)")
                .contains("  breached at Fri Mar 6 13:00; counted 27h, 3h over")
                .contains("  provider  13 of 15 (87%)");
    }

    private static Map<String, Integer> counts(Object yaml) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        ((Map<?, ?>) yaml).forEach((k, v) -> counts.put(k.toString(), ((Number) v).intValue()));
        return counts;
    }

    /** The register rows of a kind: each is anchored {@code #f-<finding id>}, the id starting with the kind. */
    private static int anchors(String html, String kind) {
        Matcher m = Pattern.compile("id=\"f-" + Pattern.quote(kind) + "-").matcher(html);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
