package io.witness.core.contract;

import io.witness.core.calendar.BusinessCalendar;
import io.witness.core.event.Priority;
import io.witness.core.input.YamlNode;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the terms of one version may refer to: parties and their sources, calendars, the priority
 * scale, assets, and each provider's clocks; with the checks that report a reference to nothing.
 *
 * @param parties the parties
 * @param currency the currency of amounts
 * @param calendars calendars by name, those read well
 * @param calendarNames the names of every calendar written, read well or not
 * @param scale the priority codes; empty when any code is a priority
 * @param assets the asset ids
 * @param clocks per provider, its clock names
 * @param fullContract true for a contract with parties (every term cites its clause)
 */
record Scope(Parties parties, Currency currency, Map<String, BusinessCalendar> calendars, Set<String> calendarNames,
        Set<Priority> scale,
        Set<AssetId> assets, Map<PartyId, Set<String>> clocks, boolean fullContract) {

    Scope withClocks(Map<PartyId, Set<String>> newClocks) {
        return new Scope(parties, currency, calendars, calendarNames, scale, assets, newClocks, fullContract);
    }

    Optional<PartyId> provider(YamlNode where, String id) {
        Optional<Party> provider = parties.providers().stream().filter(p -> p.id().value().equals(id)).findFirst();
        if (provider.isEmpty()) {
            return where.fail("no provider '" + id + "'; the contract's providers are: " + ids(parties.providers()));
        }
        return Optional.of(provider.get().id());
    }

    Optional<PartyId> party(YamlNode where, String id) {
        Optional<Party> party = parties.all().stream().filter(p -> p.id().value().equals(id)).findFirst();
        if (party.isEmpty()) {
            return where.fail("no party '" + id + "'; the contract's parties are: " + ids(parties.all()));
        }
        return Optional.of(party.get().id());
    }

    /** A ticket system of some party. */
    Optional<SourceId> ticketSource(YamlNode where, String id) {
        List<Source> all = parties.all().stream().flatMap(p -> p.sources().stream()).toList();
        Optional<Source> source = all.stream().filter(s -> s.id().value().equals(id)).findFirst();
        if (source.isEmpty() || !source.get().kind().holdsTickets()) {
            String known = all.stream().filter(s -> s.kind().holdsTickets()).map(s -> s.id().value())
                    .collect(Collectors.joining(", "));
            return where.fail((source.isEmpty() ? "no source system '" + id + "'" : "source '" + id + "' is a "
                    + source.get().kind().wireName() + ", not a ticket system") + "; the parties' ticket systems are: "
                    + (known.isEmpty() ? "none" : known));
        }
        return Optional.of(source.get().id());
    }

    Optional<AssetId> asset(YamlNode where, String id) {
        Optional<AssetId> asset = assets.stream().filter(a -> a.value().equals(id)).findFirst();
        if (asset.isEmpty()) {
            return where.fail("no asset '" + id + "'; the contract's assets are: "
                    + (assets.isEmpty() ? "none" : assets.stream().map(AssetId::value).collect(Collectors.joining(", "))));
        }
        return asset;
    }

    List<AssetId> assets(YamlNode list) {
        Set<AssetId> found = new LinkedHashSet<>();
        for (YamlNode item : list.itemsOrSelf()) {
            item.text().flatMap(text -> asset(item, text)).ifPresent(found::add);
        }
        return List.copyOf(found);
    }

    Optional<Priority> priority(YamlNode where, String code) {
        PriorityYaml.checkOnScale(where, code, scale);
        return code.isBlank() ? where.fail("expected a priority code, found nothing") : Optional.of(new Priority(code));
    }

    Set<Priority> priorities(YamlNode list) {
        Set<Priority> found = new LinkedHashSet<>();
        for (YamlNode item : list.itemsOrSelf()) {
            item.text().flatMap(code -> priority(item, code)).ifPresent(found::add);
        }
        return found;
    }

    Optional<String> clock(YamlNode where, PartyId provider, String name) {
        Set<String> names = clocks.getOrDefault(provider, Set.of());
        if (!names.contains(name)) {
            return where.fail("no clock '" + name + "' in the SLA of " + provider + "; its clocks are: "
                    + (names.isEmpty() ? "none" : String.join(", ", names)));
        }
        return Optional.of(name);
    }

    private static String ids(List<Party> parties) {
        return parties.stream().map(p -> p.id().value()).collect(Collectors.joining(", "));
    }
}
