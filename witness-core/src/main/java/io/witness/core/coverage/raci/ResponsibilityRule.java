package io.witness.core.coverage.raci;

import io.witness.core.contract.Ownership;
import io.witness.core.contract.PartyId;
import io.witness.core.contract.Responsibility;
import io.witness.core.coverage.audit.AuditContext;
import io.witness.core.coverage.audit.FindingDraft;
import io.witness.core.coverage.audit.RuleOutcome;
import io.witness.core.coverage.audit.Words;
import io.witness.core.finding.Finding;
import io.witness.core.finding.FindingKind;
import io.witness.core.finding.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Incidents opened in the audited period whose area the responsibility matrix leaves without an owner.
 * An incident's area is the one its category is mapped to in the settings, else the area whose name is
 * its category, its subcategory or "category / subcategory" (ignoring case). An incident in no area is
 * unassigned; one in a shared area with more than one responsible party has no single owner.
 */
public final class ResponsibilityRule {

    public static final FindingKind UNASSIGNED = new FindingKind("raci-unassigned");
    public static final FindingKind SHARED_WITHOUT_OWNER = new FindingKind("raci-shared-no-owner");

    /** How many cases a finding names before it says how many more. */
    private static final int LISTED = 20;

    /**
     * What the rule found.
     *
     * @param outcome one finding per unowned category or area
     * @param incidents incidents opened in the period
     * @param unassigned of them, in no area
     * @param sharedWithoutOwner of them, in a shared area without a single responsible party
     */
    public record Result(RuleOutcome outcome, long incidents, long unassigned, long sharedWithoutOwner) {
    }

    private ResponsibilityRule() {
    }

    public static Result audit(AuditContext context, List<Incident> incidents) {
        Map<String, List<Incident>> unassigned = new LinkedHashMap<>();
        Map<Responsibility, List<Incident>> shared = new LinkedHashMap<>();
        long counted = 0;
        List<Incident> sorted = new ArrayList<>(incidents);
        sorted.sort(Comparator.comparing(Incident::openedAt).thenComparing(Incident::caseId));
        for (Incident incident : sorted) {
            if (incident.openedAt().isBefore(context.startOf(context.from())) || !incident.openedAt().isBefore(context.atInstant())) {
                continue;
            }
            counted++;
            Optional<Responsibility> area = areaOf(context, incident);
            if (area.isEmpty()) {
                String category = incident.category().isBlank() ? "(no category)" : incident.category();
                unassigned.computeIfAbsent(category, k -> new ArrayList<>()).add(incident);
            } else if (area.get().ownership() == Ownership.SHARED && area.get().responsible().size() > 1) {
                shared.computeIfAbsent(area.get(), k -> new ArrayList<>()).add(incident);
            }
        }
        List<Finding> findings = new ArrayList<>();
        List<String> areaNames = context.terms().responsibilities().stream().map(Responsibility::area).toList();
        unassigned.forEach((category, list) -> findings.add(unassigned(context, category, list, areaNames)));
        shared.forEach((area, list) -> findings.add(shared(context, area, list)));
        return new Result(RuleOutcome.of(findings), counted, unassigned.values().stream().mapToLong(List::size).sum(),
                shared.values().stream().mapToLong(List::size).sum());
    }

    private static Optional<Responsibility> areaOf(AuditContext context, Incident incident) {
        List<Responsibility> areas = context.terms().responsibilities();
        Optional<String> mapped = context.settings().areaOf(incident.category());
        if (mapped.isPresent()) {
            return areas.stream().filter(a -> a.area().equalsIgnoreCase(mapped.get())).findFirst();
        }
        String both = incident.category() + " / " + incident.subcategory();
        return areas.stream().filter(a -> a.area().equalsIgnoreCase(incident.category()) || a.area().equalsIgnoreCase(both)
                || (!incident.subcategory().isBlank() && a.area().equalsIgnoreCase(incident.subcategory()))).findFirst();
    }

    private static String cases(List<Incident> list) {
        List<String> ids = new ArrayList<>(list.stream().limit(LISTED).map(Incident::caseId).toList());
        if (list.size() > LISTED) {
            ids.add((list.size() - LISTED) + " more");
        }
        return Words.list(ids);
    }

    private static String span(AuditContext context, List<Incident> list) {
        String first = context.dateOf(list.get(0).openedAt()).toString();
        String last = context.dateOf(list.get(list.size() - 1).openedAt()).toString();
        return first.equals(last) ? "on " + first : "from " + first + " to " + last;
    }

    private static Finding unassigned(AuditContext context, String category, List<Incident> list, List<String> areas) {
        String mapped = context.settings().areaOf(category).isPresent() ? ", and the category map places it in none" : ", and no category map places it";
        FindingDraft draft = FindingDraft.of(UNASSIGNED, Words.slug(category.toLowerCase(Locale.ROOT))).severity(Severity.MEDIUM)
                .title(Words.count(list.size(), "incident") + " in category '" + category + "' " + (list.size() == 1 ? "falls" : "fall")
                        + " in no area of the responsibility matrix")
                .explanation("The responsibility matrix names " + Words.count(areas.size(), "area") + " (" + Words.list(areas) + "); none is '"
                        + category + "'" + mapped + ". " + Words.count(list.size(), "incident") + " opened " + span(context, list)
                        + " fell in it: " + cases(list) + ".")
                .at(list.get(list.size() - 1).openedAt());
        list.forEach(i -> draft.evidence(i.ref()));
        return draft.build();
    }

    private static Finding shared(AuditContext context, Responsibility area, List<Incident> list) {
        List<String> responsible = area.responsible().stream().map(PartyId::value).toList();
        FindingDraft draft = FindingDraft.of(SHARED_WITHOUT_OWNER, Words.slug(area.area().toLowerCase(Locale.ROOT))).severity(Severity.MEDIUM)
                .title(Words.count(list.size(), "incident") + " in '" + area.area() + "', shared by " + Words.list(responsible)
                        + " without a single responsible party")
                .explanation("The responsibility matrix makes '" + area.area() + "' shared: " + Words.list(responsible)
                        + (responsible.size() == 2 ? " are both" : " are all") + " responsible and " + area.accountable() + " is accountable" + (area.note().isEmpty() ? "" : " (" + area.note() + ")")
                        + ". " + Words.count(list.size(), "incident") + " opened " + span(context, list) + " fell in it: " + cases(list) + ".")
                .clause(area.section()).at(list.get(list.size() - 1).openedAt());
        list.forEach(i -> draft.evidence(i.ref()));
        return draft.build();
    }
}
