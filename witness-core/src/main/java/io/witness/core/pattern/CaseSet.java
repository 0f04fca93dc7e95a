package io.witness.core.pattern;

import io.witness.core.contract.PartyId;
import io.witness.core.kpi.CaseProfile;
import io.witness.core.kpi.ProfileGroups;
import io.witness.core.kpi.ProviderRules;
import io.witness.core.kpi.ReportingPeriods;
import java.util.List;

/**
 * The cases a provider's patterns read: its profiles on one timeline by opening, those opened in the periods'
 * span {@code [fromMillis, toMillis)} (the run of them from {@code openedFrom}), with the zone and rules that
 * place them in time, and the group that holds their openings.
 */
record CaseSet(PartyId provider, List<CaseProfile> all, List<CaseProfile> opened, ReportingPeriods periods,
        ProviderRules rules, long fromMillis, long toMillis, ProfileGroups.Group group, int openedFrom) {

    /** The opening of the {@code i}-th case of {@link #opened()}, without reading its profile. */
    long openedAt(int i) {
        return group.openedAt(openedFrom + i);
    }

    /** The number of the {@code i}-th opened case's category among the group's categories, or Values.NONE. */
    int category(int i) {
        return group.category(openedFrom + i);
    }

    /** The number of the {@code i}-th opened case's title key among the group's title keys, or Values.NONE. */
    int title(int i) {
        return group.title(openedFrom + i);
    }

    /** The number of the {@code i}-th opened case's configuration item among the group's items, or Values.NONE. */
    int item(int i) {
        return group.item(openedFrom + i);
    }

    /** Local times in the periods' zone, worked out for the span. */
    LocalMillis localMillis() {
        return LocalMillis.of(periods.zone().getRules(), fromMillis, toMillis);
    }
}
