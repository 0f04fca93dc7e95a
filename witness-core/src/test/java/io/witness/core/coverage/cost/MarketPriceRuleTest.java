package io.witness.core.coverage.cost;

import static io.witness.core.coverage.CoverageFixtures.context;
import static io.witness.core.coverage.CoverageFixtures.dental;
import static io.witness.core.coverage.CoverageFixtures.finding;
import static io.witness.core.coverage.CoverageFixtures.ids;
import static org.assertj.core.api.Assertions.assertThat;

import io.witness.core.contract.Money;
import io.witness.core.contract.ObligationId;
import io.witness.core.coverage.audit.CoverageSettings;
import io.witness.core.finding.EvidenceRef;
import io.witness.core.finding.Finding;
import io.witness.core.finding.Severity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Northwind's price per user (dental-150: 150 users, USD 15,150 a month) against market ranges; May 2026's
 * invoice holds the four recurring lines and an after-hours visit.
 */
class MarketPriceRuleTest {

    private static final LocalDate AT = LocalDate.parse("2026-06-02");

    static MarketPrice price(String low, String median, String high) {
        return new MarketPrice("managed-it", BenchmarkUnit.USER, 100, Optional.of(249), Money.of(low, "USD"), Money.of(median, "USD"),
                Money.of(high, "USD"), "Example MSP price survey", LocalDate.parse("2026-03-01"), EvidenceRef.file("market.csv:2"));
    }

    static InvoiceLine line(String item, String unit, String quantity, String amount, String obligation) {
        return new InvoiceLine("NW-2026-05", "northwind", LocalDate.parse("2026-06-01"), YearMonth.parse("2026-05"), item, unit,
                new BigDecimal(quantity), Money.of(amount, "USD"), Optional.ofNullable(obligation).map(ObligationId::new),
                EvidenceRef.file("invoices.csv:" + item));
    }

    static final List<InvoiceLine> MAY = List.of(line("Managed user", "user", "150", "12750.00", null),
            line("Managed server", "server", "4", "700.00", null), line("Managed network site", "site", "7", "1050.00", null),
            line("Backup and disaster recovery appliance", "month", "1", "650.00", "backup"),
            line("After-hours on-site visit", "hour", "3", "585.00", null));

    private static MarketPriceRule.Result audit(List<MarketPrice> prices, List<InvoiceLine> invoices) {
        return MarketPriceRule.audit(context(dental(), AT, List.of(), CoverageSettings.defaults()), prices, invoices);
    }

    @Test
    void reportsAPriceAboveTheRangeWithWhatTheExcessCostsAMonth() {
        Finding above = finding(audit(List.of(price("65.00", "80.00", "95.00")), MAY).outcome().findings(), "cost-above-market/northwind/user");

        assertThat(above.title()).isEqualTo("northwind: 101.00 USD per user a month, above the market range of 65.00 to 95.00 USD");
        assertThat(above.explanation()).isEqualTo("Northwind IT Services LLC was paid 15,150.00 USD invoiced for 2026-05 (recurring lines of "
                + "NW-2026-05): 101.00 USD per user a month for each of the 150 users its price schedule counts. The market prices of Example "
                + "MSP price survey (2026-03-01) give 65.00 to 95.00 USD per user a month (median 80.00) for managed-it providers serving 100 "
                + "to 249 users. The price is 6.00 above the top of the range: 900.00 USD a month for 150 users.");
        assertThat(above.cost()).contains(Money.of("900.00", "USD"));
        assertThat(above.clause().orElseThrow().text()).isEqualTo("Schedule C");
        assertThat(above.severity()).isEqualTo(Severity.MEDIUM);
    }

    @Test
    void takesTheContractsFeeWithoutAnInvoiceAndCallsAPriceBelowTheRangeWorthChecking() {
        Finding below = finding(audit(List.of(price("110.00", "130.00", "160.00")), List.of()).outcome().findings(),
                "cost-below-market/northwind/user");

        assertThat(below.explanation()).startsWith("Northwind IT Services LLC was paid the contract's monthly fee of 15,150.00 USD: 101.00 USD "
                + "per user a month").endsWith("A price below the range is worth checking against what is delivered.");
        assertThat(below.severity()).isEqualTo(Severity.INFO);
        assertThat(below.cost()).isEmpty();
    }

    @Test
    void comparesOnlyTheUnitsThePriceScheduleCountsAndSaysWhyOneCouldNotBe() {
        MarketPriceRule.Result within = audit(List.of(price("65.00", "100.00", "120.00")), MAY);
        MarketPrice devices = new MarketPrice("managed-it", BenchmarkUnit.DEVICE, 1, Optional.empty(), Money.of("40.00", "USD"),
                Money.of("55.00", "USD"), Money.of("75.00", "USD"), "Example", LocalDate.parse("2026-03-01"), EvidenceRef.file("market.csv:3"));

        assertThat(ids(within.outcome().findings())).isEmpty();
        // dental-150 prices users, servers and sites: there is no per-device line to compare.
        assertThat(within.comparisons()).extracting(MarketComparison::position).containsExactly("within");
        assertThat(audit(List.of(devices), MAY).comparisons().get(0).note()).isEqualTo("15,150.00 USD invoiced for 2026-05 (recurring lines "
                + "of NW-2026-05) / 150 users; no market price for managed-it per user at 150 in USD");
    }

    @Test
    void takesTheMarketCategoryFromTheSettingsWhenThePricesHoldSeveral() {
        MarketPrice soc = new MarketPrice("soc", BenchmarkUnit.USER, 1, Optional.empty(), Money.of("10.00", "USD"), Money.of("12.00", "USD"),
                Money.of("15.00", "USD"), "Example", LocalDate.parse("2026-03-01"), EvidenceRef.file("market.csv:3"));
        List<MarketPrice> both = List.of(price("65.00", "80.00", "95.00"), soc);

        assertThat(audit(both, MAY).comparisons().get(0).note()).endsWith("; no market category given for northwind");
        assertThat(MarketPriceRule.audit(context(dental(), AT, List.of(), CoverageSettings.defaults()
                .withMspTypes(Map.of(new io.witness.core.contract.PartyId("northwind"), "soc"))), both, MAY).comparisons().get(0).position())
                .isEqualTo("above");
    }
}
