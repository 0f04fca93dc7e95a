package io.witness.core.contract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a contract back as a contract file that {@link ContractYaml} reads to the same contract: the
 * header, the parties, the first version's sections, and each amendment with the sections it changes.
 * Every clock is written with all its fields, whatever the metric's conventions. A clocks-only
 * contract is written in that form.
 */
public final class ContractYamlWriter {

    private ContractYamlWriter() {
    }

    /**
     * @param contract not null
     * @return the YAML text, not null
     */
    public static String write(Contract contract) {
        Map<String, Object> root = new LinkedHashMap<>();
        if (contract.isClocksOnly()) {
            Map<String, Object> sections = TermsWriter.sections(contract.firstTerms());
            root.put("calendars", sections.get("calendars"));
            root.put("status_classes", sections.get("status_classes"));
            root.put("clocks", TermsWriter.clocks(contract.clocks(), List.of()));
            return YamlText.write(root);
        }
        root.put("contract", header(contract.header()));
        root.put("parties", parties(contract.parties()));
        Map<String, Object> previous = TermsWriter.sections(contract.firstTerms());
        previous.forEach((name, section) -> {
            if (!isEmpty(section)) {
                root.put(name, section);
            }
        });
        List<Object> amendments = new ArrayList<>();
        for (ContractVersion version : contract.versions().subList(1, contract.versions().size())) {
            Map<String, Object> amendment = TermsWriter.map("version", version.version(),
                    "from", new YamlText.Plain(version.from().toString()), "title", version.title());
            Map<String, Object> sections = TermsWriter.sections(version.terms());
            for (Map.Entry<String, Object> section : sections.entrySet()) {
                if (!section.getValue().equals(previous.get(section.getKey()))) {
                    amendment.put(section.getKey(), section.getValue());
                }
            }
            previous = sections;
            amendments.add(amendment);
        }
        if (!amendments.isEmpty()) {
            root.put("amendments", amendments);
        }
        return YamlText.write(root);
    }

    /**
     * The sections (as named in the file: {@code sla}, {@code pricing}, …) whose terms differ between two
     * versions, in file order.
     */
    public static List<String> sectionsChanged(ContractTerms before, ContractTerms after) {
        Map<String, Object> was = TermsWriter.sections(before);
        List<String> changed = new ArrayList<>();
        TermsWriter.sections(after).forEach((name, section) -> {
            if (!section.equals(was.get(name))) {
                changed.add(name);
            }
        });
        return changed;
    }

    private static boolean isEmpty(Object section) {
        return section instanceof Map<?, ?> map && map.isEmpty() || section instanceof List<?> list && list.isEmpty();
    }

    private static Map<String, Object> header(ContractHeader header) {
        Map<String, Object> tree = TermsWriter.map("id", header.id().value(), "title", header.title(), "version", header.version());
        header.signed().ifPresent(date -> tree.put("signed", new YamlText.Plain(date.toString())));
        Map<String, Object> effective = new LinkedHashMap<>();
        effective.put("from", new YamlText.Plain(header.effective().from().toString()));
        header.effective().to().ifPresent(to -> effective.put("to", new YamlText.Plain(to.toString())));
        tree.put("effective", effective);
        tree.put("zone", header.zone().getId());
        tree.put("currency", header.currency().getCurrencyCode());
        return tree;
    }

    private static Map<String, Object> parties(Parties parties) {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("client", party(parties.client()));
        tree.put("providers", parties.providers().stream().map(p -> (Object) party(p)).toList());
        return tree;
    }

    private static Map<String, Object> party(Party party) {
        Map<String, Object> tree = TermsWriter.map("id", party.id().value(), "name", party.name(), "role", party.role());
        if (!party.sources().isEmpty()) {
            tree.put("sources", party.sources().stream().map(s -> (Object) TermsWriter.map("id", s.id().value(),
                    "kind", s.kind().wireName(), "name", s.name())).toList());
        }
        return tree;
    }
}
