package io.witness.sources.connectwise;

import static io.witness.sources.psa.PsaImports.RECEIVED;
import static io.witness.sources.psa.PsaImports.file;
import static io.witness.sources.psa.PsaImports.lines;
import static io.witness.sources.psa.PsaImports.normaliseAll;
import static io.witness.sources.psa.PsaImports.parseAll;
import static org.assertj.core.api.Assertions.assertThat;

import io.witness.core.contract.Contract;
import io.witness.core.contract.ContractYaml;
import io.witness.core.event.Side;
import io.witness.ledger.chain.SourceRef;
import io.witness.ledger.chain.TenantId;
import io.witness.sources.format.CaseEvents;
import io.witness.sources.format.ImportContext;
import io.witness.sources.format.UnmappedValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The dental-150 example contract maps Northwind's ConnectWise priorities to its scale and names the
 * client's ServiceNow: priorities it does not map are counted, never guessed, and the client's reference
 * names ServiceNow.
 */
class ConnectWiseWithFullContractTest {

    private static Contract dental() throws IOException {
        Path path = Path.of("..", "examples", "dental-150", "contract.yaml");
        return ContractYaml.parse(Files.readString(path), path.toString());
    }

    @Test
    void mapsPrioritiesByTheContractAndCountsThoseItDoesNot() throws IOException {
        ConnectWiseFormat format = new ConnectWiseFormat();
        ImportContext context = new ImportContext(TenantId.of("dental"), Side.PROVIDER, new SourceRef("connectwise", "northwind"),
                Optional.of(dental()), Optional.empty(), Optional.empty(), Optional.empty(), RECEIVED);
        Map<String, CaseEvents> cases = normaliseAll(format, context, parseAll(format, context,
                file(getClass(), "tickets-api.json"), file(getClass(), "audittrail-88123.json")));

        assertThat(lines(cases.get("88123"))).startsWith(
                "2026-03-06T14:12:00Z opened P3 \"New\"/new",
                "2026-03-06T14:12:00Z details title=Laptop will not join Wi-Fi requester=Dana Reyes category=Network"
                        + " subcategory=Wireless channel=Phone origin=user refs=servicenow:INC0010042")
                .noneMatch(line -> line.contains(" priority "));
        assertThat(cases.get("88123").unmapped()).containsExactly(
                new UnmappedValue("priority", "Priority 2 - High", 1),
                new UnmappedValue("history text", "Status updated by workflow rule 'Auto close'", 1));
        assertThat(lines(cases.get("88124")).get(0)).isEqualTo("2026-03-10T07:45:00Z opened P1");
        assertThat(cases.get("88124").unmapped()).isEmpty();
    }
}
