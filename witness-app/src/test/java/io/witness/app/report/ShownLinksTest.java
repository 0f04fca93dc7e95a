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
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

class ShownLinksTest {

    /** The quickstart's 7 cases copied this many times: 1,680 findings and 960 disagreements, over 500 rows each. */
    private static final int COPIES = 80;

    @TempDir
    Path dir;

    @Test
    void aLinkToAnIdThePageHoldsStaysAndOneToAnIdItDoesNotBecomesItsTextInTheLinksClass() {
        String page = "<p><a href=\"#f-1\" class=\"id\">f/1</a> <a href=\"#f-2\" class=\"id\">f/2</a> <a href=\"#case-X\">X</a>"
                + " <a href=\"a.csv\">a.csv</a></p><table><tr id=\"f-1\"><td>1</td></tr></table>";

        assertThat(ShownLinks.of(page)).isEqualTo("<p><a href=\"#f-1\" class=\"id\">f/1</a> <span class=\"id\">f/2</span> X"
                + " <a href=\"a.csv\">a.csv</a></p><table><tr id=\"f-1\"><td>1</td></tr></table>");
    }

    @Test
    void anAuditOfMoreRowsThanATableShowsLinksOnlyToWhatItShowsAndItsFilesHoldEveryRow() throws Exception {
        Contract contract = ContractYaml.parse(Files.readString(Path.of("../examples/dental-150/contract.yaml")), "contract.yaml");
        String one = Files.readString(Path.of("../examples/quickstart/events.jsonl"));
        StringBuilder many = new StringBuilder();
        for (int copy = 0; copy < COPIES; copy++) {
            many.append(one.replace("INC00100", String.format(Locale.ROOT, "C%03d-", copy)));
        }
        List<TicketEvent> events = EventLines.read(many.toString(), "events.jsonl").orThrow();
        AuditFacts facts = AuditPipeline.run(contract, "Acme", Tickets.of(events, contract.parties().client().id(),
                contract.parties().providers().get(0).id()), Map.of(), List.of(), Optional.empty(),
                Instant.parse("2026-03-31T00:00:00Z"), Optional.empty(), Optional.empty());
        assertThat(facts.gaps()).hasSizeGreaterThan(AuditHtml.ROWS);

        ReportDocument audit = Reports.documents(AuditReport.of(facts), EnumSet.of(ReportKind.AUDIT), Optional.empty()).get(0);
        List<Path> written = Reports.write(List.of(audit), dir);

        Set<String> ids = matches(" id=\"([^\"]+)\"", audit.html());
        Set<String> targets = matches("href=\"#([^\"]+)\"", audit.html());
        assertThat(targets).isNotEmpty().allSatisfy(target -> assertThat(ids).contains(target));
        assertThat(audit.html()).contains("Showing 500 of " + String.format(Locale.ROOT, "%,d", facts.gaps().size()) + " rows");
        Table register = audit.tables().stream().filter(t -> t.name().equals("register")).findFirst().orElseThrow();
        assertThat(register.rows()).hasSize(AuditHtml.ROWS);
        assertThat(register.size()).isEqualTo(facts.gaps().size());
        List<String> csv = Files.readAllLines(dir.resolve("audit-report.register.csv"));
        assertThat(csv).hasSize(facts.gaps().size() + 1);
        assertThat(JsonMapper.builder().build().readTree(dir.resolve("audit-report.register.json").toFile()).size())
                .isEqualTo(facts.gaps().size());
        assertThat(csv.get(AuditHtml.ROWS + 1)).startsWith(facts.gaps().get(AuditHtml.ROWS).finding().id() + ",");
        assertThat(written).contains(dir.resolve("audit-report.pdf"), dir.resolve("audit-report.disagreements.json"));
    }

    private static Set<String> matches(String regex, String text) {
        Set<String> found = new HashSet<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
