package io.witness.core.pattern;

import io.witness.core.contract.PartyId;
import io.witness.core.kpi.CaseProfile;
import io.witness.core.kpi.ProviderRules;
import io.witness.core.kpi.ReportingPeriods;
import java.util.List;

/**
 * The cases a provider's patterns read: its profiles on one timeline, those opened in the periods' span
 * {@code [fromMillis, toMillis)}, with the zone and rules that place them in time.
 */
record CaseSet(PartyId provider, List<CaseProfile> all, List<CaseProfile> opened, ReportingPeriods periods,
        ProviderRules rules, long fromMillis, long toMillis) {
}
