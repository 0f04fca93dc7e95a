package io.witness.core.contract;

import io.witness.core.input.YamlNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code parties}: the {@code client} and the {@code providers}, each with its {@code id},
 * {@code name}, {@code role} and {@code sources} (each {@code { id, kind, name }}). Ids of parties are
 * unique, and so are ids of sources.
 */
final class PartiesYaml {

    static final List<String> KEYS = List.of("client", "providers");
    static final List<String> PARTY_KEYS = List.of("id", "name", "role", "sources");
    static final List<String> SOURCE_KEYS = List.of("id", "kind", "name");

    private PartiesYaml() {
    }

    static Optional<Parties> read(YamlNode node) {
        Map<String, YamlNode> f = node.entries(KEYS);
        if (!node.isMap()) {
            return Optional.empty();
        }
        Set<String> partyIds = new HashSet<>();
        Set<String> sourceIds = new HashSet<>();
        Optional<Party> client = Values.required(node, f, "client", "the client: { id, name, sources }")
                .flatMap(c -> party(c, partyIds, sourceIds));
        List<Party> providers = new ArrayList<>();
        Optional<YamlNode> list = Values.required(node, f, "providers", "a list of providers, each { id, name, role, sources }");
        if (list.isPresent()) {
            List<YamlNode> items = list.get().items();
            if (list.get().isList() && items.isEmpty()) {
                list.get().fail("expected at least one provider");
            }
            items.forEach(item -> party(item, partyIds, sourceIds).ifPresent(providers::add));
        }
        if (client.isEmpty() || providers.isEmpty()) {
            return Optional.empty();
        }
        return Values.build(node, () -> new Parties(client.get(), providers));
    }

    private static Optional<Party> party(YamlNode node, Set<String> partyIds, Set<String> sourceIds) {
        Map<String, YamlNode> f = node.entries(PARTY_KEYS);
        if (!node.isMap()) {
            return Optional.empty();
        }
        Optional<PartyId> id = Values.required(node, f, "id", "the party's id, such as northwind")
                .flatMap(n -> Values.id(n, PartyId::new));
        if (id.isPresent() && !partyIds.add(id.get().value())) {
            f.get("id").fail("party id '" + id.get() + "' is used twice");
            id = Optional.empty();
        }
        Optional<String> name = Values.required(node, f, "name", "the party's legal name").flatMap(Values::words);
        List<Source> sources = new ArrayList<>();
        if (f.containsKey("sources")) {
            for (YamlNode item : f.get("sources").items()) {
                source(item, sourceIds).ifPresent(sources::add);
            }
        }
        if (id.isEmpty() || name.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Party(id.get(), name.get(), Values.textOr(f, "role", ""), sources));
    }

    private static Optional<Source> source(YamlNode node, Set<String> sourceIds) {
        Map<String, YamlNode> f = node.entries(SOURCE_KEYS);
        if (!node.isMap()) {
            return Optional.empty();
        }
        Optional<SourceId> id = Values.required(node, f, "id", "the system's id, such as servicenow")
                .flatMap(n -> Values.id(n, SourceId::new));
        if (id.isPresent() && !sourceIds.add(id.get().value())) {
            f.get("id").fail("source id '" + id.get() + "' is used twice");
            id = Optional.empty();
        }
        // A kind read badly is reported here; the source still stands so that its references are not reported too.
        Optional<SourceKind> kind = Values.required(node, f, "kind", "what system it is, such as servicenow or connectwise_psa")
                .flatMap(k -> Values.choice(k, SourceKind.class, SourceKind::wireName))
                .or(() -> Optional.of(SourceKind.OTHER_TICKETS));
        if (id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Source(id.get(), kind.get(), Values.textOr(f, "name", "")));
    }
}
