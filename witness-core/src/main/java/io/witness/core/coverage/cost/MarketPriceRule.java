package io.witness.core.coverage.cost;

import io.witness.core.contract.Money;
import io.witness.core.contract.PartyId;
import io.witness.core.contract.PriceLine;
import io.witness.core.contract.PriceUnit;
import io.witness.core.contract.Pricing;
import io.witness.core.coverage.audit.AuditContext;
import io.witness.core.coverage.audit.FindingDraft;
import io.witness.core.coverage.audit.RuleOutcome;
import io.witness.core.finding.Finding;
import io.witness.core.finding.FindingKind;
import io.witness.core.finding.Severity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Each provider's price per user and per device a month against the market range for its kind and the
 * client's size. The monthly spend is the sum of the recurring lines of the provider's invoices for the
 * latest month of service before the audit date, or the contract's monthly fee when there is no invoice;
 * users are the quantities of the price schedule's per-user lines, devices those of its per-device lines
 * (servers and sites, priced apart, are not devices here); a unit the schedule does not price is not
 * compared. The range is the first market price of the provider's kind (from the settings, or
 * the only kind the market prices give), unit and the contract's currency whose size band holds the
 * count. A price above the range is reported with what the excess costs a month; one below it, as worth
 * knowing.
 */
public final class MarketPriceRule {

    public static final FindingKind ABOVE = new FindingKind("cost-above-market");
    public static final FindingKind BELOW = new FindingKind("cost-below-market");

    /**
     * What the rule found.
     *
     * @param outcome the findings
     * @param comparisons one per provider with pricing and unit counted
     */
    public record Result(RuleOutcome outcome, List<MarketComparison> comparisons) {
    }

    private MarketPriceRule() {
    }

    public static Result audit(AuditContext context, List<MarketPrice> prices, List<InvoiceLine> invoices) {
        List<Finding> findings = new ArrayList<>();
        List<MarketComparison> comparisons = new ArrayList<>();
        TreeSet<String> types = new TreeSet<>();
        prices.forEach(p -> types.add(p.mspType()));
        for (Map.Entry<PartyId, Pricing> entry : context.terms().pricing().entrySet()) {
            PartyId provider = entry.getKey();
            Optional<String> type = Optional.ofNullable(context.settings().mspTypes().get(provider))
                    .or(() -> types.size() == 1 ? Optional.of(types.first()) : Optional.empty());
            Spend spend = spend(context, provider, entry.getValue(), invoices);
            for (BenchmarkUnit unit : BenchmarkUnit.values()) {
                long count = count(entry.getValue(), unit);
                if (count == 0) {
                    continue;
                }
                MarketComparison comparison = compare(context, provider, unit, count, spend, type, prices);
                comparisons.add(comparison);
                finding(context, entry.getValue(), comparison, spend).ifPresent(findings::add);
            }
        }
        return new Result(RuleOutcome.of(findings), comparisons);
    }

    /** What the client paid a provider in one month, and where the figure comes from. */
    private record Spend(Money amount, String source, List<InvoiceLine> lines) {
    }

    private static Spend spend(AuditContext context, PartyId provider, Pricing pricing, List<InvoiceLine> invoices) {
        YearMonth before = YearMonth.from(context.at());
        Optional<YearMonth> latest = invoices.stream()
                .filter(l -> l.provider().equals(provider.value()) && l.period().isBefore(before) && l.recurring())
                .map(InvoiceLine::period).max(YearMonth::compareTo);
        if (latest.isEmpty()) {
            return new Spend(pricing.monthlyFee(), "the contract's monthly fee of " + pricing.monthlyFee(), List.of());
        }
        List<InvoiceLine> lines = invoices.stream()
                .filter(l -> l.provider().equals(provider.value()) && l.period().equals(latest.get()) && l.recurring()).toList();
        BigDecimal sum = lines.stream().map(l -> l.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        Set<String> numbers = new TreeSet<>();
        lines.forEach(l -> numbers.add(l.invoice()));
        Money amount = new Money(sum, context.currency());
        return new Spend(amount, amount + " invoiced for " + latest.get() + " (recurring lines of " + String.join(", ", numbers) + ")", lines);
    }

    private static long count(Pricing pricing, BenchmarkUnit unit) {
        long count = 0;
        for (PriceLine line : pricing.lines()) {
            boolean matches = unit == BenchmarkUnit.USER ? line.unit() == PriceUnit.USER : line.unit() == PriceUnit.DEVICE;
            if (matches) {
                count += line.quantity().orElse(0);
            }
        }
        return count;
    }

    private static MarketComparison compare(AuditContext context, PartyId provider, BenchmarkUnit unit, long count, Spend spend,
            Optional<String> type, List<MarketPrice> prices) {
        Money price = new Money(spend.amount().amount().divide(BigDecimal.valueOf(count), context.currency().getDefaultFractionDigits(),
                RoundingMode.HALF_UP), context.currency());
        String how = spend.source() + " / " + count + " " + unit.wireName() + "s";
        if (type.isEmpty()) {
            return new MarketComparison(provider, unit, count, Optional.of(price), Optional.empty(),
                    how + "; no market category given for " + provider);
        }
        Optional<MarketPrice> range = prices.stream().filter(p -> p.mspType().equals(type.get()) && p.unit() == unit && p.fits(count)
                && p.low().currency().equals(context.currency())).findFirst();
        return new MarketComparison(provider, unit, count, Optional.of(price), range,
                range.isPresent() ? how : how + "; no market price for " + type.get() + " per " + unit.wireName() + " at " + count
                        + " in " + context.currency().getCurrencyCode());
    }

    private static Optional<Finding> finding(AuditContext context, Pricing pricing, MarketComparison comparison, Spend spend) {
        String position = comparison.position();
        if (!position.equals("above") && !position.equals("below")) {
            return Optional.empty();
        }
        MarketPrice range = comparison.range().orElseThrow();
        Money price = comparison.price().orElseThrow();
        String unit = comparison.unit().wireName();
        String subject = price + " per " + unit + " a month";
        String market = "The market prices of " + range.source() + " (" + range.asOf() + ") give " + range.low().amount().toPlainString()
                + " to " + range.high() + " per " + unit + " a month (median " + range.median().amount().toPlainString() + ") for "
                + range.mspType() + " providers serving " + range.band() + " " + unit + "s.";
        String name = context.contract().parties().provider(comparison.provider()).map(p -> p.name()).filter(n -> !n.isBlank())
                .orElse(comparison.provider().value());
        String paid = name + " was paid " + spend.source() + ": " + subject + " for each of the "
                + comparison.count() + " " + unit + "s its price schedule counts.";
        FindingDraft draft = FindingDraft.of(position.equals("above") ? ABOVE : BELOW, comparison.provider().value(), unit)
                .provider(Optional.of(comparison.provider())).clause(pricing.section()).at(context.atInstant()).evidence(range.ref());
        spend.lines().forEach(l -> draft.evidence(l.ref()));
        if (spend.lines().isEmpty()) {
            draft.evidence(new io.witness.core.finding.EvidenceRef("contract", context.contract().header().id() + "/pricing/" + comparison.provider()));
        }
        if (position.equals("above")) {
            BigDecimal excess = price.amount().subtract(range.high().amount());
            Money monthly = new Money(excess.multiply(BigDecimal.valueOf(comparison.count())), context.currency());
            return Optional.of(draft.severity(Severity.MEDIUM).cost(monthly)
                    .title(comparison.provider() + ": " + subject + ", above the market range of " + range.low().amount().toPlainString()
                            + " to " + range.high())
                    .explanation(paid + " " + market + " The price is " + excess.toPlainString() + " above the top of the range: " + monthly
                            + " a month for " + comparison.count() + " " + unit + "s.").build());
        }
        return Optional.of(draft.severity(Severity.INFO)
                .title(comparison.provider() + ": " + subject + ", below the market range of " + range.low().amount().toPlainString() + " to "
                        + range.high())
                .explanation(paid + " " + market + " A price below the range is worth checking against what is delivered.").build());
    }
}
