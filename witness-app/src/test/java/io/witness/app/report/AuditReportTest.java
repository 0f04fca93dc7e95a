package io.witness.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.witness.core.contract.Contract;
import io.witness.core.contract.ContractYaml;
import io.witness.core.event.EventLines;
import io.witness.core.event.TicketEvent;
import io.witness.core.reconcile.Tickets;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AuditReportTest {

    private static AuditReport report;

    @BeforeAll
    static void reconcileTheQuickstart() throws Exception {
        Contract contract = ContractYaml.parse(Files.readString(Path.of("../examples/dental-150/contract.yaml")), "contract.yaml");
        List<TicketEvent> events = EventLines.read(Files.readString(Path.of("../examples/quickstart/events.jsonl")),
                "events.jsonl").orThrow();
        AuditFacts facts = AuditPipeline.run(contract, "Acme <Dental>", Tickets.of(events, contract.parties().client().id(),
                contract.parties().providers().get(0).id()), Map.of(), List.of(), Optional.empty(),
                Instant.parse("2026-03-31T00:00:00Z"), Optional.empty(), Optional.empty());
        report = AuditReport.of(facts);
    }

    @Test
    void headlinesCountTheWitnessedClocksFindingsAndCreditsAsReconcileDoes() {
        Headlines h = report.headlines();

        assertThat(h.cases()).isEqualTo(7);
        assertThat(h.met()).isEqualTo(10);
        assertThat(h.counted()).isEqualTo(17);
        assertThat(h.attainment()).isEqualTo("58.8%");
        assertThat(h.credits()).isEqualTo("0.00 USD");
        assertThat(h.findings()).isEqualTo(21);
        assertThat(h.disagreements()).isEqualTo(12);
        assertThat(h.byCategory().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(21);
    }

    @Test
    void complianceRowsAddUpToTheHeadlineAndLinkEveryBreachToItsFinding() {
        assertThat(report.compliance()).allSatisfy(row -> {
            assertThat(row.month().toString()).isEqualTo("2026-03");
            assertThat(row.breachFindings()).hasSize(row.breached());
        });
        assertThat(report.compliance().stream().mapToInt(ComplianceRow::breached).sum()).isEqualTo(7);
    }

    @Test
    void theHtmlIsWellFormedEscapesTheNameAndEveryBreachLinkLandsOnARegisterRow() throws Exception {
        String html = AuditHtml.render(report);

        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getElementsByTagName("svg").getLength()).isGreaterThanOrEqualTo(2);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<h1>Independent audit report: Acme &lt;Dental&gt;</h1>")
                .contains("<span class=\"figure\" id=\"headline-attainment\">58.8%</span>")
                .contains("<span class=\"figure\" id=\"headline-credits\">0.00 USD</span>")
                .contains("<span class=\"figure\" id=\"headline-findings\">21</span>")
                .contains("<a href=\"#compliance\">SLA attainment was 58.8%</a>: 10 of 17 clocks met their targets");
        for (ComplianceRow row : report.compliance()) {
            for (String id : row.breachFindings()) {
                assertThat(html).contains("<tr id=\"" + Html.findingAnchor(id) + "\">");
            }
        }
        assertThat(html).contains("<h2 id=\"evidence\">Evidence appendix</h2>").contains("./witness verify-pack case.zip");
    }
}
