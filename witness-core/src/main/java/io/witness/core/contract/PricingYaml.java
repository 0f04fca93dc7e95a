package io.witness.core.contract;

import io.witness.core.input.YamlNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code pricing} (per provider: {@code section}, {@code monthly_fee}, {@code lines},
 * {@code included}, {@code excluded}, {@code annual_increase_cap}) and {@code business_impact}
 * ({@code hourly_cost_per_employee}, {@code employees}, {@code revenue_per_hour} per asset).
 */
final class PricingYaml {

    static final List<String> KEYS = List.of("section", "monthly_fee", "lines", "included", "excluded", "annual_increase_cap");
    static final List<String> LINE_KEYS = List.of("item", "unit", "quantity", "price");
    static final List<String> EXCLUSION_KEYS = List.of("item", "rate", "per", "note");
    static final List<String> IMPACT_KEYS = List.of("hourly_cost_per_employee", "employees", "revenue_per_hour");

    private PricingYaml() {
    }

    static Map<PartyId, Pricing> read(YamlNode node, Scope scope) {
        Map<PartyId, Pricing> pricing = new LinkedHashMap<>();
        node.entries().forEach((providerName, value) -> {
            Optional<PartyId> provider = scope.provider(value, providerName);
            Optional<Pricing> read = pricing(value, scope);
            if (provider.isPresent() && read.isPresent()) {
                pricing.put(provider.get(), read.get());
            }
        });
        return pricing;
    }

    private static Optional<Pricing> pricing(YamlNode node, Scope scope) {
        Map<String, YamlNode> f = node.entries(KEYS);
        if (!node.isMap()) {
            return Optional.empty();
        }
        Optional<ClauseRef> section = Optional.ofNullable(f.get("section")).flatMap(Values::section);
        Optional<Money> fee = Values.required(node, f, "monthly_fee", "the fee per month, such as 12500.00")
                .flatMap(n -> Values.money(n, scope.currency()));
        List<PriceLine> lines = new ArrayList<>();
        if (f.containsKey("lines")) {
            f.get("lines").items().forEach(item -> line(item, scope).ifPresent(lines::add));
        }
        List<String> included = f.containsKey("included") ? Values.texts(f.get("included")) : List.of();
        List<Exclusion> excluded = new ArrayList<>();
        if (f.containsKey("excluded")) {
            f.get("excluded").items().forEach(item -> exclusion(item, scope).ifPresent(excluded::add));
        }
        Optional<Percent> cap = Optional.ofNullable(f.get("annual_increase_cap")).flatMap(Values::percent);
        return fee.map(m -> new Pricing(section, m, lines, included, excluded, cap));
    }

    private static Optional<PriceLine> line(YamlNode node, Scope scope) {
        Map<String, YamlNode> f = node.entries(LINE_KEYS);
        if (!node.isMap()) {
            return Optional.empty();
        }
        Optional<String> item = Values.required(node, f, "item", "what is billed").flatMap(Values::words);
        Optional<PriceUnit> unit = Values.required(node, f, "unit", "what the price is per, such as user or device")
                .flatMap(u -> Values.choice(u, PriceUnit.class, PriceUnit::wireName));
        Optional<Integer> quantity = Optional.ofNullable(f.get("quantity")).flatMap(n -> Values.atLeast(n, 0));
        Optional<Money> price = Values.required(node, f, "price", "the price per unit").flatMap(n -> Values.money(n, scope.currency()));
        if (item.isEmpty() || unit.isEmpty() || price.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PriceLine(item.get(), unit.get(), quantity, price.get()));
    }

    private static Optional<Exclusion> exclusion(YamlNode node, Scope scope) {
        Map<String, YamlNode> f = node.entries(EXCLUSION_KEYS);
        if (!node.isMap()) {
            return Optional.empty();
        }
        Optional<String> item = Values.required(node, f, "item", "the work not covered").flatMap(Values::words);
        Optional<Money> rate = Optional.ofNullable(f.get("rate")).flatMap(n -> Values.money(n, scope.currency()));
        Optional<PriceUnit> per = Optional.ofNullable(f.get("per")).flatMap(u -> Values.choice(u, PriceUnit.class, PriceUnit::wireName));
        if (f.containsKey("rate") != f.containsKey("per")) {
            node.fail("expected 'rate' and 'per' together (a rate of 195.00 per hour), found only '"
                    + (f.containsKey("rate") ? "rate" : "per") + "'");
            return Optional.empty();
        }
        if (item.isEmpty() || rate.isPresent() != per.isPresent()) {
            return Optional.empty();
        }
        return Optional.of(new Exclusion(item.get(), rate, per, Values.textOr(f, "note", "")));
    }

    static Optional<BusinessImpact> impact(YamlNode node, Scope scope) {
        Map<String, YamlNode> f = node.entries(IMPACT_KEYS);
        if (!node.isMap()) {
            return Optional.empty();
        }
        Optional<Money> hourly = Values.required(node, f, "hourly_cost_per_employee",
                "the fully loaded cost of an employee's hour, such as 65.00").flatMap(n -> Values.money(n, scope.currency()));
        Optional<Integer> employees = Optional.ofNullable(f.get("employees")).flatMap(n -> Values.atLeast(n, 1));
        Map<AssetId, Money> revenue = new LinkedHashMap<>();
        if (f.containsKey("revenue_per_hour")) {
            f.get("revenue_per_hour").entries().forEach((asset, amount) -> {
                Optional<AssetId> id = scope.asset(amount, asset);
                Optional<Money> money = Values.money(amount, scope.currency());
                if (id.isPresent() && money.isPresent()) {
                    revenue.put(id.get(), money.get());
                }
            });
        }
        return hourly.map(h -> new BusinessImpact(h, employees, revenue));
    }
}
