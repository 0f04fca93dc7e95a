package io.witness.core.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import io.witness.core.event.Side;
import io.witness.core.reconcile.Case;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Laws every KPI table obeys, over cases drawn at random. */
class KpiProperties {

    private static final KpiOptions OPTIONS = Scenarios.januaryAndFebruary(RandomCases.NOW);

    @Property(tries = 40)
    void everyRateLiesBetweenZeroAndOne(@ForAll long seed) {
        for (KpiRow row : table(RandomCases.draw(seed, 30)).rows()) {
            row.value().figure().ifPresent(figure -> {
                if (row.value() instanceof KpiValue.Rate) {
                    assertThat(figure).isBetween(0.0, 1.0);
                }
            });
        }
    }

    @Property(tries = 40)
    void theP90IsNeverBelowTheMedianNorTheMedianBelowTheSmallest(@ForAll long seed) {
        for (KpiRow row : table(RandomCases.draw(seed, 30)).rows()) {
            if (row.value() instanceof KpiValue.Times times && !times.isEmpty()) {
                assertThat(times.p90Millis()).isGreaterThanOrEqualTo(times.medianMillis());
                assertThat(times.meanMillis()).isLessThanOrEqualTo(times.p90Millis() * times.count());
            }
        }
    }

    @Property(tries = 40)
    void theOrderOfTheCasesChangesNothing(@ForAll long seed) {
        List<Case> cases = RandomCases.draw(seed, 30);
        List<CaseProfile> profiles = Scenarios.profiles(cases, OPTIONS);
        List<CaseProfile> shuffled = new ArrayList<>(profiles);
        Collections.shuffle(shuffled, new Random(seed));
        assertThat(Kpis.compute(shuffled, OPTIONS)).isEqualTo(Kpis.compute(profiles, OPTIONS));
    }

    @Property(tries = 40)
    void groupingTheProfilesInPartsChangesNothing(@ForAll long seed) {
        List<CaseProfile> profiles = Scenarios.profiles(RandomCases.draw(seed, 30), OPTIONS);
        KpiTable whole = Kpis.compute(ProfileGroups.of(profiles, OPTIONS.priorities(), OPTIONS.timelines(), 1), OPTIONS);
        for (int parts = 2; parts <= 5; parts++) {
            assertThat(Kpis.compute(ProfileGroups.of(profiles, OPTIONS.priorities(), OPTIONS.timelines(), parts), OPTIONS))
                    .as("%d parts", parts).isEqualTo(whole);
        }
    }

    @Property(tries = 40)
    void everyCaseOpenedInThePeriodsIsCountedOnceByCategoryAndByPriority(@ForAll long seed) {
        List<Case> cases = RandomCases.draw(seed, 30);
        KpiTable table = table(cases);
        long total = sum(table, KpiId.VOLUME, "all", "");
        long byCategory = table.rows(Side.WITNESS).stream()
                .filter(r -> r.kpi() == KpiId.VOLUME_BY_CATEGORY && r.priority().isEmpty())
                .mapToLong(r -> ((KpiValue.Count) r.value()).count()).sum();
        long byPriority = table.rows(Side.WITNESS).stream()
                .filter(r -> r.kpi() == KpiId.VOLUME && r.priority().isPresent())
                .mapToLong(r -> ((KpiValue.Count) r.value()).count()).sum();
        assertThat(total).isEqualTo(cases.size());
        assertThat(byCategory).isEqualTo(total);
        assertThat(byPriority).isEqualTo(total);
    }

    @Property(tries = 40)
    void aRepeatWithinThirtyDaysIsARepeatWithinSixty(@ForAll long seed) {
        KpiTable table = table(RandomCases.draw(seed, 30));
        for (KpiRow row : table.rows(Side.WITNESS)) {
            if (row.kpi() == KpiId.REPEAT_CI_30D || row.kpi() == KpiId.REPEAT_CATEGORY_30D) {
                KpiId sixty = row.kpi() == KpiId.REPEAT_CI_30D ? KpiId.REPEAT_CI_60D : KpiId.REPEAT_CATEGORY_60D;
                KpiValue.Rate thirty = (KpiValue.Rate) row.value();
                KpiValue.Rate longer = (KpiValue.Rate) table.find(row.provider(), row.timeline(), row.period(), sixty,
                        row.priority(), row.dimension()).orElseThrow().value();
                assertThat(longer.denominator()).isEqualTo(thirty.denominator());
                assertThat(longer.numerator()).isGreaterThanOrEqualTo(thirty.numerator());
            }
        }
    }

    private static long sum(KpiTable table, KpiId kpi, String priority, String dimension) {
        return table.rows(Side.WITNESS).stream().filter(r -> r.kpi() == kpi && r.priorityLabel().equals(priority)
                && r.dimension().equals(dimension)).mapToLong(r -> ((KpiValue.Count) r.value()).count()).sum();
    }

    private static KpiTable table(List<Case> cases) {
        return Kpis.compute(Scenarios.profiles(cases, OPTIONS), OPTIONS);
    }
}
