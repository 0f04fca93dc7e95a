package io.witness.sources.operations;

import static io.witness.sources.operations.Operational.evidence;
import static io.witness.sources.operations.Operational.parse;
import static io.witness.sources.operations.Operational.problems;
import static io.witness.sources.operations.Operational.raw;
import static org.assertj.core.api.Assertions.assertThat;

import io.witness.core.contract.AssetId;
import io.witness.core.coverage.asset.Criticality;
import io.witness.core.coverage.asset.InventorySystem;
import io.witness.core.finding.EvidenceRef;
import io.witness.ledger.chain.ObservationDraft;
import io.witness.sources.format.ParsedFile;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The inventory: one observation per system with its row as in the file, read back as the inventory's systems. */
class AssetsFormatTest {

    private static final AssetsFormat FORMAT = new AssetsFormat();
    private static final String FILE = """
            system,name,criticality,contract_asset,kind,aliases,datasets,retired,location
            SQL01,"Dentrix database server, head office",critical,pms-db,server,SQL01-VM;sql01.acme.local,image;sql-log,,Head office
            CBCT01,Cone beam CT server,Critical,,server,,image,,Practice 3
            OLDFS,Old file server,low,file-server,server,,,2026-02-28,Head office
            """;

    @Test
    void keepsEachRowAsItsObservationWithTypedJson() {
        ParsedFile parsed = parse(FORMAT, "assets.csv", FILE, null);

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rowsRead()).isEqualTo(3);
        ObservationDraft sql = parsed.observations().get(0);
        assertThat(sql.kind()).isEqualTo("asset");
        assertThat(sql.sourceId()).isEqualTo("SQL01");
        assertThat(sql.sourceVersion()).startsWith("sha256:").hasSize(23);
        assertThat(raw(sql)).isEqualTo("SQL01,\"Dentrix database server, head office\",critical,pms-db,server,SQL01-VM;sql01.acme.local,"
                + "image;sql-log,,Head office");
        assertThat(sql.parsedJson()).isEqualTo("{\"aliases\":[\"SQL01-VM\",\"sql01.acme.local\"],\"contract_asset\":\"pms-db\","
                + "\"criticality\":\"critical\",\"datasets\":[\"image\",\"sql-log\"],\"kind\":\"server\",\"location\":\"Head office\","
                + "\"name\":\"Dentrix database server, head office\",\"system\":\"SQL01\"}");
    }

    @Test
    void readsTheObservationsBackAsTheInventorysSystems() {
        List<InventorySystem> systems = evidence(FORMAT, parse(FORMAT, "assets.csv", FILE, null), "assets.csv").inventory();

        assertThat(systems.get(0)).isEqualTo(new InventorySystem("SQL01", "Dentrix database server, head office", Criticality.CRITICAL,
                Optional.of(new AssetId("pms-db")), "server", List.of("SQL01-VM", "sql01.acme.local"), List.of("image", "sql-log"),
                Optional.empty(), EvidenceRef.file("assets.csv#1")));
        assertThat(systems.get(1).criticality()).isEqualTo(Criticality.CRITICAL);
        assertThat(systems.get(2).retired()).contains(LocalDate.parse("2026-02-28"));
    }

    @Test
    void reportsEveryProblemWithItsLineColumnAndField() {
        ParsedFile parsed = parse(FORMAT, "assets.csv", """
                system,criticality,contract_asset,retired
                SQL01,vital,pms db,2026-02-30
                ,high,,
                """, null);

        assertThat(problems(parsed)).containsExactly(
                "assets.csv:2:7: criticality: expected one of critical, high, medium, low; found 'vital'",
                "assets.csv:2:13: contract_asset: expected an asset id of the contract (a letter or digit, then letters, digits, '.', '_' "
                        + "or '-'); found 'pms db'",
                "assets.csv:2:20: retired: expected a date YYYY-MM-DD; found '2026-02-30'",
                "assets.csv:3:1: system: expected a value, found nothing");
        assertThat(parsed.observations()).isEmpty();
    }

    @Test
    void namesTheRequiredColumnsTheHeaderLacks() {
        assertThat(problems(parse(FORMAT, "assets.csv", "name,kind\nSQL01,server\n", null))).containsExactly(
                "assets.csv:1: expected a column named 'system'; the header has: name, kind",
                "assets.csv:1: expected a column named 'criticality'; the header has: name, kind");
    }
}
