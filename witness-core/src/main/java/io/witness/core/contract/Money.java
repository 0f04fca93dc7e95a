package io.witness.core.contract;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of money in a currency, exact: held at the currency's minor unit (two decimals for USD and
 * EUR), never as a floating-point number. Immutable and thread-safe.
 *
 * @param amount the amount, not negative, with no more decimals than the currency has
 * @param currency the ISO 4217 currency, not null
 */
public record Money(BigDecimal amount, Currency currency) {

    /**
     * @throws IllegalArgumentException if the amount is negative or has more decimals than the currency
     */
    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("An amount of money cannot be negative, got " + amount.toPlainString());
        }
        int digits = Math.max(0, currency.getDefaultFractionDigits());
        if (amount.stripTrailingZeros().scale() > digits) {
            throw new IllegalArgumentException("An amount in " + currency.getCurrencyCode() + " has at most " + digits
                    + " decimals, got " + amount.toPlainString());
        }
        amount = amount.setScale(digits, RoundingMode.UNNECESSARY);
    }

    public static Money of(String amount, String currencyCode) {
        return new Money(new BigDecimal(amount), Currency.getInstance(currencyCode));
    }

    /** {@code 12,500.00 USD}. */
    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%,." + amount.scale() + "f", amount) + " " + currency.getCurrencyCode();
    }
}
