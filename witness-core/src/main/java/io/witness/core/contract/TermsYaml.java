package io.witness.core.contract;

import io.witness.core.calendar.BusinessCalendar;
import io.witness.core.calendar.CalendarYaml;
import io.witness.core.clock.ClockDefinition;
import io.witness.core.event.Priority;
import io.witness.core.event.StatusClass;
import io.witness.core.input.YamlNode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the terms of one version from its sections (the keys an amendment may replace), checking every
 * reference: calendars, priorities, providers, parties, ticket systems, assets and clock names.
 */
final class TermsYaml {

    /** The sections of terms, in the order they are read and written. */
    static final List<String> SECTIONS = List.of("assets", "calendars", "priorities", "priority_maps", "status_classes",
            "sla", "credits", "obligations", "responsibilities", "pricing", "business_impact");
    static final List<String> ASSET_KEYS = List.of("id", "name", "kind");

    private TermsYaml() {
    }

    /**
     * @param sections section name to its node; for a clocks-only contract, {@code clocks} instead of {@code sla}
     * @param where the node problems about a missing section are reported at
     */
    static Optional<ContractTerms> read(Map<String, YamlNode> sections, YamlNode where, Parties parties, Currency currency,
            boolean full) {
        List<Asset> assets = sections.containsKey("assets") ? assets(sections.get("assets")) : List.of();
        Map<String, BusinessCalendar> calendars = new LinkedHashMap<>();
        Set<String> calendarNames = sections.containsKey("calendars")
                ? new LinkedHashSet<>(sections.get("calendars").entries().keySet()) : Set.of();
        if (sections.containsKey("calendars")) {
            sections.get("calendars").entries().forEach((name, node) -> CalendarYaml.read(node).ifPresent(c -> calendars.put(name, c)));
        }
        List<PriorityLevel> priorities = sections.containsKey("priorities") ? PriorityYaml.scale(sections.get("priorities")) : List.of();
        if (full && !sections.containsKey("priorities") && sections.containsKey("sla")) {
            where.fail("missing key 'priorities' (the contract's priority scale, such as [{ code: P1, name: Critical }])");
        }
        Set<Priority> scale = priorities.stream().map(PriorityLevel::code).collect(Collectors.toCollection(LinkedHashSet::new));
        Scope scope = new Scope(parties, currency, calendars, calendarNames, scale,
                assets.stream().map(Asset::id).collect(Collectors.toCollection(LinkedHashSet::new)), Map.of(), full);
        Map<SourceId, PriorityMap> priorityMaps = sections.containsKey("priority_maps")
                ? PriorityYaml.maps(sections.get("priority_maps"), scope) : Map.of();
        Map<SourceId, Map<String, StatusClass>> statusClasses = sections.containsKey("status_classes")
                ? statusClasses(sections.get("status_classes"), scope) : Map.of();
        Map<PartyId, List<ClockDefinition>> sla = new LinkedHashMap<>();
        if (full && sections.containsKey("sla")) {
            sections.get("sla").entries().forEach((providerName, clocks) -> {
                Optional<PartyId> provider = scope.provider(clocks, providerName);
                List<ClockDefinition> read = clocks(clocks, scope);
                provider.ifPresent(p -> sla.put(p, read));
            });
        } else if (!full) {
            if (sections.containsKey("clocks")) {
                sla.put(parties.providers().get(0).id(), clocks(sections.get("clocks"), scope));
            } else {
                where.fail("a contract needs clocks: at least one of response, plan, resolution, next_reply, update");
            }
        }
        // Clock names as written, so that a clock read badly is not also reported wherever it is named.
        Map<PartyId, Set<String>> clockNames = new LinkedHashMap<>();
        if (full && sections.containsKey("sla")) {
            sections.get("sla").entries().forEach((providerName, clocks) -> parties.providers().stream()
                    .filter(p -> p.id().value().equals(providerName)).findFirst()
                    .ifPresent(p -> clockNames.put(p.id(), new LinkedHashSet<>(clocks.entries().keySet()))));
        } else if (sections.containsKey("clocks")) {
            clockNames.put(parties.providers().get(0).id(), new LinkedHashSet<>(sections.get("clocks").entries().keySet()));
        }
        Scope withClocks = scope.withClocks(clockNames);
        Map<PartyId, CreditSchedule> credits = sections.containsKey("credits")
                ? CreditsYaml.read(sections.get("credits"), withClocks) : Map.of();
        Map<PartyId, List<Obligation>> obligations = sections.containsKey("obligations")
                ? ObligationsYaml.read(sections.get("obligations"), scope) : Map.of();
        List<Responsibility> responsibilities = sections.containsKey("responsibilities")
                ? ResponsibilitiesYaml.read(sections.get("responsibilities"), scope) : List.of();
        Map<PartyId, Pricing> pricing = sections.containsKey("pricing") ? PricingYaml.read(sections.get("pricing"), scope) : Map.of();
        Optional<BusinessImpact> impact = Optional.ofNullable(sections.get("business_impact")).flatMap(n -> PricingYaml.impact(n, scope));
        credits.forEach((provider, schedule) -> {
            boolean feeWritten = sections.containsKey("pricing")
                    && sections.get("pricing").entries().containsKey(provider.value());
            if (schedule.needsMonthlyFee() && !feeWritten) {
                sections.get("credits").entries().get(provider.value()).fail("credits of " + provider
                        + " in percent of the monthly fee need its fee: add pricing: { " + provider + ": { monthly_fee: … } }");
            }
        });
        return Optional.of(new ContractTerms(calendars, assets, priorities, priorityMaps, statusClasses, sla, credits,
                obligations, responsibilities, pricing, impact));
    }

    private static List<ClockDefinition> clocks(YamlNode node, Scope scope) {
        List<ClockDefinition> clocks = new ArrayList<>();
        node.entries().forEach((name, clock) -> ClockYaml.read(name, clock, scope.calendars(), scope.calendarNames(), scope.scale(),
                scope.fullContract()).ifPresent(clocks::add));
        return clocks;
    }

    private static List<Asset> assets(YamlNode node) {
        List<Asset> assets = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (YamlNode item : node.items()) {
            Map<String, YamlNode> f = item.entries(ASSET_KEYS);
            if (!item.isMap()) {
                continue;
            }
            Optional<AssetId> id = Values.required(item, f, "id", "the asset's id, such as ehr-db").flatMap(n -> Values.id(n, AssetId::new));
            if (id.isPresent() && !ids.add(id.get().value())) {
                f.get("id").fail("asset id '" + id.get() + "' is used twice");
            }
            Optional<String> name = Values.required(item, f, "name", "what people call it").flatMap(Values::words);
            if (id.isPresent() && name.isPresent()) {
                assets.add(new Asset(id.get(), name.get(), Values.textOr(f, "kind", "")));
            }
        }
        return assets;
    }

    private static Map<SourceId, Map<String, StatusClass>> statusClasses(YamlNode node, Scope scope) {
        Map<SourceId, Map<String, StatusClass>> classes = new LinkedHashMap<>();
        Map<String, YamlNode> entries = scope.fullContract() ? node.entries()
                : node.entries(scope.parties().all().stream().map(p -> p.id().value()).toList());
        entries.forEach((sourceName, map) -> {
            Optional<SourceId> source = scope.ticketSource(map, sourceName);
            Map<String, StatusClass> read = statusMap(map);
            source.ifPresent(s -> classes.put(s, read));
        });
        return classes;
    }

    private static Map<String, StatusClass> statusMap(YamlNode node) {
        Map<String, StatusClass> map = new LinkedHashMap<>();
        node.entries().forEach((status, value) -> value.text().ifPresent(text -> StatusClass.fromWire(text)
                .ifPresentOrElse(c -> map.put(status, c), () -> value.fail("expected a status class: "
                        + Values.names(StatusClass.class, StatusClass::wireName) + "; found '" + text + "'"))));
        return map;
    }
}
