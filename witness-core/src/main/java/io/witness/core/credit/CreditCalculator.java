package io.witness.core.credit;

import io.witness.core.clock.ClockState;
import io.witness.core.contract.AttainmentCredit;
import io.witness.core.contract.BreachCredit;
import io.witness.core.contract.Contract;
import io.witness.core.contract.ContractTerms;
import io.witness.core.contract.CreditAmount;
import io.witness.core.contract.CreditSchedule;
import io.witness.core.contract.CreditTier;
import io.witness.core.contract.Money;
import io.witness.core.contract.Party;
import io.witness.core.contract.PartyId;
import io.witness.core.contract.Percent;
import io.witness.core.contract.Pricing;
import io.witness.core.event.Priority;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The credits each provider owes per measurement period (docs/reconcile.md, "Credits"). A clock counts
 * in the period in which it ended: stopped (met or breached), or, still open, breached. Attainment is
 * met / counted, compared exactly with each tier; only the lowest tier it is below applies. A share is of
 * the period's fees (the monthly fee times the months of the period); caps per month likewise, per
 * contract year of twelve monthly fees, counting what earlier periods of the same run already owed.
 * Amounts are rounded half up to the currency's minor unit at each credit. Pure and deterministic.
 */
public final class CreditCalculator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Contract contract;

    public CreditCalculator(Contract contract) {
        this.contract = Objects.requireNonNull(contract, "contract");
    }

    /**
     * The statements of every provider with a credit schedule, for the months from {@code first} to
     * {@code last}, periods as the schedule measures them.
     */
    public List<CreditStatement> statements(List<MeasuredClock> clocks, YearMonth first, YearMonth last) {
        List<CreditStatement> statements = new ArrayList<>();
        for (Party provider : contract.parties().providers()) {
            Optional<CreditSchedule> schedule = schedule(provider.id(), first.atDay(1));
            if (schedule.isEmpty()) {
                continue;
            }
            // Each clock's end date once, so a period looks only at its own clocks.
            List<CreditPeriod> periods = CreditPeriod.covering(schedule.get().period(), first, last);
            if (periods.isEmpty()) {
                continue;
            }
            ClocksByEndDay own = ClocksByEndDay.of(clocks, provider.id(), periods.get(0).startInclusive(),
                    periods.get(periods.size() - 1).endExclusive(), contract.header().zone());
            Map<Integer, BigDecimal> owedByYear = new HashMap<>();
            List<String> owingInARow = new ArrayList<>();
            for (CreditPeriod period : periods) {
                CreditSchedule terms = schedule(provider.id(), period.startInclusive()).orElse(schedule.get());
                CreditStatement statement = statement(provider.id(), terms, period, own, owedByYear, owingInARow);
                statements.add(statement);
            }
        }
        return statements;
    }

    private Optional<CreditSchedule> schedule(PartyId provider, LocalDate date) {
        return contract.termsAt(date).or(() -> Optional.of(contract.firstTerms()))
                .map(t -> t.credits().get(provider));
    }

    private CreditStatement statement(PartyId provider, CreditSchedule schedule, CreditPeriod period,
            ClocksByEndDay own,
            Map<Integer, BigDecimal> owedByYear, List<String> owingInARow) {
        Currency currency = contract.header().currency();
        ContractTerms terms = contract.termsAt(period.startInclusive()).orElse(contract.firstTerms());
        Optional<BigDecimal> monthlyFee = Optional.ofNullable(terms.pricing().get(provider)).map(Pricing::monthlyFee)
                .map(Money::amount);
        Optional<BigDecimal> periodFee = monthlyFee.map(f -> f.multiply(BigDecimal.valueOf(period.months())));
        ClocksByEndDay.Ended ended = own.between(period.startInclusive(), period.endExclusive());
        List<String> lines = new ArrayList<>();
        lines.add("Credits of " + provider + " for " + period.label() + " (section " + schedule.section() + ", "
                + schedule.period().wireName() + ")" + periodFee.map(f -> "; fees of the period "
                + money(f, currency) + (period.months() > 1 ? " (" + period.months() + " × " + money(monthlyFee.get(), currency)
                        + ")" : "")).orElse("; the contract gives no monthly fee"));
        BigDecimal total = BigDecimal.ZERO;
        boolean owesAttainment = false;
        List<CreditStatement.AttainmentLine> attainmentLines = new ArrayList<>();
        for (AttainmentCredit credit : schedule.attainment()) {
            CreditStatement.AttainmentLine line = attainment(credit, ended, periodFee, currency, lines);
            attainmentLines.add(line);
            total = total.add(line.amount().amount());
            owesAttainment |= line.tier().isPresent();
        }
        List<CreditStatement.BreachLine> breachLines = new ArrayList<>();
        for (BreachCredit credit : schedule.perBreach()) {
            CreditStatement.BreachLine line = perBreach(credit, ended, periodFee, currency, lines);
            if (!line.cases().isEmpty()) {
                breachLines.add(line);
            }
            total = total.add(line.amount().amount());
        }
        lines.add("Total before caps: " + money(total, currency));
        BigDecimal owed = new CreditCaps(contract, currency).apply(schedule, period, total, monthlyFee, owedByYear, lines);
        lines.add("Owed for " + period.label() + ": " + money(owed, currency));
        Optional<String> chronic = Optional.empty();
        if (owesAttainment) {
            owingInARow.add(period.label());
        } else {
            owingInARow.clear();
        }
        if (schedule.chronicFailure().isPresent() && owingInARow.size() >= schedule.chronicFailure().get().consecutivePeriods()) {
            var failure = schedule.chronicFailure().get();
            chronic = Optional.of("Section " + failure.section() + ": " + owingInARow.size() + " periods in a row owing an"
                    + " attainment credit (" + String.join(", ", owingInARow) + "), " + failure.consecutivePeriods()
                    + " or more give the client this remedy: " + failure.remedy());
            lines.add(chronic.get());
        }
        Optional<LocalDate> claimBy = schedule.claimWithinDays().map(d -> period.endExclusive().minusDays(1).plusDays(d));
        claimBy.ifPresent(d -> lines.add("Claim by " + d + " (section " + schedule.section() + ": within "
                + schedule.claimWithinDays().get() + " days of the period's end)"));
        return new CreditStatement(provider, period, attainmentLines, breachLines, new Money(total, currency),
                new Money(owed, currency), lines, chronic, claimBy);
    }

    private CreditStatement.AttainmentLine attainment(AttainmentCredit credit, ClocksByEndDay.Ended ended,
            Optional<BigDecimal> periodFee, Currency currency, List<String> lines) {
        int counted = 0;
        int met = 0;
        for (int at = ended.from(); at < ended.to(); at++) {
            if (counts(credit.clocks().isEmpty() || credit.clocks().contains(ended.clock(at)), credit.priorities(),
                    ended.priority(at))) {
                counted++;
                met += ended.state(at) == ClockState.MET ? 1 : 0;
            }
        }
        String what = "Section " + credit.section() + ": attainment of " + (credit.clocks().isEmpty() ? "every clock"
                : String.join(" and ", credit.clocks().stream().sorted().toList()) + " clocks")
                + (credit.priorities().isEmpty() ? "" : " for " + String.join(", ",
                        credit.priorities().stream().map(Object::toString).sorted().toList()));
        Money zero = new Money(BigDecimal.ZERO, currency);
        if (counted == 0 || counted < credit.minimumClocks()) {
            lines.add(what + ": " + counted + " clocks ended in the period, fewer than the " + Math.max(1, credit.minimumClocks())
                    + " the clause needs: no attainment credit");
            return new CreditStatement.AttainmentLine(credit.section(), counted, met, Optional.empty(), Optional.empty(), zero);
        }
        // Exact comparison with the tiers: rounding down never lifts an attainment over a threshold.
        BigDecimal exact = BigDecimal.valueOf(met).multiply(HUNDRED).divide(BigDecimal.valueOf(counted), 6, RoundingMode.DOWN);
        BigDecimal shown = exact.setScale(2, RoundingMode.DOWN);
        Optional<CreditTier> tier = credit.tierFor(new Percent(exact));
        lines.add(what + ": " + met + " of " + counted + " met = " + shown.toPlainString() + "%");
        if (tier.isEmpty()) {
            lines.add("  " + shown.toPlainString() + "% is not below the highest threshold "
                    + credit.tiers().get(0).below() + ": no attainment credit");
            return new CreditStatement.AttainmentLine(credit.section(), counted, met, Optional.of(shown), Optional.empty(), zero);
        }
        BigDecimal amount = amount(tier.get().credit(), periodFee, currency);
        lines.add("  " + shown.toPlainString() + "% is below " + tier.get().below() + ": tier " + tier.get().credit() + " = "
                + arithmetic(tier.get().credit(), periodFee, currency) + money(amount, currency));
        return new CreditStatement.AttainmentLine(credit.section(), counted, met, Optional.of(shown),
                Optional.of(tier.get().credit().toString()), new Money(amount, currency));
    }

    private CreditStatement.BreachLine perBreach(BreachCredit credit, ClocksByEndDay.Ended ended, Optional<BigDecimal> periodFee,
            Currency currency, List<String> lines) {
        List<String> cases = new ArrayList<>();
        for (int at = ended.from(); at < ended.to(); at++) {
            if (ended.state(at) == ClockState.BREACHED && counts(ended.clock(at).equals(credit.clock()), credit.priorities(),
                    ended.priority(at))) {
                cases.add(ended.result(at).caseId().value());
            }
        }
        BigDecimal each = amount(credit.credit(), periodFee, currency);
        BigDecimal amount = each.multiply(BigDecimal.valueOf(cases.size()));
        lines.add("Section " + credit.section() + ": per breach of the " + credit.clock() + " clock"
                + (credit.priorities().isEmpty() ? "" : " for " + String.join(", ",
                        credit.priorities().stream().map(Object::toString).sorted().toList())) + ": " + cases.size()
                + (cases.size() == 1 ? " breach" : " breaches") + (cases.isEmpty() ? "" : " (" + String.join(", ", cases) + ")")
                + " × " + money(each, currency) + " = " + money(amount, currency));
        return new CreditStatement.BreachLine(credit.section(), credit.clock(), cases, new Money(each, currency),
                new Money(amount, currency));
    }

    /** True when the clause names the clock and, if it names priorities, the clock's priority (null: none) is one. */
    private static boolean counts(boolean clockNamed, Set<Priority> priorities, @Nullable Priority priority) {
        return clockNamed && (priorities.isEmpty() || priority != null && priorities.contains(priority));
    }

    static BigDecimal amount(CreditAmount credit, Optional<BigDecimal> fee, Currency currency) {
        int digits = Math.max(0, currency.getDefaultFractionDigits());
        if (credit instanceof CreditAmount.Fixed fixed) {
            return fixed.amount().amount().setScale(digits, RoundingMode.HALF_UP);
        }
        BigDecimal share = ((CreditAmount.ShareOfFee) credit).share().value();
        return fee.orElse(BigDecimal.ZERO).multiply(share).divide(HUNDRED, digits, RoundingMode.HALF_UP);
    }

    static String arithmetic(CreditAmount credit, Optional<BigDecimal> fee, Currency currency) {
        if (credit instanceof CreditAmount.ShareOfFee share) {
            return share.share() + " × " + fee.map(f -> money(f, currency)).orElse("(no fee in the contract)") + " = ";
        }
        return "";
    }

    static String money(BigDecimal amount, Currency currency) {
        return new Money(amount.setScale(Math.max(0, currency.getDefaultFractionDigits()), RoundingMode.HALF_UP), currency)
                .toString();
    }
}
