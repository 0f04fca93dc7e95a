package io.witness.core.pattern;

import io.witness.core.contract.PartyId;
import io.witness.core.kpi.Values;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where failures concentrate: per service area (the case's category), the cases opened in the periods
 * and those with a breached clock, the area with the most breached cases, and the fewest areas that hold
 * at least 80% of them (docs/kpis.md, "Concentration of failures"). Immutable.
 *
 * @param provider the provider
 * @param areas each area, most breached cases first (then most cases, then A to Z)
 */
public record FailureConcentration(PartyId provider, List<Area> areas) implements Pattern {

    /** The share of breached cases the fewest areas must hold. */
    public static final double PARETO_SHARE = 0.8;

    /** The area of a case without a category. */
    public static final String NO_AREA = "(no category)";

    /**
     * One service area.
     *
     * @param name the category
     * @param cases its cases
     * @param breached those with a breached clock, at most {@code cases}
     */
    public record Area(String name, long cases, long breached) {
        public Area {
            Objects.requireNonNull(name, "name");
            if (breached < 0 || breached > cases) {
                throw new IllegalArgumentException("An area's breached cases are 0 to its cases, got " + breached + " of "
                        + cases);
            }
        }
    }

    public FailureConcentration {
        Objects.requireNonNull(provider, "provider");
        areas = List.copyOf(areas);
        if (areas.isEmpty()) {
            throw new IllegalArgumentException("A concentration of failures needs at least one area");
        }
    }

    /** The concentration among the cases opened in the periods; empty when none opened. */
    static Optional<FailureConcentration> of(CaseSet set) {
        // Cases and breached cases by category number; those without a category last.
        Values categories = set.group().categories();
        long[] cases = new long[categories.size() + 1];
        long[] breached = new long[categories.size() + 1];
        for (int i = 0, n = set.opened().size(); i < n; i++) {
            int category = set.category(i);
            int area = category == Values.NONE ? categories.size() : category;
            cases[area]++;
            if (set.group().breached(set.openedFrom() + i)) {
                breached[area]++;
            }
        }
        // By name: a category that is called as the area of none is counted with it.
        Map<String, long[]> byArea = new HashMap<>();
        for (int area = 0; area < cases.length; area++) {
            if (cases[area] > 0) {
                long[] counts = byArea.computeIfAbsent(area == categories.size() ? NO_AREA : categories.name(area),
                        name -> new long[2]);
                counts[0] += cases[area];
                counts[1] += breached[area];
            }
        }
        if (byArea.isEmpty()) {
            return Optional.empty();
        }
        List<Area> areas = new ArrayList<>();
        byArea.forEach((name, counts) -> areas.add(new Area(name, counts[0], counts[1])));
        areas.sort(Comparator.comparingLong(Area::breached).reversed().thenComparing(Comparator.comparingLong(Area::cases)
                .reversed()).thenComparing(Area::name));
        return Optional.of(new FailureConcentration(set.provider(), areas));
    }

    public long cases() {
        return areas.stream().mapToLong(Area::cases).sum();
    }

    public long breached() {
        return areas.stream().mapToLong(Area::breached).sum();
    }

    /** The fewest areas, most breached first, that hold at least 80% of the breached cases; empty without any. */
    public List<Area> pareto() {
        long breached = breached();
        List<Area> few = new ArrayList<>();
        long held = 0;
        for (Area area : areas) {
            if (breached == 0 || held >= PARETO_SHARE * breached) {
                break;
            }
            few.add(area);
            held += area.breached();
        }
        return few;
    }

    /**
     * {@code SLA breaches concentrate in Email: 5 of 8 breached cases (62.5%), against 3 of 9 cases (33.3%);
     * 2 of 4 categories (Email and Network) hold 7 of the 8 (87.5%).}
     */
    @Override
    public String sentence() {
        long cases = cases();
        long breached = breached();
        if (breached == 0) {
            return "None of the " + Words.cases(cases) + " breached a clock: there is no concentration of failures.";
        }
        Area top = areas.get(0);
        if (areas.size() == 1) {
            return top.name().equals(NO_AREA)
                    ? "No case has a category, so breaches cannot be placed in a service area: " + breached + " of "
                            + Words.cases(cases) + " (" + Words.percent(breached, cases) + ") breached a clock."
                    : "Every case is in " + top.name() + ": " + breached + " of " + Words.cases(cases) + " ("
                            + Words.percent(breached, cases) + ") breached a clock.";
        }
        List<Area> few = pareto();
        long held = few.stream().mapToLong(Area::breached).sum();
        return "SLA breaches concentrate in " + top.name() + ": " + top.breached() + " of " + breached
                + " breached cases (" + Words.percent(top.breached(), breached) + "), against " + top.cases() + " of "
                + Words.cases(cases) + " (" + Words.percent(top.cases(), cases) + "); " + few.size() + " of "
                + areas.size() + (areas.size() == 1 ? " category" : " categories") + " ("
                + Words.and(few.stream().map(Area::name).toList()) + (few.size() == 1 ? ") holds " : ") hold ") + held + " of the " + breached + " ("
                + Words.percent(held, breached) + ").";
    }
}
