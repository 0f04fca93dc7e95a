package io.witness.core.coverage.raci;

import static io.witness.core.coverage.CoverageFixtures.context;
import static io.witness.core.coverage.CoverageFixtures.finding;
import static io.witness.core.coverage.CoverageFixtures.ids;
import static io.witness.core.coverage.CoverageFixtures.ny;
import static org.assertj.core.api.Assertions.assertThat;

import io.witness.core.contract.Contract;
import io.witness.core.contract.ContractYaml;
import io.witness.core.coverage.audit.CoverageSettings;
import io.witness.core.finding.EvidenceRef;
import io.witness.core.finding.Finding;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Incidents whose category no area of the matrix covers, or whose area is shared by two responsible providers. */
class ResponsibilityRuleTest {

    private static final Contract CONTRACT = ContractYaml.parse("""
            contract: { id: two-providers, title: Test, effective: { from: 2026-01-01 }, zone: America/New_York, currency: USD }
            parties:
              client: { id: acme, name: Acme }
              providers: [ { id: msp, name: MSP }, { id: soc, name: SOC } ]
            responsibilities:
              - { area: patching, ownership: provider, responsible: [msp], accountable: msp }
              - { area: incident response (security), ownership: shared, responsible: [msp, soc], accountable: acme, section: D §3, note: "SOC contains; MSP restores" }
            """, "contract.yaml");

    private static Incident incident(String id, String opened, String category, String subcategory) {
        return new Incident(id, ny(opened), category, subcategory, "", EvidenceRef.ofCase(id));
    }

    private static final List<Incident> INCIDENTS = List.of(
            incident("INC1", "2026-02-03T09:00", "Patching", ""),
            incident("INC2", "2026-02-10T10:00", "Printers", ""),
            incident("INC3", "2026-03-01T11:00", "Printers", "Toner"),
            incident("INC4", "2026-03-05T12:00", "Security", "Incident response (security)"),
            incident("INC5", "2026-04-01T08:00", "", ""),
            incident("INC7", "2026-04-02T08:00", "Phones", ""),
            incident("INC6", "2026-06-02T08:00", "Printers", ""));

    private static ResponsibilityRule.Result audit() {
        return ResponsibilityRule.audit(context(CONTRACT, LocalDate.parse("2026-06-02"), List.of(),
                CoverageSettings.defaults().withCategoryAreas(Map.of("phones", ""))), INCIDENTS);
    }

    @Test
    void groupsIncidentsOfACategoryInNoAreaOfTheMatrix() {
        Finding printers = finding(audit().outcome().findings(), "raci-unassigned/printers");

        assertThat(printers.title()).isEqualTo("2 incidents in category 'Printers' fall in no area of the responsibility matrix");
        assertThat(printers.explanation()).isEqualTo("The responsibility matrix names 2 areas (patching and incident response (security)); none "
                + "is 'Printers', and no category map places it. 2 incidents opened from 2026-02-10 to 2026-03-01 fell in it: INC2 and INC3.");
        assertThat(printers.evidence()).containsExactly(EvidenceRef.ofCase("INC2"), EvidenceRef.ofCase("INC3"));
    }

    @Test
    void reportsIncidentsInASharedAreaWithMoreThanOneResponsibleParty() {
        Finding shared = finding(audit().outcome().findings(), "raci-shared-no-owner/incident-response-security");

        assertThat(shared.title()).isEqualTo("1 incident in 'incident response (security)', shared by msp and soc without a single responsible party");
        assertThat(shared.explanation()).isEqualTo("The responsibility matrix makes 'incident response (security)' shared: msp and soc are both "
                + "responsible and acme is accountable (SOC contains; MSP restores). 1 incident opened on 2026-03-05 fell in it: INC4.");
        assertThat(shared.clause().orElseThrow().text()).isEqualTo("D §3");
    }

    @Test
    void placesIncidentsWithoutACategoryAndThoseTheMapPutsNowhere() {
        ResponsibilityRule.Result result = audit();

        assertThat(ids(result.outcome().findings())).containsExactly("raci-unassigned/printers", "raci-unassigned/no-category",
                "raci-unassigned/phones", "raci-shared-no-owner/incident-response-security");
        assertThat(finding(result.outcome().findings(), "raci-unassigned/phones").explanation())
                .contains("none is 'Phones', and the category map places it in none.");
        assertThat(List.of(result.incidents(), result.unassigned(), result.sharedWithoutOwner())).containsExactly(6L, 4L, 1L);
    }
}
