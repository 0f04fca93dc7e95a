package io.witness.core.contract;

import io.witness.core.input.YamlNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code credits}: per provider, its schedule of service credits: {@code section}, {@code period},
 * {@code attainment} (each with its tiers), {@code per_breach}, {@code caps}, {@code claim_within_days}
 * and {@code chronic_failure}.
 */
final class CreditsYaml {

    static final List<String> KEYS = List.of("section", "period", "attainment", "per_breach", "caps",
            "claim_within_days", "chronic_failure");
    static final List<String> ATTAINMENT_KEYS = List.of("section", "clocks", "priorities", "minimum_clocks", "tiers");
    static final List<String> TIER_KEYS = List.of("below", "credit");
    static final List<String> BREACH_KEYS = List.of("section", "clock", "priorities", "credit");
    static final List<String> CAP_KEYS = List.of("month", "year");
    static final List<String> CHRONIC_KEYS = List.of("section", "consecutive_periods", "remedy");

    private CreditsYaml() {
    }

    static Map<PartyId, CreditSchedule> read(YamlNode node, Scope scope) {
        Map<PartyId, CreditSchedule> credits = new LinkedHashMap<>();
        node.entries().forEach((providerName, value) -> {
            Optional<PartyId> provider = scope.provider(value, providerName);
            Optional<CreditSchedule> schedule = schedule(value, provider, scope);
            if (provider.isPresent() && schedule.isPresent()) {
                credits.put(provider.get(), schedule.get());
            }
        });
        return credits;
    }

    private static Optional<CreditSchedule> schedule(YamlNode node, Optional<PartyId> provider, Scope scope) {
        Map<String, YamlNode> f = node.entries(KEYS);
        if (!node.isMap()) {
            return Optional.empty();
        }
        Optional<ClauseRef> section = Values.section(node, f);
        Optional<MeasurementPeriod> period = Values.required(node, f, "period", "monthly or quarterly")
                .flatMap(p -> Values.choice(p, MeasurementPeriod.class, MeasurementPeriod::wireName));
        List<AttainmentCredit> attainment = new ArrayList<>();
        if (f.containsKey("attainment")) {
            f.get("attainment").items().forEach(item -> attainment(item, provider, scope).ifPresent(attainment::add));
        }
        List<BreachCredit> perBreach = new ArrayList<>();
        if (f.containsKey("per_breach")) {
            f.get("per_breach").items().forEach(item -> breach(item, provider, scope).ifPresent(perBreach::add));
        }
        CreditCaps caps = f.containsKey("caps") ? caps(f.get("caps"), scope) : CreditCaps.none();
        Optional<Integer> claim = Optional.ofNullable(f.get("claim_within_days")).flatMap(n -> Values.atLeast(n, 1));
        Optional<ChronicFailure> chronic = Optional.ofNullable(f.get("chronic_failure")).flatMap(CreditsYaml::chronic);
        if (section.isEmpty() || period.isEmpty()) {
            return Optional.empty();
        }
        return Values.build(node, () -> new CreditSchedule(section.get(), period.get(), attainment, perBreach, caps,
                claim, chronic));
    }

    private static Optional<AttainmentCredit> attainment(YamlNode node, Optional<PartyId> provider, Scope scope) {
        Map<String, YamlNode> f = node.entries(ATTAINMENT_KEYS);
        if (!node.isMap()) {
            return Optional.empty();
        }
        Optional<ClauseRef> section = Values.section(node, f);
        Set<String> clocks = new java.util.LinkedHashSet<>();
        if (f.containsKey("clocks") && provider.isPresent()) {
            for (YamlNode item : f.get("clocks").itemsOrSelf()) {
                item.text().flatMap(name -> scope.clock(item, provider.get(), name)).ifPresent(clocks::add);
            }
        }
        Set<io.witness.core.event.Priority> priorities = f.containsKey("priorities") ? scope.priorities(f.get("priorities")) : Set.of();
        int minimum = Optional.ofNullable(f.get("minimum_clocks")).flatMap(n -> Values.atLeast(n, 0)).orElse(0);
        List<CreditTier> tiers = new ArrayList<>();
        Optional<YamlNode> tierList = Values.required(node, f, "tiers", "a list of { below: 95%, credit: 5% }");
        tierList.ifPresent(list -> list.items().forEach(item -> tier(item, scope).ifPresent(tiers::add)));
        if (tierList.isPresent() && tierList.get().isList() && tierList.get().items().isEmpty()) {
            tierList.get().fail("expected at least one tier, such as { below: 95%, credit: 5% }");
        }
        if (section.isEmpty() || tiers.isEmpty()) {
            return Optional.empty();
        }
        return Values.build(node, () -> new AttainmentCredit(section.get(), clocks, priorities, minimum, tiers));
    }

    private static Optional<CreditTier> tier(YamlNode node, Scope scope) {
        Map<String, YamlNode> f = node.entries(TIER_KEYS);
        if (!node.isMap()) {
            return Optional.empty();
        }
        Optional<Percent> below = Values.required(node, f, "below", "the attainment under which it applies, such as 95%")
                .flatMap(Values::percent);
        Optional<CreditAmount> credit = Values.required(node, f, "credit", "a share of the monthly fee such as 5%, or an amount")
                .flatMap(c -> Values.credit(c, scope.currency()));
        return below.isEmpty() || credit.isEmpty() ? Optional.empty() : Optional.of(new CreditTier(below.get(), credit.get()));
    }

    private static Optional<BreachCredit> breach(YamlNode node, Optional<PartyId> provider, Scope scope) {
        Map<String, YamlNode> f = node.entries(BREACH_KEYS);
        if (!node.isMap()) {
            return Optional.empty();
        }
        Optional<ClauseRef> section = Values.section(node, f);
        Optional<String> clock = Values.required(node, f, "clock", "the clock whose breaches it credits, such as resolution")
                .flatMap(c -> c.text().flatMap(name -> provider.flatMap(p -> scope.clock(c, p, name))));
        Set<io.witness.core.event.Priority> priorities = f.containsKey("priorities") ? scope.priorities(f.get("priorities")) : Set.of();
        Optional<CreditAmount> credit = Values.required(node, f, "credit", "a share of the monthly fee such as 2%, or an amount")
                .flatMap(c -> Values.credit(c, scope.currency()));
        if (section.isEmpty() || clock.isEmpty() || credit.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new BreachCredit(section.get(), clock.get(), priorities, credit.get()));
    }

    private static CreditCaps caps(YamlNode node, Scope scope) {
        Map<String, YamlNode> f = node.entries(CAP_KEYS);
        return new CreditCaps(Optional.ofNullable(f.get("month")).flatMap(n -> Values.credit(n, scope.currency())),
                Optional.ofNullable(f.get("year")).flatMap(n -> Values.credit(n, scope.currency())));
    }

    private static Optional<ChronicFailure> chronic(YamlNode node) {
        Map<String, YamlNode> f = node.entries(CHRONIC_KEYS);
        if (!node.isMap()) {
            return Optional.empty();
        }
        Optional<ClauseRef> section = Values.section(node, f);
        Optional<Integer> periods = Values.required(node, f, "consecutive_periods", "how many periods in a row, such as 3")
                .flatMap(n -> Values.atLeast(n, 2));
        Optional<String> remedy = Values.required(node, f, "remedy", "what the client may then do").flatMap(Values::words);
        if (section.isEmpty() || periods.isEmpty() || remedy.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ChronicFailure(section.get(), periods.get(), remedy.get()));
    }
}
