package io.witness.core.credit;

import static org.assertj.core.api.Assertions.assertThat;

import io.witness.core.contract.Contract;
import io.witness.core.contract.ContractYaml;
import io.witness.core.contract.Money;
import io.witness.core.contract.PartyId;
import io.witness.core.event.EventLines;
import io.witness.core.reconcile.Case;
import io.witness.core.reconcile.Correlation;
import io.witness.core.reconcile.ReconcileRules;
import io.witness.core.reconcile.Reconciler;
import io.witness.core.reconcile.Tickets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Credits under the dental-150 schedule (section 6): attainment of P1/P2 response and resolution clocks,
 * at least 10 a month, tiers 5% below 95%, 10% below 90%, 15% below 85% of the 15,150.00 USD monthly fee;
 * 500.00 USD per breached P1 resolution; caps 20% of the month's fee and 10% of the year's fees; chronic
 * failure after 3 months in a row owing an attainment credit.
 */
class DentalCreditsTest {

    private static final PartyId ACME = new PartyId("acme-dental");
    private static final PartyId NORTHWIND = new PartyId("northwind");
    private static final Contract DENTAL = dental();
    private static final Instant NOW = Instant.parse("2026-04-30T00:00:00Z");

    private static Contract dental() {
        try {
            Path file = Path.of("../examples/dental-150/contract.yaml");
            return ContractYaml.parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Twelve P1 cases in a month, opened 15:00Z on days 2-13; replies after 20 min, resolved after 3 h unless slower. */
    private static List<MeasuredClock> month(int month, int slowReplies, int slowResolutions) {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            String id = "INC" + month + "0" + (10 + i);
            Instant opened = Instant.parse(String.format("2026-%02d-%02dT15:00:00Z", month, 2 + i));
            Instant reply = opened.plusSeconds(60L * (i < slowReplies ? 45 : 20));
            Instant resolved = opened.plusSeconds(3600L * (i < slowResolutions ? 5 : 3));
            for (String side : List.of("client", "provider")) {
                lines.append(line(id, side, "opened", opened, ",\"priority\":\"P1\""));
                lines.append(line(id, side, "reply", reply, ""));
                lines.append(line(id, side, "resolved", resolved, ""));
            }
        }
        Reconciler reconciler = new Reconciler(DENTAL, ReconcileRules.defaults());
        List<Case> cases = Correlation.withDefaults()
                .correlate(Tickets.of(EventLines.read(lines.toString(), "credits.jsonl").orThrow(), ACME, NORTHWIND), NORTHWIND)
                .cases();
        List<MeasuredClock> clocks = new ArrayList<>();
        for (Case c : cases) {
            reconciler.clocks(c, NOW).witnessedClocks().forEach(r -> clocks.add(new MeasuredClock(c.provider(), r)));
        }
        return clocks;
    }

    private static String line(String id, String side, String type, Instant at, String extra) {
        return "{\"case\":\"" + id + "\",\"side\":\"" + side + "\",\"type\":\"" + type + "\",\"at\":\"" + at + "\"" + extra + "}\n";
    }

    @Test
    void owesTheTenPercentTierAndOneBreachCreditBelowTheCap() {
        List<MeasuredClock> march = month(3, 2, 1);

        List<CreditStatement> statements = new CreditCalculator(DENTAL).statements(march, YearMonth.of(2026, 3),
                YearMonth.of(2026, 3));

        // 24 response and resolution clocks, 2 replies and 1 resolution late: 21 of 24 = 87.5%, below 90% and not
        // below 85%: 10% x 15,150.00 = 1,515.00. One P1 resolution breached: 500.00. 2,015.00 < cap 3,030.00.
        CreditStatement march26 = statements.get(0);
        assertThat(statements).hasSize(1);
        assertThat(march26.owed()).isEqualTo(Money.of("2015.00", "USD"));
        assertThat(march26.arithmetic()).containsExactly(
                "Credits of northwind for 2026-03 (section 6, monthly); fees of the period 15,150.00 USD",
                "Section 6.2: attainment of resolution and response clocks for P1, P2: 21 of 24 met = 87.50%",
                "  87.50% is below 90%: tier 10% of the monthly fee = 10% × 15,150.00 USD = 1,515.00 USD",
                "Section 6.3: per breach of the resolution clock for P1: 1 breach (INC3010) × 500.00 USD = 500.00 USD",
                "Total before caps: 2,015.00 USD",
                "Section 6 cap per month: 20% × 15,150.00 USD = 3,030.00 USD — not reached",
                "Section 6 cap per contract year (2026-01-01 to 2026-12-31): 10% × 181,800.00 USD (12 monthly fees) ="
                        + " 18,180.00 USD; owed earlier this contract year (periods computed): 0.00 USD; room 18,180.00 USD"
                        + " — not reached",
                "Owed for 2026-03: 2,015.00 USD",
                "Claim by 2026-05-30 (section 6: within 60 days of the period's end)");
        assertThat(march26.chronicFailure()).isEmpty();
    }

    @Test
    void capsAMonthOfBreachesAtTwentyPercentOfTheFeeAndNamesTheChronicFailureAfterThreeMonths() {
        List<MeasuredClock> quarter = new ArrayList<>();
        for (int month = 1; month <= 3; month++) {
            quarter.addAll(month(month, 0, 12));
        }

        List<CreditStatement> statements = new CreditCalculator(DENTAL).statements(quarter, YearMonth.of(2026, 1),
                YearMonth.of(2026, 3));

        // Each month: 12 of 24 met = 50%: 15% x 15,150.00 = 2,272.50; 12 breaches x 500.00 = 6,000.00;
        // 8,272.50 capped at 3,030.00. Three months in a row owing an attainment credit: section 6.6.
        assertThat(statements).extracting(CreditStatement::owed).containsOnly(Money.of("3030.00", "USD"));
        assertThat(statements.get(2).beforeCaps()).isEqualTo(Money.of("8272.50", "USD"));
        assertThat(statements.get(2).arithmetic()).contains(
                "  50.00% is below 85%: tier 15% of the monthly fee = 15% × 15,150.00 USD = 2,272.50 USD",
                "Section 6 cap per month: 20% × 15,150.00 USD = 3,030.00 USD — reached: 8,272.50 USD is capped at 3,030.00 USD",
                "Section 6 cap per contract year (2026-01-01 to 2026-12-31): 10% × 181,800.00 USD (12 monthly fees) ="
                        + " 18,180.00 USD; owed earlier this contract year (periods computed): 6,060.00 USD; room"
                        + " 12,120.00 USD — not reached");
        assertThat(statements.get(1).chronicFailure()).isEmpty();
        assertThat(statements.get(2).chronicFailure()).isEqualTo(Optional.of("Section 6.6: 3 periods in a row owing an"
                + " attainment credit (2026-01, 2026-02, 2026-03), 3 or more give the client this remedy: Acme may"
                + " terminate for cause on 30 days' notice without early-termination fees"));
    }
}
