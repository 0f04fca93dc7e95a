package io.witness.core.audit;

import io.witness.core.credit.MeasuredClock;
import io.witness.core.kpi.CaseProfile;
import io.witness.core.register.GapRecord;
import java.util.List;
import java.util.Objects;

/**
 * One case's parts of the stages after reconciliation, made in the task that reconciled it while its events and
 * clocks were in cache: the register's entries of its findings, annotated; its KPI profiles; its witnessed clocks
 * as credits count them. The later stages only put the cases' parts together, in the cases' order. Immutable: the
 * lists are the ones the audit made for this case alone, kept as made (not copied) to allocate nothing more a case.
 *
 * @param gaps the register's entries of its findings (empty without findings), in the findings' order
 * @param profiles its KPI profiles, a timeline each that it has, in the KPI options' order
 * @param measured its witnessed clocks with their provider, in the clocks' order
 */
public record CaseParts(List<GapRecord> gaps, List<CaseProfile> profiles, List<MeasuredClock> measured) {

    public CaseParts {
        Objects.requireNonNull(gaps, "gaps");
        Objects.requireNonNull(profiles, "profiles");
        Objects.requireNonNull(measured, "measured");
    }
}
