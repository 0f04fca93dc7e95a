package io.witness.app.contract.cli;

import io.witness.core.clock.ClockDefinition;
import io.witness.core.clock.Term;
import io.witness.core.contract.Contract;
import io.witness.core.contract.ContractHeader;
import io.witness.core.contract.ContractTerms;
import io.witness.core.contract.ContractVersion;
import io.witness.core.contract.ContractYamlWriter;
import io.witness.core.contract.CreditSchedule;
import io.witness.core.contract.Obligation;
import io.witness.core.contract.Party;
import io.witness.core.contract.PartyId;
import io.witness.core.contract.Pricing;
import io.witness.core.contract.PriceUnit;
import io.witness.core.contract.PriorityLevel;
import io.witness.core.contract.Responsibility;
import io.witness.core.event.Priority;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A contract's terms as a person reads them: parties and period, versions, and for each provider a
 * table of targets per priority and metric (with calendar and section), credits, obligations and
 * pricing; then the responsibility matrix and the business-impact defaults: the terms as signed, then for
 * each amendment the sections it replaces, as they read from its date.
 */
final class ContractSummary {

    /** The sections of terms that are kept per provider. */
    private static final List<String> PROVIDER_SECTIONS = List.of("sla", "credits", "obligations", "pricing");

    private ContractSummary() {
    }

    static String of(Contract contract, String file) {
        StringBuilder out = new StringBuilder();
        ContractTerms terms = contract.firstTerms();
        if (contract.isClocksOnly()) {
            out.append(file).append(": a clocks-only contract (no parties): ").append(contract.clocks().size())
                    .append(" clocks, ").append(terms.calendars().size()).append(" calendars\n\n");
            sla(out, terms, contract.clocks());
            return out.toString();
        }
        ContractHeader h = contract.header();
        out.append(h.title()).append(" (").append(h.id()).append(")")
                .append(h.version().isEmpty() ? "" : ", version " + h.version())
                .append(h.signed().map(d -> ", signed " + d).orElse("")).append('\n');
        out.append("In force from ").append(h.effective().from())
                .append(h.effective().to().map(to -> " to " + to).orElse(" until terminated"))
                .append("; dates in ").append(h.zone()).append(", amounts in ").append(h.currency().getCurrencyCode()).append('\n');
        out.append("Client: ").append(party(contract.parties().client())).append('\n');
        for (Party provider : contract.parties().providers()) {
            out.append("Provider: ").append(party(provider)).append('\n');
        }
        List<ContractVersion> versions = contract.versions();
        List<List<String>> replaced = new ArrayList<>(List.of(List.of()));
        for (int v = 1; v < versions.size(); v++) {
            ContractVersion version = versions.get(v);
            replaced.add(ContractYamlWriter.sectionsChanged(versions.get(v - 1).terms(), version.terms()));
            out.append("Amendment ").append(version.version()).append(" from ").append(version.from())
                    .append(version.title().isEmpty() ? "" : ": " + version.title()).append("; replaces ")
                    .append(String.join(", ", replaced.get(v))).append('\n');
        }
        out.append('\n').append(versions.size() > 1 ? "Terms as signed (version " + versions.get(0).version() + "):\n\n" : "");
        terms(out, contract, terms, section -> true);
        for (int v = 1; v < versions.size(); v++) {
            ContractVersion version = versions.get(v);
            List<String> sections = replaced.get(v);
            out.append("Terms as amended by version ").append(version.version()).append(" from ").append(version.from())
                    .append(" (").append(String.join(", ", sections)).append(" replaced; the rest as before):\n\n");
            terms(out, contract, version.terms(), sections::contains);
        }
        int clocks = terms.sla().values().stream().mapToInt(List::size).sum();
        int obligations = terms.obligations().values().stream().mapToInt(List::size).sum();
        out.append(file).append(": valid; ").append(count(versions.size(), "version")).append(", ")
                .append(count(contract.parties().providers().size(), "provider")).append(", ").append(count(clocks, "clock"))
                .append(", ").append(count(obligations, "obligation")).append('\n');
        return out.toString();
    }

    /** The sections of one version's terms that {@code shown} names (by their key in the file), in the file's order. */
    private static void terms(StringBuilder out, Contract contract, ContractTerms terms, Predicate<String> shown) {
        boolean general = false;
        if (shown.test("assets") && !terms.assets().isEmpty()) {
            out.append("Assets: ").append(terms.assets().stream().map(a -> a.id().value()).collect(Collectors.joining(", "))).append('\n');
            general = true;
        }
        if (shown.test("priorities")) {
            out.append("Priorities: ").append(terms.priorities().stream().map(ContractSummary::level).collect(Collectors.joining("; ")))
                    .append('\n');
            general = true;
        }
        if (shown.test("calendars")) {
            out.append("Calendars: ").append(String.join(", ", terms.calendars().keySet())).append('\n');
            general = true;
        }
        if (shown.test("priority_maps") || shown.test("status_classes")) {
            out.append("Maps: ").append(maps(terms)).append('\n');
            general = true;
        }
        out.append(general ? "\n" : "");
        if (PROVIDER_SECTIONS.stream().anyMatch(shown)) {
            for (Party provider : contract.parties().providers()) {
                provider(out, terms, provider.id(), shown);
            }
        }
        if (shown.test("responsibilities")) {
            raci(out, terms.responsibilities());
        }
        if (shown.test("business_impact")) {
            terms.businessImpact().ifPresent(impact -> out.append("Business impact: ").append(impact.hourlyCostPerEmployee())
                    .append(" an employee-hour").append(impact.employees().map(n -> ", " + n + " employees").orElse(""))
                    .append(impact.revenuePerHour().isEmpty() ? "" : "; revenue an hour: " + impact.revenuePerHour().entrySet().stream()
                            .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")))
                    .append("\n\n"));
        }
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String party(Party party) {
        return party.name() + " (" + party.id() + ")" + (party.role().isEmpty() ? "" : ", " + party.role())
                + (party.sources().isEmpty() ? "" : "; sources: " + party.sources().stream()
                        .map(s -> s.id() + " (" + s.kind().wireName() + ")").collect(Collectors.joining(", ")));
    }

    private static String level(PriorityLevel level) {
        return level.code() + (level.name().isEmpty() ? "" : " " + level.name());
    }

    private static String maps(ContractTerms terms) {
        List<String> parts = new ArrayList<>();
        terms.statusClasses().forEach((source, map) -> parts.add(source + " " + map.size() + " statuses"));
        terms.priorityMaps().forEach((source, map) -> parts.add(source + " priorities"));
        return parts.isEmpty() ? "none" : String.join(", ", parts);
    }

    private static void provider(StringBuilder out, ContractTerms terms, PartyId provider, Predicate<String> shown) {
        out.append("== ").append(provider).append(" ==\n");
        List<ClockDefinition> clocks = terms.clocksFor(provider);
        if (shown.test("sla") && clocks.isEmpty()) {
            out.append("No SLA clocks.\n");
        } else if (shown.test("sla")) {
            sla(out, terms, clocks);
        }
        Optional.ofNullable(terms.credits().get(provider)).filter(c -> shown.test("credits")).ifPresent(c -> credits(out, c));
        List<Obligation> obligations = shown.test("obligations") ? terms.obligations().getOrDefault(provider, List.of()) : List.of();
        if (!obligations.isEmpty()) {
            out.append("Obligations:\n");
            for (Obligation o : obligations) {
                out.append(TermsText.row(List.of(o.section().text(), o.id().value(), TermsText.obligation(o),
                        "evidence: " + o.evidence().wireName()), List.of(10, 20, 62)));
            }
        }
        Optional.ofNullable(terms.pricing().get(provider)).filter(p -> shown.test("pricing")).ifPresent(p -> pricing(out, p));
        out.append('\n');
    }

    private static void sla(StringBuilder out, ContractTerms terms, List<ClockDefinition> clocks) {
        List<Priority> priorities = new ArrayList<>(terms.priorities().stream().map(PriorityLevel::code).toList());
        clocks.forEach(c -> c.terms().keySet().stream().filter(p -> !priorities.contains(p)).sorted(
                java.util.Comparator.comparing(Priority::code)).forEach(priorities::add));
        List<String> header = new ArrayList<>(List.of("priority"));
        clocks.forEach(c -> header.add(c.name() + (c.section().isEmpty() ? "" : " (" + c.section() + ")")));
        List<List<String>> rows = new ArrayList<>();
        for (Priority priority : priorities) {
            List<String> row = new ArrayList<>(List.of(priority.code()));
            for (ClockDefinition clock : clocks) {
                row.add(clock.termFor(Optional.of(priority)).map(ContractSummary::term).orElse("-"));
            }
            rows.add(row);
        }
        List<Integer> widths = new ArrayList<>();
        for (int column = 0; column < header.size(); column++) {
            int widest = header.get(column).length();
            for (List<String> row : rows) {
                widest = Math.max(widest, row.get(column).length());
            }
            widths.add(widest + 2);
        }
        out.append("SLA targets (target, calendar):\n").append(TermsText.row(header, widths));
        rows.forEach(row -> out.append(TermsText.row(row, widths)));
        boolean defaults = clocks.stream().anyMatch(c -> c.defaultTerm().isPresent());
        if (defaults && priorities.isEmpty()) {
            List<String> row = new ArrayList<>(List.of("any"));
            clocks.forEach(c -> row.add(c.defaultTerm().map(ContractSummary::term).orElse("-")));
            out.append(TermsText.row(row, widths));
        }
        out.append("  warnings: ").append(clocks.stream().map(c -> c.name() + " " + TermsText.warning(c.warning()))
                .collect(Collectors.joining(", "))).append('\n');
    }

    private static String term(Term term) {
        return TermsText.target(term.target()) + ", " + term.calendarName();
    }

    private static void credits(StringBuilder out, CreditSchedule credits) {
        out.append("Credits (").append(credits.section()).append(", ").append(credits.period().wireName()).append("):\n");
        credits.attainment().forEach(a -> out.append("  ").append(TermsText.attainment(a)).append('\n'));
        credits.perBreach().forEach(b -> out.append("  ").append(TermsText.breach(b)).append('\n'));
        List<String> caps = new ArrayList<>();
        credits.caps().perMonth().ifPresent(c -> caps.add(TermsText.credit(c) + " a month"));
        credits.caps().perYear().ifPresent(c -> caps.add((c.toString().endsWith("monthly fee") ? c.toString().replace("monthly fee",
                "year's fees") : c.toString()) + " a year"));
        if (!caps.isEmpty()) {
            out.append("  capped at ").append(String.join("; ", caps)).append('\n');
        }
        credits.claimWithinDays().ifPresent(d -> out.append("  claimed within ").append(d).append(" days\n"));
        credits.chronicFailure().ifPresent(c -> out.append("  chronic failure (").append(c.section()).append("): ")
                .append(c.consecutivePeriods()).append(" periods in a row: ").append(c.remedy()).append('\n'));
    }

    private static void pricing(StringBuilder out, Pricing pricing) {
        out.append("Pricing").append(pricing.section().map(s -> " (" + s + ")").orElse("")).append(": ")
                .append(pricing.monthlyFee()).append(" a month")
                .append(pricing.annualIncreaseCap().map(c -> ", rising at most " + c + " a year").orElse("")).append('\n');
        pricing.lines().forEach(l -> out.append("  ").append(l.item()).append(": ")
                .append(l.quantity().map(q -> q + " x ").orElse("")).append(l.price()).append(per(l.unit()))
                .append('\n'));
        pricing.included().forEach(i -> out.append("  included: ").append(i).append('\n'));
        pricing.excluded().forEach(e -> out.append("  excluded: ").append(e.item())
                .append(e.rate().map(r -> ", " + r + per(e.per().orElseThrow())).orElse(""))
                .append(e.note().isEmpty() ? "" : " (" + e.note() + ")").append('\n'));
    }

    private static String per(PriceUnit unit) {
        return unit == PriceUnit.EACH ? " each" : " per " + unit.wireName();
    }

    private static void raci(StringBuilder out, List<Responsibility> rows) {
        if (rows.isEmpty()) {
            return;
        }
        List<Integer> widths = List.of(32, 10, 22, 14, 22);
        out.append("Responsibilities (RACI):\n")
                .append(TermsText.row(List.of("area", "owner", "responsible", "accountable", "consulted", "informed"), widths));
        for (Responsibility r : rows) {
            out.append(TermsText.row(List.of(r.area(), r.ownership().wireName(), TermsText.ids(r.responsible()),
                    r.accountable().value(), dash(TermsText.ids(r.consulted())), dash(TermsText.ids(r.informed()))), widths));
        }
        out.append('\n');
    }

    private static String dash(String text) {
        return text.isEmpty() ? "-" : text;
    }
}
