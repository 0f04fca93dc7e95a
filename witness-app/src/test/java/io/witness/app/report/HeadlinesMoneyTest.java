package io.witness.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.witness.core.contract.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class HeadlinesMoneyTest {

    @Test
    void writesMoneyAsTheFormatterDidWithCommasBetweenThousandsAndAtLeastTwoDecimals() {
        String[] amounts = {"0", "0.5", "7", "12.30", "999.99", "1000", "1250", "12345.67", "100000", "999999.99",
            "1234567.89", "1000000000"};
        for (String code : new String[] {"USD", "JPY", "BHD"}) {
            Currency currency = Currency.getInstance(code);
            for (String text : amounts) {
                BigDecimal amount = new BigDecimal(text).setScale(Math.max(0, currency.getDefaultFractionDigits()),
                        java.math.RoundingMode.HALF_UP);
                if (amount.stripTrailingZeros().scale() > currency.getDefaultFractionDigits()) {
                    continue;
                }
                BigDecimal shown = amount.setScale(Math.max(2, amount.scale()));
                String formatted = String.format(Locale.ROOT, "%,." + shown.scale() + "f", shown) + " " + code;

                assertThat(Headlines.money(new Money(amount, currency))).as(text + " " + code).isEqualTo(formatted);
            }
        }
        assertThat(Headlines.money(Money.of("1234567.8", "USD"))).isEqualTo("1,234,567.80 USD");
    }
}
