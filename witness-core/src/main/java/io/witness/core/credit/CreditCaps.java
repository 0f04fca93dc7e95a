package io.witness.core.credit;

import io.witness.core.contract.Contract;
import io.witness.core.contract.CreditAmount;
import io.witness.core.contract.CreditSchedule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The caps of a schedule applied to a period's total, each step written as a line: the cap per month
 * (times the months of the period), then the cap per contract year less what earlier periods of the same
 * contract year already owed.
 */
final class CreditCaps {

    private final Contract contract;
    private final Currency currency;

    CreditCaps(Contract contract, Currency currency) {
        this.contract = contract;
        this.currency = currency;
    }

    BigDecimal apply(CreditSchedule schedule, CreditPeriod period, BigDecimal total, Optional<BigDecimal> monthlyFee,
            Map<Integer, BigDecimal> owedByYear, List<String> lines) {
        BigDecimal owed = total;
        Optional<CreditAmount> perMonth = schedule.caps().perMonth();
        if (perMonth.isPresent()) {
            Optional<BigDecimal> fee = monthlyFee.map(f -> f.multiply(BigDecimal.valueOf(period.months())));
            BigDecimal cap = CreditCalculator.amount(perMonth.get(), fee, currency);
            String how = perMonth.get() instanceof CreditAmount.ShareOfFee s
                    ? s.share() + " × " + fee.map(f -> CreditCalculator.money(f, currency)).orElse("(no fee)") + " = " : "";
            if (perMonth.get() instanceof CreditAmount.Fixed && period.months() > 1) {
                cap = cap.multiply(BigDecimal.valueOf(period.months()));
                how = period.months() + " × " + perMonth.get() + " = ";
            }
            boolean reached = owed.compareTo(cap) > 0;
            lines.add("Section " + schedule.section() + " cap per month: " + how + CreditCalculator.money(cap, currency)
                    + (reached ? " — reached: " + CreditCalculator.money(owed, currency) + " is capped at "
                            + CreditCalculator.money(cap, currency) : " — not reached"));
            owed = owed.min(cap);
        }
        int year = contractYear(period.startInclusive());
        BigDecimal earlier = owedByYear.getOrDefault(year, BigDecimal.ZERO);
        Optional<CreditAmount> perYear = schedule.caps().perYear();
        if (perYear.isPresent()) {
            Optional<BigDecimal> fees = monthlyFee.map(f -> f.multiply(BigDecimal.valueOf(12)));
            BigDecimal cap = CreditCalculator.amount(perYear.get(), fees, currency);
            String how = perYear.get() instanceof CreditAmount.ShareOfFee s
                    ? s.share() + " × " + fees.map(f -> CreditCalculator.money(f, currency)).orElse("(no fee)")
                            + " (12 monthly fees) = " : "";
            BigDecimal room = cap.subtract(earlier).max(BigDecimal.ZERO);
            LocalDate from = contract.header().effective().from().plusYears(year);
            boolean reached = owed.compareTo(room) > 0;
            lines.add("Section " + schedule.section() + " cap per contract year (" + from + " to " + from.plusYears(1).minusDays(1)
                    + "): " + how + CreditCalculator.money(cap, currency) + "; owed earlier this contract year (periods"
                    + " computed): " + CreditCalculator.money(earlier, currency) + "; room "
                    + CreditCalculator.money(room, currency) + (reached ? " — reached: capped at "
                            + CreditCalculator.money(room, currency) : " — not reached"));
            owed = owed.min(room);
        }
        owedByYear.put(year, earlier.add(owed));
        return owed;
    }

    private int contractYear(LocalDate date) {
        LocalDate from = contract.header().effective().from();
        int years = date.getYear() - from.getYear();
        if (from.plusYears(years).isAfter(date)) {
            years--;
        }
        return Math.max(0, years);
    }
}
