package io.witness.core.contract;

import io.witness.core.input.YamlNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code responsibilities}: the RACI matrix, a list of {@code { area, ownership, responsible,
 * accountable, consulted, informed, section, note }} whose parties are the contract's party ids.
 */
final class ResponsibilitiesYaml {

    static final List<String> KEYS = List.of("area", "ownership", "responsible", "accountable", "consulted", "informed",
            "section", "note");

    private ResponsibilitiesYaml() {
    }

    static List<Responsibility> read(YamlNode node, Scope scope) {
        List<Responsibility> rows = new ArrayList<>();
        Set<String> areas = new java.util.HashSet<>();
        for (YamlNode item : node.items()) {
            Map<String, YamlNode> f = item.entries(KEYS);
            if (!item.isMap()) {
                continue;
            }
            Optional<String> area = Values.required(item, f, "area", "what the row covers, such as patching").flatMap(Values::words);
            if (area.isPresent() && !areas.add(area.get())) {
                f.get("area").fail("area '" + area.get() + "' appears twice in the matrix");
            }
            Optional<Ownership> ownership = Values.required(item, f, "ownership", "provider, shared or client")
                    .flatMap(o -> Values.choice(o, Ownership.class, Ownership::wireName));
            List<PartyId> responsible = Values.required(item, f, "responsible", "the parties who do the work")
                    .map(n -> parties(n, scope)).orElse(List.of());
            if (f.containsKey("responsible") && responsible.isEmpty() && f.get("responsible").isList()
                    && f.get("responsible").items().isEmpty()) {
                f.get("responsible").fail("expected at least one responsible party");
            }
            Optional<PartyId> accountable = Values.required(item, f, "accountable", "the one party answerable for it")
                    .flatMap(a -> a.isList() ? a.fail("expected one accountable party, found a list")
                            : a.text().flatMap(id -> scope.party(a, id)));
            List<PartyId> consulted = f.containsKey("consulted") ? parties(f.get("consulted"), scope) : List.of();
            List<PartyId> informed = f.containsKey("informed") ? parties(f.get("informed"), scope) : List.of();
            Optional<ClauseRef> section = Optional.ofNullable(f.get("section")).flatMap(Values::section);
            if (area.isPresent() && ownership.isPresent() && !responsible.isEmpty() && accountable.isPresent()) {
                rows.add(new Responsibility(area.get(), ownership.get(), responsible, accountable.get(), consulted, informed,
                        section, Values.textOr(f, "note", "")));
            }
        }
        return rows;
    }

    private static List<PartyId> parties(YamlNode node, Scope scope) {
        Set<PartyId> found = new LinkedHashSet<>();
        for (YamlNode item : node.itemsOrSelf()) {
            item.text().flatMap(id -> scope.party(item, id)).ifPresent(found::add);
        }
        return List.copyOf(found);
    }
}
