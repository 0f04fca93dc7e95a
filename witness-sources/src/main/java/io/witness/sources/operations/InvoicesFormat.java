package io.witness.sources.operations;

import io.witness.core.contract.Money;
import io.witness.core.contract.ObligationId;
import io.witness.core.coverage.CoverageEvidence;
import io.witness.core.coverage.cost.InvoiceLine;
import io.witness.sources.export.ExportRow;
import io.witness.sources.format.LoggedObservation;
import java.util.Currency;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code invoices}: the provider's invoice lines to the client (docs/coverage.md, "Invoices"):
 * {@code invoice}, {@code line}, {@code provider}, {@code issued}, {@code period}, {@code item}, {@code unit},
 * {@code quantity}, {@code unit_price}, {@code amount}, {@code currency}, {@code obligation}. A line's id is
 * its invoice and {@code line} number, else its invoice, item and period.
 */
public final class InvoicesFormat extends CsvEvidenceFormat {

    private static final Column AMOUNT = Column.required("amount", ColumnType.DECIMAL);
    private static final Column UNIT_PRICE = Column.optional("unit_price", ColumnType.DECIMAL);
    private static final Column CURRENCY = Column.required("currency", ColumnType.TEXT);
    private static final Column PROVIDER = Column.required("provider", ColumnType.TEXT);
    private static final Column OBLIGATION = Column.optional("obligation", ColumnType.TEXT);
    private static final List<Column> LAYOUT = List.of(Column.required("invoice", ColumnType.TEXT), Column.optional("line", ColumnType.INTEGER),
            PROVIDER, Column.required("issued", ColumnType.DATE), Column.required("period", ColumnType.MONTH), Column.required("item", ColumnType.TEXT),
            Column.choice("unit", true, "user", "device", "server", "site", "month", "hour", "each"), Column.required("quantity", ColumnType.DECIMAL),
            UNIT_PRICE, AMOUNT, CURRENCY, OBLIGATION);

    @Override
    public String name() {
        return "invoices";
    }

    @Override
    public String description() {
        return "the provider's invoice lines: service month, item, unit, quantity, amount, obligation paid for (CSV/XLSX, docs/coverage.md)";
    }

    @Override
    List<Column> layout() {
        return LAYOUT;
    }

    @Override
    String kind() {
        return "invoice-line";
    }

    @Override
    String sourceId(ObjectNode json) {
        return json.get("invoice").asString() + "/" + (json.has("line") ? String.valueOf(json.get("line").asLong())
                : json.get("item").asString() + "/" + json.get("period").asString());
    }

    @Override
    void check(TableReader reader, ExportRow row, ObjectNode json) {
        Currency currency = Checks.currency(reader, row, json, CURRENCY);
        Checks.amount(reader, row, json, AMOUNT, currency);
        Checks.amount(reader, row, json, UNIT_PRICE, currency);
        Checks.id(reader, row, json, PROVIDER, "a provider id of the contract");
        Checks.id(reader, row, json, OBLIGATION, "an obligation id of the contract");
    }

    @Override
    CoverageEvidence evidenceOf(List<LoggedObservation> observations) {
        return CoverageEvidence.empty().withInvoices(observations.stream().map(o -> {
            ParsedFields f = new ParsedFields(o);
            return new InvoiceLine(f.text("invoice"), f.text("provider"), f.date("issued"), f.month("period"), f.text("item"), f.text("unit"),
                    f.decimal("quantity"), Money.of(f.text("amount"), f.text("currency")), f.optionalText("obligation").map(ObligationId::new), o.ref());
        }).toList());
    }
}
