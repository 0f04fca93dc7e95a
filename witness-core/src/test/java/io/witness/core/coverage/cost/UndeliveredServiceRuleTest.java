package io.witness.core.coverage.cost;

import static io.witness.core.coverage.CoverageFixtures.context;
import static io.witness.core.coverage.CoverageFixtures.dental;
import static io.witness.core.coverage.cost.MarketPriceRuleTest.MAY;
import static org.assertj.core.api.Assertions.assertThat;

import io.witness.core.contract.Money;
import io.witness.core.contract.ObligationId;
import io.witness.core.contract.PartyId;
import io.witness.core.coverage.audit.CoverageSettings;
import io.witness.core.coverage.audit.MonthlyDelivery;
import io.witness.core.finding.Finding;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** May's backup line against 150 of 155 system-days backed up. */
class UndeliveredServiceRuleTest {

    private static UndeliveredServiceRule.Result audit(List<MonthlyDelivery> deliveries) {
        return UndeliveredServiceRule.audit(context(dental(), LocalDate.parse("2026-06-02"), List.of(), CoverageSettings.defaults()), MAY,
                deliveries);
    }

    private static MonthlyDelivery backup(String month, long expected, long delivered) {
        return new MonthlyDelivery(new PartyId("northwind"), new ObligationId("backup"), YearMonth.parse(month), expected, delivered,
                "system-days with a successful backup");
    }

    @Test
    void chargesTheShareOfTheLineNotDeliveredThatMonth() {
        UndeliveredServiceRule.Result result = audit(List.of(backup("2026-04", 150, 140), backup("2026-05", 155, 150)));

        Finding paid = result.outcome().findings().get(0);
        assertThat(paid.id()).isEqualTo("paid-not-delivered/NW-2026-05/Backup-and-disaster-recovery-appliance/2026-05");
        assertThat(paid.title()).isEqualTo("Invoice NW-2026-05: 20.97 USD of 'Backup and disaster recovery appliance' paid for service not "
                + "delivered in 2026-05");
        assertThat(paid.explanation()).isEqualTo("Invoice NW-2026-05 bills 650.00 USD for 'Backup and disaster recovery appliance' in 2026-05, "
                + "which it ties to obligation backup (section 7.2). The evidence shows 150 of 155 system-days with a successful backup that "
                + "month: 5 of 155 (3.2%) not delivered, 20.97 USD of the amount.");
        assertThat(paid.cost()).contains(Money.of("20.97", "USD"));
        assertThat(result.total()).isEqualTo(Money.of("20.97", "USD"));
        assertThat(result.outcome().findings()).hasSize(1);
    }

    @Test
    void chargesNothingForAMonthDeliveredInFullOrNotCounted() {
        assertThat(audit(List.of(backup("2026-05", 155, 155))).outcome().findings()).isEmpty();
        assertThat(audit(List.of(backup("2026-04", 150, 10))).total()).isEqualTo(Money.of("0.00", "USD"));
    }
}
