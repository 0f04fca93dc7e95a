package io.witness.app.report;

import io.witness.core.contract.PartyId;
import io.witness.core.event.Side;
import io.witness.core.kpi.KpiId;
import io.witness.core.kpi.KpiRow;
import io.witness.core.kpi.ReportingPeriod;
import io.witness.core.reconcile.CaseReport;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The figures of one month or quarter that the monthly report, the QBR pack and the renewal brief read
 * from the audit's results, never computed another way: compliance rows of the months, the KPI table's
 * totals on the witnessed timeline (cases opened, backlog) and the instants that fall in the months.
 */
final class PeriodFigures {

    private final AuditReport report;
    private final ZoneId zone;
    private final Map<String, KpiRow> totals = new HashMap<>();

    PeriodFigures(AuditReport report) {
        this.report = report;
        this.zone = report.facts().contract().header().zone();
        for (KpiRow row : report.facts().kpis().rows(Side.WITNESS)) {
            if (row.priority().isEmpty() && row.dimension().isEmpty()) {
                totals.put(key(row.provider(), row.period(), row.kpi()), row);
            }
        }
    }

    private static String key(PartyId provider, ReportingPeriod period, KpiId kpi) {
        return provider.value() + "\u0000" + period + "\u0000" + kpi.wireName();
    }

    ZoneId zone() {
        return zone;
    }

    /** The compliance rows of the months from {@code from} to {@code to}, both included. */
    List<ComplianceRow> compliance(YearMonth from, YearMonth to) {
        List<ComplianceRow> rows = new ArrayList<>();
        for (ComplianceRow row : report.compliance()) {
            if (!row.month().isBefore(from) && !row.month().isAfter(to)) {
                rows.add(row);
            }
        }
        return rows;
    }

    /** Clocks counted and met over the rows: {@code {counted, met}}. */
    static long[] tally(List<ComplianceRow> rows) {
        long[] t = new long[2];
        for (ComplianceRow row : rows) {
            t[0] += row.counted();
            t[1] += row.met();
        }
        return t;
    }

    /** The ids of the breach findings of the rows, in row order. */
    static List<String> breaches(List<ComplianceRow> rows) {
        List<String> ids = new ArrayList<>();
        rows.forEach(r -> ids.addAll(r.breachFindings()));
        return ids;
    }

    /** The KPI's total on the witnessed timeline for the provider and month, when the KPI table has one. */
    Optional<KpiRow> kpi(PartyId provider, YearMonth month, KpiId kpi) {
        return Optional.ofNullable(totals.get(key(provider, ReportingPeriod.month(month), kpi)));
    }

    /** The KPI's count, when the KPI table has one for the month. */
    Optional<Long> count(PartyId provider, YearMonth month, KpiId kpi) {
        return kpi(provider, month, kpi).map(r -> (long) r.value().figure().orElse(0));
    }

    /**
     * The backlog when the month began: the KPI table's backlog at the end of the month before, or 0 when no
     * case of the provider opened before the month.
     */
    Optional<Long> backlogBefore(PartyId provider, YearMonth month) {
        Optional<Long> before = count(provider, month.minusMonths(1), KpiId.BACKLOG);
        if (before.isPresent()) {
            return before;
        }
        Instant start = month.atDay(1).atStartOfDay(zone).toInstant();
        for (CaseReport r : report.facts().reports()) {
            if (r.theCase().provider().equals(provider) && r.theCase().openedAt().isBefore(start)) {
                return Optional.empty();
            }
        }
        return Optional.of(0L);
    }

    /** Whether the instant falls in the months from {@code from} to {@code to} in the contract's zone. */
    boolean in(Instant at, YearMonth from, YearMonth to) {
        YearMonth month = YearMonth.from(at.atZone(zone));
        return !month.isBefore(from) && !month.isAfter(to);
    }

    /** Whether the date falls in the months. */
    static boolean in(LocalDate date, YearMonth from, YearMonth to) {
        YearMonth month = YearMonth.from(date);
        return !month.isBefore(from) && !month.isAfter(to);
    }
}
