package io.witness.core.contract;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A share from 0% to 100%, exact ({@code 99.5%}). Immutable and thread-safe.
 *
 * @param value the percentage, from 0 to 100; trailing zeros are dropped so 5.0% equals 5%
 */
public record Percent(BigDecimal value) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** @throws IllegalArgumentException if the value is below 0 or above 100 */
    public Percent {
        Objects.requireNonNull(value, "value");
        if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("A percentage is from 0% to 100%, got " + value.toPlainString() + "%");
        }
        value = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        if (value.scale() < 0) {
            value = value.setScale(0);
        }
    }

    public static Percent of(String value) {
        return new Percent(new BigDecimal(value));
    }

    /** {@code 99.5%}. */
    @Override
    public String toString() {
        return value.toPlainString() + "%";
    }
}
