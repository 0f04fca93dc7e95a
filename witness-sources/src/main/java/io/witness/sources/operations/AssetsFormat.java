package io.witness.sources.operations;

import io.witness.core.contract.AssetId;
import io.witness.core.coverage.CoverageEvidence;
import io.witness.core.coverage.asset.Criticality;
import io.witness.core.coverage.asset.InventorySystem;
import io.witness.sources.export.ExportRow;
import io.witness.sources.format.LoggedObservation;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code assets}: the client's inventory, one system a row (docs/coverage.md, "Asset inventory"):
 * {@code system}, {@code name}, {@code criticality}, {@code contract_asset}, {@code kind}, {@code aliases},
 * {@code datasets}, {@code retired}. A system's id is its name; a later import of a changed row is a new
 * version of it.
 */
public final class AssetsFormat extends CsvEvidenceFormat {

    static final Column SYSTEM = Column.required("system", ColumnType.TEXT);
    static final Column CONTRACT_ASSET = Column.optional("contract_asset", ColumnType.TEXT);
    private static final List<Column> LAYOUT = List.of(SYSTEM, Column.optional("name", ColumnType.TEXT),
            Column.choice("criticality", true, "critical", "high", "medium", "low"), CONTRACT_ASSET,
            Column.optional("kind", ColumnType.TEXT), Column.optional("aliases", ColumnType.LIST),
            Column.optional("datasets", ColumnType.LIST), Column.optional("retired", ColumnType.DATE));

    @Override
    public String name() {
        return "assets";
    }

    @Override
    public String description() {
        return "the client's inventory of systems with criticality and contract asset (CSV/XLSX, docs/coverage.md)";
    }

    @Override
    List<Column> layout() {
        return LAYOUT;
    }

    @Override
    String kind() {
        return "asset";
    }

    @Override
    String sourceId(ObjectNode json) {
        return json.get("system").asString();
    }

    @Override
    void check(TableReader reader, ExportRow row, ObjectNode json) {
        Checks.id(reader, row, json, CONTRACT_ASSET, "an asset id of the contract");
    }

    @Override
    CoverageEvidence evidenceOf(List<LoggedObservation> observations) {
        return CoverageEvidence.empty().withInventory(observations.stream().map(o -> {
            ParsedFields f = new ParsedFields(o);
            return new InventorySystem(f.text("system"), f.textOrEmpty("name"), Criticality.fromWire(f.text("criticality")).orElseThrow(),
                    f.optionalText("contract_asset").map(AssetId::new), f.textOrEmpty("kind"), f.list("aliases"), f.list("datasets"),
                    f.optionalDate("retired"), o.ref());
        }).toList());
    }
}
