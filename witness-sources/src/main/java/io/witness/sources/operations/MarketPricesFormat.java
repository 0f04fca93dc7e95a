package io.witness.sources.operations;

import io.witness.core.contract.Money;
import io.witness.core.coverage.CoverageEvidence;
import io.witness.core.coverage.cost.BenchmarkUnit;
import io.witness.core.coverage.cost.MarketPrice;
import io.witness.sources.export.ExportRow;
import io.witness.sources.format.LoggedObservation;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;

import tools.jackson.databind.node.ObjectNode;

/**
 * {@code market-prices}: price ranges of managed services per user or device a month, by kind of provider
 * and client size, each with its source and date (docs/coverage.md, "Market prices"): {@code msp_type},
 * {@code unit}, {@code size_min}, {@code size_max}, {@code low}, {@code median}, {@code high},
 * {@code currency}, {@code source}, {@code as_of}.
 */
public final class MarketPricesFormat extends CsvEvidenceFormat {

    private static final Column SIZE_MIN = Column.required("size_min", ColumnType.INTEGER);
    private static final Column SIZE_MAX = Column.optional("size_max", ColumnType.INTEGER);
    private static final Column LOW = Column.required("low", ColumnType.DECIMAL);
    private static final Column MEDIAN = Column.required("median", ColumnType.DECIMAL);
    private static final Column HIGH = Column.required("high", ColumnType.DECIMAL);
    private static final Column CURRENCY = Column.required("currency", ColumnType.TEXT);
    private static final List<Column> LAYOUT = List.of(Column.required("msp_type", ColumnType.TEXT), Column.choice("unit", true, "user", "device"),
            SIZE_MIN, SIZE_MAX, LOW, MEDIAN, HIGH, CURRENCY, Column.required("source", ColumnType.TEXT), Column.required("as_of", ColumnType.DATE));

    @Override
    public String name() {
        return "market-prices";
    }

    @Override
    public String description() {
        return "market price ranges per user or device by MSP type and client size, with source and date (CSV/XLSX, docs/coverage.md)";
    }

    @Override
    List<Column> layout() {
        return LAYOUT;
    }

    @Override
    String kind() {
        return "market-price";
    }

    @Override
    String sourceId(ObjectNode json) {
        return json.get("msp_type").asString() + "/" + json.get("unit").asString() + "/" + json.get("size_min").asLong() + "/"
                + json.get("source").asString() + "/" + json.get("as_of").asString();
    }

    @Override
    void check(TableReader reader, ExportRow row, ObjectNode json) {
        Currency currency = Checks.currency(reader, row, json, CURRENCY);
        for (Column amount : List.of(LOW, MEDIAN, HIGH)) {
            Checks.amount(reader, row, json, amount, currency);
        }
        if (json.has("size_min")) {
            long min = json.get("size_min").asLong();
            if (min < 1) {
                reader.problem(row, SIZE_MIN, "expected a size of 1 or more; found " + min);
            }
            if (json.has("size_max") && json.get("size_max").asLong() < min) {
                reader.problem(row, SIZE_MAX, "expected a size not below size_min " + min + "; found " + json.get("size_max").asLong());
            }
        }
        if (!json.has("low") || !json.has("median") || !json.has("high")) {
            return;
        }
        BigDecimal low = new BigDecimal(json.get("low").asString());
        BigDecimal median = new BigDecimal(json.get("median").asString());
        BigDecimal high = new BigDecimal(json.get("high").asString());
        if (low.compareTo(median) > 0 || median.compareTo(high) > 0) {
            reader.problem(row, MEDIAN, "expected low <= median <= high; found " + low.toPlainString() + ", " + median.toPlainString() + ", "
                    + high.toPlainString());
        }
    }

    @Override
    CoverageEvidence evidenceOf(List<LoggedObservation> observations) {
        return CoverageEvidence.empty().withMarketPrices(observations.stream().map(o -> {
            ParsedFields f = new ParsedFields(o);
            String currency = f.text("currency");
            return new MarketPrice(f.text("msp_type"), BenchmarkUnit.fromWire(f.text("unit")).orElseThrow(),
                    Math.toIntExact(f.optionalLong("size_min").orElseThrow()), f.optionalLong("size_max").map(Math::toIntExact),
                    Money.of(f.text("low"), currency), Money.of(f.text("median"), currency), Money.of(f.text("high"), currency), f.text("source"),
                    f.date("as_of"), o.ref());
        }).toList());
    }

}
