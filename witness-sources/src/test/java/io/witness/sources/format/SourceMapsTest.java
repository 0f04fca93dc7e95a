package io.witness.sources.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.witness.core.contract.Contract;
import io.witness.core.contract.ContractYaml;
import io.witness.core.contract.SourceId;
import io.witness.core.contract.SourceKind;
import io.witness.core.event.Priority;
import io.witness.core.event.Side;
import io.witness.core.event.StatusClass;
import io.witness.ledger.chain.SourceRef;
import io.witness.ledger.chain.TenantId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The contract's status and priority maps for one source, counting what they do not map (#6). */
class SourceMapsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 6);
    private static final Contract CONTRACT = ContractYaml.parse("""
            contract:
              id: maps
              title: Maps
              version: "1"
              effective: { from: 2026-01-01 }
              zone: UTC
              currency: USD
            parties:
              client:
                id: acme
                name: Acme
                sources:
                  - { id: sheet, kind: spreadsheet }
                  - { id: sn, kind: servicenow }
              providers:
                - id: msp
                  name: MSP
                  sources:
                    - { id: backup, kind: backup }
                    - { id: psa, kind: connectwise_psa }
            priorities:
              - { code: P1, name: Critical }
              - { code: P2, name: High }
              - { code: P3, name: Low }
            priority_maps:
              sn:
                impact_urgency:
                  "1 - High": { "1 - High": P1, "2 - Medium": P2 }
                  "2 - Medium": { "1 - High": P2, "2 - Medium": P3 }
              psa:
                priority: { "Priority 1 - Emergency": P1, "Priority 3 - Normal": P3 }
            status_classes:
              sn: { "On Hold - Awaiting Caller": waiting_customer, "Resolved": resolved }
              sheet: { "open": in_progress }
              psa: { "Waiting Client Response": waiting_customer, "Completed": resolved }
            """, "contract.yaml");

    private static ImportContext context(Side side, Optional<Contract> contract, Optional<String> source) {
        return new ImportContext(TenantId.of("acme"), side, new SourceRef("test", side.wireName()), contract, source.map(SourceId::new),
                Optional.empty(), Optional.empty(), Instant.parse("2026-03-06T00:00:00Z"));
    }

    @Test
    void withoutAContractAStatusNamingAClassHasItAndAPriorityIsTheSourcesOwnText() {
        SourceMaps maps = SourceMaps.of(context(Side.CLIENT, Optional.empty(), Optional.empty()), DAY);

        assertThat(maps.statusClass("In Progress")).contains(StatusClass.IN_PROGRESS);
        assertThat(maps.statusClass("Parked")).isEmpty();
        assertThat(maps.priority(" 2 - High ")).contains(new Priority("2 - High"));
        assertThat(maps.priority("1 - High", "1 - High", "1 - Critical")).contains(new Priority("1 - Critical"));
        assertThat(maps.unmapped()).containsExactly(new UnmappedValue("status", "Parked", 1));
    }

    @Test
    void theSidesTicketSystemOfTheFormatsKindGivesTheMaps() {
        SourceMaps maps = SourceMaps.of(context(Side.CLIENT, Optional.of(CONTRACT), Optional.empty()), DAY, SourceKind.SERVICENOW);

        assertThat(maps.statusClass("On Hold - Awaiting Caller")).contains(StatusClass.WAITING_CUSTOMER);
        assertThat(maps.statusClass("resolved")).contains(StatusClass.RESOLVED);
        assertThat(maps.priority("1 - High", "2 - Medium", "2 - High")).contains(new Priority("P2"));
    }

    @Test
    void withoutAMatchingKindTheSidesFirstTicketSystemIsTaken() {
        SourceMaps maps = SourceMaps.of(context(Side.CLIENT, Optional.of(CONTRACT), Optional.empty()), DAY, SourceKind.AUTOTASK);

        assertThat(maps.statusClass("open")).contains(StatusClass.IN_PROGRESS);
    }

    @Test
    void aSourceNamedByTheImportWins() {
        SourceMaps maps = SourceMaps.of(context(Side.CLIENT, Optional.of(CONTRACT), Optional.of("sn")), DAY, SourceKind.SPREADSHEET);

        assertThat(maps.statusClass("Resolved")).contains(StatusClass.RESOLVED);
        assertThat(maps.statusClass("open")).isEmpty();
    }

    @Test
    void theProvidersBackupIsNotATicketSystem() {
        SourceMaps maps = SourceMaps.of(context(Side.PROVIDER, Optional.of(CONTRACT), Optional.empty()), DAY);

        assertThat(maps.statusClass("Waiting Client Response")).contains(StatusClass.WAITING_CUSTOMER);
        assertThat(maps.priority("Priority 1 - Emergency")).contains(new Priority("P1"));
    }

    @Test
    void everyValueWithoutAMappingIsCountedNotGuessed() {
        SourceMaps provider = SourceMaps.of(context(Side.PROVIDER, Optional.of(CONTRACT), Optional.empty()), DAY);
        SourceMaps client = SourceMaps.of(context(Side.CLIENT, Optional.of(CONTRACT), Optional.of("sn")), DAY);

        assertThat(provider.priority("Priority 2 - Quick")).isEmpty();
        assertThat(provider.priority("Priority 2 - Quick")).isEmpty();
        assertThat(provider.statusClass("Scheduled")).isEmpty();
        assertThat(client.priority("3 - Low", "1 - High", "3 - Moderate")).isEmpty();

        assertThat(provider.unmapped()).containsExactly(new UnmappedValue("priority", "Priority 2 - Quick", 2),
                new UnmappedValue("status", "Scheduled", 1));
        assertThat(client.unmapped()).containsExactly(new UnmappedValue("impact×urgency", "3 - Low × 1 - High", 1));
    }
}
