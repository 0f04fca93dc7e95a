package io.witness.sources.operations;

import io.witness.sources.export.ExportRow;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.regex.Pattern;
import tools.jackson.databind.node.ObjectNode;

/** Checks the canonical formats share: ids of the contract, currencies, amounts, times in order. */
final class Checks {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private Checks() {
    }

    /** A column that names an id of the contract (an asset, an obligation) holds one of that form. */
    static void id(TableReader reader, ExportRow row, ObjectNode json, Column column, String what) {
        if (json.has(column.key()) && !ID.matcher(json.get(column.key()).asString()).matches()) {
            reader.problem(row, column, "expected " + what + " (a letter or digit, then letters, digits, '.', '_' or '-'); found '"
                    + json.get(column.key()).asString() + "'");
        }
    }

    /** A currency column holds an ISO 4217 code; returns it, or null after a problem. */
    static Currency currency(TableReader reader, ExportRow row, ObjectNode json, Column column) {
        if (!json.has(column.key())) {
            return null;
        }
        String code = json.get(column.key()).asString();
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            reader.problem(row, column, "expected an ISO 4217 currency code such as USD or EUR; found '" + code + "'");
            return null;
        }
    }

    /** An amount has no more decimals than its currency. */
    static void amount(TableReader reader, ExportRow row, ObjectNode json, Column column, Currency currency) {
        if (currency == null || !json.has(column.key())) {
            return;
        }
        BigDecimal amount = new BigDecimal(json.get(column.key()).asString());
        int digits = Math.max(0, currency.getDefaultFractionDigits());
        if (amount.signum() < 0) {
            reader.problem(row, column, "expected an amount of 0 or more; found " + amount.toPlainString());
        } else if (amount.stripTrailingZeros().scale() > digits) {
            reader.problem(row, column, "expected at most " + digits + " decimals for " + currency.getCurrencyCode() + "; found "
                    + amount.toPlainString());
        }
    }

    /** A time column is not before another. */
    static void notBefore(TableReader reader, ExportRow row, ObjectNode json, Column later, Column earlier) {
        if (json.has(later.key()) && json.has(earlier.key())
                && Instant.parse(json.get(later.key()).asString()).isBefore(Instant.parse(json.get(earlier.key()).asString()))) {
            reader.problem(row, later, "expected a time not before " + earlier.key() + " " + json.get(earlier.key()).asString() + "; found "
                    + json.get(later.key()).asString());
        }
    }
}
