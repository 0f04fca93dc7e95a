package io.witness.core.coverage.asset;

import static org.assertj.core.api.Assertions.assertThat;

import io.witness.core.contract.AssetId;
import io.witness.core.finding.EvidenceRef;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How the inventory matches the names tools use, and which systems make up a contract asset. */
class InventoryTest {

    private static InventorySystem system(String name, String asset, List<String> aliases, String retired) {
        return new InventorySystem(name, "", Criticality.HIGH, Optional.ofNullable(asset).map(AssetId::new), "server", aliases, List.of(),
                Optional.ofNullable(retired).map(LocalDate::parse), EvidenceRef.file("assets.csv:" + name));
    }

    private static final Inventory INVENTORY = Inventory.of(List.of(system("SQL01", "pms-db", List.of("SQL01-VM"), null),
            system("SQL02", "pms-db", List.of(), "2026-03-31"), system("FS01", "files", List.of(), null)));

    @Test
    void matchesNamesIgnoringCaseAliasesAndADomainSuffix() {
        assertThat(INVENTORY.resolve("sql01")).isEqualTo("SQL01");
        assertThat(INVENTORY.resolve("sql01-vm")).isEqualTo("SQL01");
        assertThat(INVENTORY.resolve("SQL01.acme.local")).isEqualTo("SQL01");
        assertThat(INVENTORY.resolve("PRINTER-7")).isEqualTo("PRINTER-7");
        assertThat(INVENTORY.label("SQL01")).isEqualTo("SQL01 (high)");
    }

    @Test
    void makesAnAssetOfItsSystemsInServiceOrOfItsOwnIdWhenNoneIsListed() {
        assertThat(INVENTORY.systemsOf(new AssetId("pms-db"), LocalDate.parse("2026-03-31"))).containsExactly("SQL01");
        assertThat(INVENTORY.systemsOf(new AssetId("pms-db"), LocalDate.parse("2026-03-30"))).containsExactly("SQL01", "SQL02");
        assertThat(INVENTORY.systemsOf(new AssetId("m365"), LocalDate.parse("2026-03-30"))).containsExactly("m365");
    }

    @Test
    void keepsTheLaterRowOfASystem() {
        Inventory twice = Inventory.of(List.of(system("FS01", "files", List.of(), null), system("FS01", "archive", List.of(), null)));

        assertThat(twice.systems()).hasSize(1);
        assertThat(twice.find("FS01").orElseThrow().asset()).contains(new AssetId("archive"));
    }
}
