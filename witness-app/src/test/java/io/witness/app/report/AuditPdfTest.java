package io.witness.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.witness.core.contract.Contract;
import io.witness.core.contract.ContractYaml;
import io.witness.core.event.EventLines;
import io.witness.core.event.TicketEvent;
import io.witness.core.reconcile.Tickets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class AuditPdfTest {

    @Test
    void thePdfOpensAndItsTextHoldsTheHeadlineFigures() throws Exception {
        Contract contract = ContractYaml.parse(Files.readString(Path.of("../examples/dental-150/contract.yaml")), "contract.yaml");
        List<TicketEvent> events = EventLines.read(Files.readString(Path.of("../examples/quickstart/events.jsonl")),
                "events.jsonl").orThrow();
        AuditReport report = AuditReport.of(AuditPipeline.run(contract, "Acme Dental", Tickets.of(events,
                contract.parties().client().id(), contract.parties().providers().get(0).id()), Map.of(), List.of(),
                Optional.empty(), Instant.parse("2026-03-31T00:00:00Z"), Optional.empty(), Optional.empty()));

        byte[] pdf = AuditPdf.render(report);

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(1);
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("Independent audit report: Acme Dental")
                    .contains("58.8%").contains("0.00 USD").contains("SLA attainment was 58.8%: 10 of 17 clocks met")
                    .contains("21 findings").contains("INC0010001: response took 45 min against 30 min (section 4.2)")
                    .contains("./witness verify-pack case.zip");
        }
    }
}
