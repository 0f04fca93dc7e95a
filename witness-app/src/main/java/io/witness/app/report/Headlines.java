package io.witness.app.report;

import io.witness.core.contract.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The figures a report leads with: SLA attainment on the witnessed timeline over every clock counted,
 * the credits owed after caps, and the findings of the register by category. Immutable.
 *
 * @param cases the cases reconciled
 * @param counted witnessed clocks that ended met or breached in the months reported
 * @param met of them, met
 * @param creditsOwed the credits owed over every statement, after caps
 * @param findings findings in the register
 * @param byCategory findings by the register's category (its wire name), in the category's order
 * @param critical findings of critical severity
 * @param disagreements clock-disagreement findings: where the two sides' clocks tell different stories
 * @param businessImpact the business impact the register could put a figure on, when any
 */
public record Headlines(int cases, long counted, long met, Money creditsOwed, int findings, Map<String, Integer> byCategory,
        int critical, int disagreements, Optional<Money> businessImpact) {

    /** @throws IllegalArgumentException unless {@code 0 <= met <= counted} */
    public Headlines {
        Objects.requireNonNull(creditsOwed, "creditsOwed");
        byCategory = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byCategory));
        Objects.requireNonNull(businessImpact, "businessImpact");
        if (met < 0 || met > counted) {
            throw new IllegalArgumentException("Headlines need 0 <= met <= counted, got " + met + " of " + counted);
        }
    }

    /** Attainment in percent with one decimal ({@code 58.8%}), or {@code n/a} when no clock was counted. */
    public String attainment() {
        return Html.percent(met, counted);
    }

    /** The credits owed as the report writes money: {@code 1,250.00 USD}. */
    public String credits() {
        return money(creditsOwed);
    }

    /**
     * Money as the reports write it, {@code 1,250.00 USD}: at least two decimals, as many as the amount has,
     * thousands grouped by commas (what {@code String.format(Locale.ROOT, "%,.2f")} writes, without a formatter
     * per amount: the register writes one for each of a million gaps).
     */
    static String money(Money money) {
        BigDecimal amount = money.amount().setScale(Math.max(2, money.amount().scale()), RoundingMode.UNNECESSARY);
        String plain = amount.toPlainString(); // never negative: Money is not
        int point = plain.indexOf('.');
        StringBuilder text = new StringBuilder(plain.length() + plain.length() / 3 + 4);
        for (int i = 0; i < point; i++) {
            if (i > 0 && (point - i) % 3 == 0) {
                text.append(',');
            }
            text.append(plain.charAt(i));
        }
        return text.append(plain, point, plain.length()).append(' ').append(money.currency().getCurrencyCode()).toString();
    }
}
