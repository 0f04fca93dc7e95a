package io.witness.core.contract;

import io.witness.core.input.YamlNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code obligations}: per provider, a list of non-ticket obligations, each with {@code id},
 * {@code kind}, {@code section}, {@code evidence}, an optional {@code description} and the keys of its
 * kind ({@link #KIND_KEYS}); a key of another kind is an error.
 */
final class ObligationsYaml {

    static final List<String> COMMON_KEYS = List.of("id", "kind", "section", "description", "evidence");
    /** Per kind, its own keys; the required ones first, as {@link #REQUIRED} counts. */
    static final Map<String, List<String>> KIND_KEYS = kindKeys();
    static final Map<String, Integer> REQUIRED = Map.of("monthly_report", 1, "qbr", 0, "restore_test", 2, "patching", 2,
            "backup_scope", 2, "preventive_maintenance", 2, "documentation_review", 1, "security_baseline_review", 1);

    private ObligationsYaml() {
    }

    private static Map<String, List<String>> kindKeys() {
        Map<String, List<String>> keys = new LinkedHashMap<>();
        keys.put("monthly_report", List.of("due_day"));
        keys.put("qbr", List.of("cadence"));
        keys.put("restore_test", List.of("every_days", "systems"));
        keys.put("patching", List.of("severity", "within_days", "systems"));
        keys.put("backup_scope", List.of("systems", "cadence", "retention_days"));
        keys.put("preventive_maintenance", List.of("task", "cadence", "systems"));
        keys.put("documentation_review", List.of("cadence"));
        keys.put("security_baseline_review", List.of("cadence", "baseline"));
        return java.util.Collections.unmodifiableMap(keys);
    }

    /** Every key an obligation may have. */
    static List<String> allKeys() {
        List<String> all = new ArrayList<>(COMMON_KEYS);
        KIND_KEYS.values().forEach(keys -> keys.stream().filter(k -> !all.contains(k)).forEach(all::add));
        return all;
    }

    static Map<PartyId, List<Obligation>> read(YamlNode node, Scope scope) {
        Map<PartyId, List<Obligation>> obligations = new LinkedHashMap<>();
        node.entries().forEach((providerName, list) -> {
            Optional<PartyId> provider = scope.provider(list, providerName);
            List<Obligation> read = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            for (YamlNode item : list.items()) {
                obligation(item, scope, ids).ifPresent(read::add);
            }
            provider.ifPresent(p -> obligations.put(p, read));
        });
        return obligations;
    }

    private static Optional<Obligation> obligation(YamlNode node, Scope scope, Set<String> ids) {
        Map<String, YamlNode> f = node.entries(allKeys());
        if (!node.isMap()) {
            return Optional.empty();
        }
        Optional<ObligationId> id = Values.required(node, f, "id", "the obligation's id, such as monthly-report")
                .flatMap(n -> Values.id(n, ObligationId::new));
        if (id.isPresent() && !ids.add(id.get().value())) {
            f.get("id").fail("obligation id '" + id.get() + "' is used twice");
        }
        Optional<String> kind = Values.required(node, f, "kind", "one of " + String.join(", ", KIND_KEYS.keySet()))
                .flatMap(k -> k.text().flatMap(text -> KIND_KEYS.containsKey(text) ? Optional.of(text)
                        : k.fail("expected one of " + String.join(", ", KIND_KEYS.keySet()) + "; found '" + text + "'")));
        Optional<ClauseRef> section = Values.section(node, f);
        Optional<EvidenceKind> evidence = Values.required(node, f, "evidence", "the evidence that proves it, such as report_received")
                .flatMap(e -> Values.choice(e, EvidenceKind.class, EvidenceKind::wireName));
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        List<String> own = KIND_KEYS.get(kind.get());
        f.forEach((key, value) -> {
            if (!COMMON_KEYS.contains(key) && !own.contains(key)) {
                value.fail("key '" + key + "' does not apply to a " + kind.get() + "; its own keys are: " + String.join(", ", own));
            }
        });
        for (String key : own.subList(0, REQUIRED.get(kind.get()))) {
            if (!f.containsKey(key)) {
                node.fail("a " + kind.get() + " needs '" + key + "'");
            }
        }
        Optional<ObligationTerms> terms = terms(kind.get(), node, f, scope);
        if (id.isEmpty() || section.isEmpty() || evidence.isEmpty() || terms.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Obligation(id.get(), section.get(), Values.textOr(f, "description", ""), evidence.get(),
                terms.get()));
    }

    private static Optional<ObligationTerms> terms(String kind, YamlNode node, Map<String, YamlNode> f, Scope scope) {
        Optional<Cadence> cadence = Optional.ofNullable(f.get("cadence"))
                .flatMap(c -> Values.choice(c, Cadence.class, Cadence::wireName));
        List<AssetId> systems = f.containsKey("systems") ? scope.assets(f.get("systems")) : List.of();
        return switch (kind) {
            case "monthly_report" -> get(f, "due_day").flatMap(n -> Values.count(n, 1, 28)).map(ObligationTerms.MonthlyReport::new);
            case "qbr" -> Optional.of(new ObligationTerms.BusinessReview(cadence.orElse(Cadence.QUARTERLY)));
            case "restore_test" -> get(f, "every_days").flatMap(n -> Values.atLeast(n, 1)).flatMap(days ->
                    nonEmpty(f, "systems", systems).map(s -> new ObligationTerms.RestoreTest(days, s)));
            case "patching" -> {
                Optional<PatchSeverity> severity = get(f, "severity")
                        .flatMap(s -> Values.choice(s, PatchSeverity.class, PatchSeverity::wireName));
                Optional<Integer> within = get(f, "within_days").flatMap(n -> Values.atLeast(n, 1));
                yield severity.isEmpty() || within.isEmpty() ? Optional.empty()
                        : Optional.of(new ObligationTerms.Patching(severity.get(), within.get(), systems));
            }
            case "backup_scope" -> {
                Optional<Integer> retention = get(f, "retention_days").flatMap(n -> Values.atLeast(n, 1));
                yield cadence.isEmpty() || nonEmpty(f, "systems", systems).isEmpty() ? Optional.empty()
                        : Optional.of(new ObligationTerms.BackupScope(systems, cadence.get(), retention));
            }
            case "preventive_maintenance" -> get(f, "task").flatMap(Values::words).flatMap(task ->
                    cadence.map(c -> new ObligationTerms.PreventiveMaintenance(task, c, systems)));
            case "documentation_review" -> cadence.map(ObligationTerms.DocumentationReview::new);
            default -> cadence.map(c -> new ObligationTerms.SecurityBaselineReview(c, Values.textOr(f, "baseline", "")));
        };
    }

    private static Optional<YamlNode> get(Map<String, YamlNode> f, String key) {
        return Optional.ofNullable(f.get(key));
    }

    private static Optional<List<AssetId>> nonEmpty(Map<String, YamlNode> f, String key, List<AssetId> systems) {
        if (f.containsKey(key) && f.get(key).isList() && f.get(key).items().isEmpty()) {
            return f.get(key).fail("expected at least one asset id");
        }
        return systems.isEmpty() ? Optional.empty() : Optional.of(systems);
    }
}
