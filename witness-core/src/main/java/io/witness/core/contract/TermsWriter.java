package io.witness.core.contract;

import io.witness.core.clock.ClockDefinition;
import io.witness.core.event.Priority;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The sections of one version's terms as YAML trees, by section name, in {@link TermsYaml#SECTIONS} order. */
final class TermsWriter {

    private TermsWriter() {
    }

    /** Every section, empty ones included. */
    static Map<String, Object> sections(ContractTerms terms) {
        List<Priority> order = terms.priorities().stream().map(PriorityLevel::code).toList();
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("assets", terms.assets().stream().map(a -> (Object) map("id", a.id().value(), "name", a.name(), "kind", a.kind())).toList());
        Map<String, Object> calendars = new LinkedHashMap<>();
        terms.calendars().forEach((name, calendar) -> calendars.put(name, CalendarBlockWriter.tree(calendar)));
        s.put("calendars", calendars);
        s.put("priorities", terms.priorities().stream()
                .map(p -> (Object) map("code", p.code().code(), "name", p.name(), "description", p.description())).toList());
        Map<String, Object> maps = new LinkedHashMap<>();
        terms.priorityMaps().forEach((source, map) -> maps.put(source.value(), priorityMap(map)));
        s.put("priority_maps", maps);
        Map<String, Object> statuses = new LinkedHashMap<>();
        terms.statusClasses().forEach((source, map) -> {
            Map<String, Object> classes = new LinkedHashMap<>();
            map.forEach((status, statusClass) -> classes.put(status, statusClass.wireName()));
            statuses.put(source.value(), classes);
        });
        s.put("status_classes", statuses);
        Map<String, Object> sla = new LinkedHashMap<>();
        terms.sla().forEach((provider, clocks) -> sla.put(provider.value(), clocks(clocks, order)));
        s.put("sla", sla);
        Map<String, Object> credits = new LinkedHashMap<>();
        terms.credits().forEach((provider, schedule) -> credits.put(provider.value(), CommercialWriter.credits(schedule)));
        s.put("credits", credits);
        Map<String, Object> obligations = new LinkedHashMap<>();
        terms.obligations().forEach((provider, list) -> obligations.put(provider.value(),
                list.stream().map(o -> (Object) CommercialWriter.obligation(o)).toList()));
        s.put("obligations", obligations);
        s.put("responsibilities", terms.responsibilities().stream().map(r -> (Object) CommercialWriter.responsibility(r)).toList());
        Map<String, Object> pricing = new LinkedHashMap<>();
        terms.pricing().forEach((provider, p) -> pricing.put(provider.value(), CommercialWriter.pricing(p)));
        s.put("pricing", pricing);
        s.put("business_impact", terms.businessImpact().map(CommercialWriter::impact).orElse(Map.of()));
        return s;
    }

    static Map<String, Object> clocks(List<ClockDefinition> clocks, List<Priority> order) {
        Map<String, Object> tree = new LinkedHashMap<>();
        clocks.forEach(clock -> tree.put(clock.name(), ClockBlockWriter.tree(clock, order)));
        return tree;
    }

    private static Map<String, Object> priorityMap(PriorityMap map) {
        Map<String, Object> tree = new LinkedHashMap<>();
        if (map instanceof PriorityMap.ByValue byValue) {
            tree.put(byValue.field().wireName(), codes(byValue.values()));
        } else {
            Map<String, Object> matrix = new LinkedHashMap<>();
            ((PriorityMap.ByImpactUrgency) map).matrix().forEach((impact, row) -> matrix.put(impact, codes(row)));
            tree.put("impact_urgency", matrix);
        }
        return tree;
    }

    private static Map<String, Object> codes(Map<String, Priority> values) {
        Map<String, Object> tree = new LinkedHashMap<>();
        values.forEach((value, priority) -> tree.put(value, priority.code()));
        return tree;
    }

    /** A mapping of the pairs given, leaving out empty texts. */
    static Map<String, Object> map(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            Object value = pairs[i + 1];
            if (!(value instanceof String text && text.isEmpty())) {
                map.put((String) pairs[i], value);
            }
        }
        return map;
    }

    static List<Object> sorted(Set<String> texts) {
        return new ArrayList<>(texts.stream().sorted().map(t -> (Object) t).toList());
    }
}
