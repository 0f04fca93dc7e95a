package io.witness.core.contract;

import io.witness.core.calendar.CalendarYaml;
import io.witness.core.input.InputProblem;
import io.witness.core.input.Problems;
import io.witness.core.input.YamlDocument;
import io.witness.core.input.YamlNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a contract file (docs/contract.md; schema docs/schemas/contract.schema.json). Two forms:
 * <ul>
 *   <li>a full contract: {@code contract} (id, title, version, dates, zone, currency), {@code parties},
 *       the sections of terms ({@link TermsYaml#SECTIONS}) and {@code amendments}, each of which replaces
 *       whole sections from its date, on top of the version before;
 *   <li>a clocks-only contract, written without {@code contract} and {@code parties}: {@code calendars},
 *       {@code status_classes} by side ({@code client}, {@code provider}) and {@code clocks}, between an
 *       unnamed client and one unnamed provider (docs/clocks.md).
 * </ul>
 * Every problem in the file is reported at once, each with its line, column and path; unknown keys are
 * problems; every reference (calendar, priority, provider, party, ticket system, asset, clock) is checked
 * in each version.
 */
public final class ContractYaml {

    static final List<String> HEADER_KEYS = List.of("id", "title", "version", "signed", "effective", "zone", "currency");
    static final List<String> EFFECTIVE_KEYS = List.of("from", "to");
    static final List<String> AMENDMENT_KEYS = amendmentKeys();
    static final List<String> CLOCKS_ONLY_KEYS = List.of("calendars", "status_classes", "clocks");

    private ContractYaml() {
    }

    /** The top-level keys of a full contract. */
    static List<String> keys() {
        List<String> keys = new ArrayList<>(List.of("contract", "parties"));
        keys.addAll(TermsYaml.SECTIONS);
        keys.add("amendments");
        return keys;
    }

    private static List<String> amendmentKeys() {
        List<String> keys = new ArrayList<>(List.of("version", "from", "title"));
        keys.addAll(TermsYaml.SECTIONS);
        return List.copyOf(keys);
    }

    /**
     * @param text the file's content, not null
     * @param source the file's name for messages, not null
     * @throws io.witness.core.input.InputRejected with every problem found
     */
    public static Contract parse(String text, String source) {
        Problems found = new Problems();
        Amended amended = new Amended();
        Optional<Contract> contract = YamlDocument.parse(text, source, found).flatMap(root -> read(root, amended));
        Problems problems = new Problems();
        Set<String> seen = new LinkedHashSet<>();
        List<InputProblem> all = found.list();
        for (int i = 0; i < all.size(); i++) {
            InputProblem problem = all.get(i);
            if (seen.add(problem.toString())) {
                problems.add(amended.annotate(i, problem));
            }
        }
        problems.throwIfAny();
        return contract.orElseThrow();
    }

    /** Which problems were found while reading an amended version, so they can say which version. */
    private static final class Amended {
        private final List<int[]> ranges = new ArrayList<>();
        private final List<String> labels = new ArrayList<>();
        private int firstLine = Integer.MAX_VALUE;

        InputProblem annotate(int index, InputProblem problem) {
            for (int r = 0; r < ranges.size(); r++) {
                if (index >= ranges.get(r)[0] && index < ranges.get(r)[1] && problem.line() < firstLine) {
                    return new InputProblem(problem.source(), problem.line(), problem.column(), problem.path(),
                            problem.message() + " (in the terms as amended by " + labels.get(r) + ")");
                }
            }
            return problem;
        }
    }

    private static Optional<Contract> read(YamlNode root, Amended amended) {
        if (!root.isMap()) {
            root.entries();
            return Optional.empty();
        }
        Map<String, YamlNode> top = root.entries();
        if (!top.containsKey("contract") && !top.containsKey("parties")) {
            Map<String, YamlNode> f = root.entries(CLOCKS_ONLY_KEYS);
            Optional<ContractTerms> terms = TermsYaml.read(f, root, Parties.unnamed(), ContractHeader.unnamed().currency(), false);
            return root.problems().isEmpty() ? terms.map(Contract::ofClocks) : Optional.empty();
        }
        Map<String, YamlNode> f = root.entries(keys());
        Optional<ContractHeader> header = Values.required(root, f, "contract",
                "what the contract is: { id, title, effective: { from, to }, zone, currency }").flatMap(ContractYaml::header);
        Optional<Parties> parties = Values.required(root, f, "parties", "the client and the providers").flatMap(PartiesYaml::read);
        if (header.isEmpty() || parties.isEmpty()) {
            readCalendarsAlone(f);
            return Optional.empty();
        }
        Currency currency = header.get().currency();
        Map<String, YamlNode> sections = new LinkedHashMap<>();
        TermsYaml.SECTIONS.stream().filter(f::containsKey).forEach(key -> sections.put(key, f.get(key)));
        List<ContractVersion> versions = new ArrayList<>();
        TermsYaml.read(sections, root, parties.get(), currency, true).ifPresent(terms -> versions.add(
                new ContractVersion(header.get().version(), header.get().effective().from(), "", terms)));
        if (f.containsKey("amendments")) {
            amended.firstLine = f.get("amendments").line();
            LocalDate previous = header.get().effective().from();
            for (YamlNode item : f.get("amendments").items()) {
                Map<String, YamlNode> a = item.entries(AMENDMENT_KEYS);
                if (!item.isMap()) {
                    continue;
                }
                Optional<String> version = Values.required(item, a, "version", "the amendment's version, such as \"1.1\"")
                        .flatMap(Values::words);
                Optional<LocalDate> from = Values.required(item, a, "from", "the first day it is in force, YYYY-MM-DD")
                        .flatMap(Values::date);
                if (from.isPresent() && !from.get().isAfter(previous)) {
                    a.get("from").fail("expected a date after " + previous + " (the start of the version before), found " + from.get());
                    from = Optional.empty();
                } else if (from.isPresent() && !header.get().effective().contains(from.get())) {
                    a.get("from").fail("expected a date within the contract's period, which ends "
                            + header.get().effective().to().orElseThrow() + "; found " + from.get());
                    from = Optional.empty();
                }
                TermsYaml.SECTIONS.stream().filter(a::containsKey).forEach(key -> sections.put(key, a.get(key)));
                int before = root.problems().list().size();
                Optional<ContractTerms> terms = TermsYaml.read(new LinkedHashMap<>(sections), item, parties.get(), currency, true);
                amended.ranges.add(new int[] {before, root.problems().list().size()});
                amended.labels.add("version " + version.orElse("?") + " from " + from.map(LocalDate::toString).orElse("?"));
                if (version.isPresent() && from.isPresent() && terms.isPresent()) {
                    previous = from.get();
                    versions.add(new ContractVersion(version.get(), from.get(), Values.textOr(a, "title", ""), terms.get()));
                }
            }
        }
        if (!root.problems().isEmpty()) {
            return Optional.empty();
        }
        return Values.build(root, () -> new Contract(header.get(), parties.get(), versions));
    }

    /** Without parties the terms cannot be checked; their calendars still can. */
    private static void readCalendarsAlone(Map<String, YamlNode> f) {
        if (f.containsKey("calendars")) {
            f.get("calendars").entries().forEach((name, node) -> CalendarYaml.read(node));
        }
    }

    private static Optional<ContractHeader> header(YamlNode node) {
        Map<String, YamlNode> f = node.entries(HEADER_KEYS);
        if (!node.isMap()) {
            return Optional.empty();
        }
        Optional<ContractId> id = Values.required(node, f, "id", "the contract's id, such as acme-northwind-msa")
                .flatMap(n -> Values.id(n, ContractId::new));
        Optional<String> title = Values.required(node, f, "title", "the contract's title").flatMap(Values::words);
        Optional<LocalDate> signed = Optional.ofNullable(f.get("signed")).flatMap(Values::date);
        Optional<EffectivePeriod> effective = Values.required(node, f, "effective", "{ from: YYYY-MM-DD, to: YYYY-MM-DD }")
                .flatMap(ContractYaml::effective);
        Optional<ZoneId> zone = Values.required(node, f, "zone", "the IANA zone its dates are in, such as America/New_York")
                .flatMap(ContractYaml::zone);
        Optional<Currency> currency = Values.required(node, f, "currency", "the ISO 4217 code of its amounts, such as USD")
                .flatMap(Values::currency);
        if (id.isEmpty() || title.isEmpty() || effective.isEmpty() || zone.isEmpty() || currency.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ContractHeader(id.get(), title.get(), Values.textOr(f, "version", ""), signed, effective.get(),
                zone.get(), currency.get()));
    }

    private static Optional<EffectivePeriod> effective(YamlNode node) {
        Map<String, YamlNode> f = node.entries(EFFECTIVE_KEYS);
        if (!node.isMap()) {
            return Optional.empty();
        }
        Optional<LocalDate> from = Values.required(node, f, "from", "the first day in force, YYYY-MM-DD").flatMap(Values::date);
        Optional<LocalDate> to = Optional.ofNullable(f.get("to")).flatMap(Values::date);
        if (from.isEmpty() || (f.containsKey("to") && to.isEmpty())) {
            return Optional.empty();
        }
        if (to.isPresent() && to.get().isBefore(from.get())) {
            return f.get("to").fail("expected a last day on or after " + from.get() + " (from), found " + to.get());
        }
        return Optional.of(new EffectivePeriod(from.get(), to));
    }

    private static Optional<ZoneId> zone(YamlNode node) {
        return node.text().flatMap(text -> {
            try {
                return Optional.of(ZoneId.of(text));
            } catch (java.time.DateTimeException e) {
                return node.fail("unknown time zone '" + text + "'; expected an IANA zone id such as America/New_York");
            }
        });
    }
}
