package io.witness.core.kpi;

import io.witness.core.contract.Contract;
import io.witness.core.contract.ContractTerms;
import io.witness.core.contract.Party;
import io.witness.core.contract.PartyId;
import io.witness.core.contract.PriorityLevel;
import io.witness.core.event.Priority;
import io.witness.core.event.Side;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a KPI computation is asked: the periods (and their zone), the instant it is computed as of, the
 * timelines to compute (the witnessed one first by default), the order priorities are listed in, and
 * each provider's rules. Immutable and thread-safe.
 *
 * @param periods the reporting periods, not null
 * @param now the instant the figures are computed as of; nothing claimed after it is known
 * @param timelines the timelines to compute, not empty, no repeats
 * @param priorities the priority codes in the order to list them (the contract's scale, highest first);
 *     other codes follow in alphabetical order
 * @param rules each provider's rules
 * @param otherRules the rules of providers not in {@code rules}
 */
public record KpiOptions(ReportingPeriods periods, Instant now, List<Side> timelines, List<Priority> priorities,
        Map<PartyId, ProviderRules> rules, ProviderRules otherRules) {

    /** The default timelines: the witnessed one, then each side's own. */
    public static final List<Side> ALL_TIMELINES = List.of(Side.WITNESS, Side.CLIENT, Side.PROVIDER);

    /** @throws IllegalArgumentException if the timelines are empty or repeat one */
    public KpiOptions {
        Objects.requireNonNull(periods, "periods");
        Objects.requireNonNull(now, "now");
        timelines = List.copyOf(timelines);
        priorities = List.copyOf(priorities);
        rules = Map.copyOf(rules);
        Objects.requireNonNull(otherRules, "otherRules");
        if (timelines.isEmpty() || timelines.stream().distinct().count() != timelines.size()) {
            throw new IllegalArgumentException("KPIs are computed on one or more distinct timelines, got " + timelines);
        }
    }

    /**
     * The options a contract gives: its priority scale, and each provider's rules under the terms in force
     * on the first period's first day (the first version's when the contract is not yet in force then).
     */
    public static KpiOptions of(Contract contract, ReportingPeriods periods, Instant now) {
        ContractTerms terms = contract.termsAt(periods.get(0).startInclusive()).orElse(contract.firstTerms());
        Map<PartyId, ProviderRules> rules = new LinkedHashMap<>();
        for (Party provider : contract.parties().providers()) {
            rules.put(provider.id(), ProviderRules.of(terms, contract.parties(), provider.id()));
        }
        List<Priority> scale = terms.priorities().stream().map(PriorityLevel::code).toList();
        return new KpiOptions(periods, now, ALL_TIMELINES, scale, rules, ProviderRules.defaults());
    }

    /** A copy computing only these timelines. */
    public KpiOptions withTimelines(List<Side> newTimelines) {
        return new KpiOptions(periods, now, newTimelines, priorities, rules, otherRules);
    }

    /** The provider's rules, or {@code otherRules}. */
    public ProviderRules rulesFor(PartyId provider) {
        return rules.getOrDefault(provider, otherRules);
    }
}
