package io.witness.sources.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import io.witness.core.contract.Contract;
import io.witness.core.contract.ContractYaml;
import io.witness.core.contract.PartyId;
import io.witness.core.event.CaseId;
import io.witness.core.event.Side;
import io.witness.core.event.TicketEvent;
import io.witness.core.kpi.CaseProfile;
import io.witness.core.kpi.CaseProfiles;
import io.witness.core.kpi.KpiId;
import io.witness.core.kpi.KpiOptions;
import io.witness.core.kpi.KpiRow;
import io.witness.core.kpi.KpiTable;
import io.witness.core.kpi.KpiValue;
import io.witness.core.kpi.Kpis;
import io.witness.core.kpi.ReportingPeriod;
import io.witness.core.kpi.ReportingPeriods;
import io.witness.core.reconcile.Case;
import io.witness.core.reconcile.Correlation;
import io.witness.core.reconcile.ReconcileRules;
import io.witness.core.reconcile.Reconciler;
import io.witness.core.reconcile.Tickets;
import io.witness.ledger.chain.ObservationDraft;
import io.witness.ledger.chain.SourceRef;
import io.witness.ledger.chain.TenantId;
import io.witness.sources.format.ImportContext;
import io.witness.sources.format.ImportFile;
import io.witness.sources.format.ParsedFile;
import io.witness.sources.servicenow.eventlog.EventLogFormat;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The KPIs of the real UCI ServiceNow incident event log (141,712 updates of 24,918 incidents, times in
 * America/Sao_Paulo), read through the {@code servicenow-eventlog} format (parse, then normalise each
 * incident, no ledger), correlated and clocked as reconcile does, and checked against {@link UciLog}, a
 * plain reading of the same file: volume per month, volume by category and the reopen rate over every
 * incident, and the time to resolve of five incidents worked out from their rows (#7).
 */
class KpisOfTheRealEventLogTest {

    private static final ZoneId SAO_PAULO = ZoneId.of("America/Sao_Paulo");
    private static final Instant NOW = Instant.parse("2017-03-01T03:00:00Z");
    private static final PartyId PROVIDER = new PartyId("provider");
    private static final Set<String> ENDED = Set.of("Resolved", "Closed");
    private static final Set<String> OPEN = Set.of("New", "Active", "Awaiting User Info", "Awaiting Evidence",
            "Awaiting Vendor", "Awaiting Problem");

    private static Map<String, List<UciLog.Row>> log;
    private static List<CaseProfile> profiles;
    private static KpiOptions options;
    private static KpiTable table;

    @BeforeAll
    static void readTheLogThroughWitness() throws IOException {
        Contract contract = ContractYaml.parse(Files.readString(Path.of("src/test/resources/kpi/uci-contract.yaml")),
                "kpi/uci-contract.yaml");
        ImportContext context = new ImportContext(TenantId.of("uci"), Side.CLIENT, new SourceRef("servicenow-eventlog", "uci"),
                Optional.of(contract), Optional.empty(), Optional.of(SAO_PAULO), Optional.empty(),
                Instant.parse("2026-03-20T12:00:00Z"));
        byte[] bytes;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(UciLog.FILE))) {
            bytes = in.readAllBytes();
        }
        EventLogFormat format = new EventLogFormat();
        ParsedFile parsed = format.parse(new ImportFile("incident_event_log.csv", bytes), context);
        assertThat(parsed.problems()).isEmpty();
        Map<CaseId, List<ObservationDraft>> byCase = new LinkedHashMap<>();
        for (ObservationDraft observation : parsed.observations()) {
            byCase.computeIfAbsent(observation.caseRef().orElseThrow(), id -> new ArrayList<>()).add(observation);
        }
        List<TicketEvent> events = byCase.entrySet().parallelStream()
                .flatMap(e -> format.normalise(e.getKey(), e.getValue(), context).events().stream()).toList();
        List<Case> cases = Correlation.withDefaults()
                .correlate(Tickets.of(events, contract.parties().client().id(), PROVIDER), PROVIDER).cases();
        options = KpiOptions.of(contract, ReportingPeriods.parse("2016-02..2017-02", SAO_PAULO), NOW);
        Reconciler reconciler = new Reconciler(contract, ReconcileRules.defaults());
        profiles = cases.parallelStream().flatMap(c -> CaseProfiles.of(reconciler.clocks(c, NOW), options).stream()).toList();
        table = Kpis.compute(profiles, options);
        log = UciLog.incidents();
    }

    @Test
    void everyIncidentIsOneCaseOfTheClientAlone() {
        assertThat(log).hasSize(24_918);
        assertThat(profiles.stream().filter(p -> p.timeline() == Side.WITNESS)).hasSize(24_918);
        assertThat(profiles.stream().filter(p -> p.timeline() == Side.PROVIDER)).isEmpty();
    }

    @Test
    void volumeEachMonthIsTheIncidentsOpenedInIt() {
        Map<YearMonth, Long> opened = new HashMap<>();
        for (List<UciLog.Row> rows : log.values()) {
            opened.merge(YearMonth.from(rows.get(0).openedAt()), 1L, Long::sum);
        }
        for (ReportingPeriod period : options.periods().periods()) {
            assertThat(count(period, KpiId.VOLUME, "")).as("volume of %s", period)
                    .isEqualTo(opened.getOrDefault(YearMonth.from(period.startInclusive()), 0L));
        }
        assertThat(opened.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(24_918);
    }

    @Test
    void volumeByCategoryIsTheLastCategoryEachIncidentRecorded() {
        Map<String, Long> expected = new HashMap<>();
        for (List<UciLog.Row> rows : log.values()) {
            String category = "(none)";
            for (UciLog.Row row : rows) {
                category = row.category().equals("?") ? category : row.category();
            }
            expected.merge(category, 1L, Long::sum);
        }
        Map<String, Long> computed = new HashMap<>();
        for (KpiRow row : table.rows(Side.WITNESS)) {
            if (row.kpi() == KpiId.VOLUME_BY_CATEGORY && row.priority().isEmpty()) {
                computed.merge(row.dimension(), ((KpiValue.Count) row.value()).count(), Long::sum);
            }
        }
        computed.values().removeIf(n -> n == 0);
        assertThat(computed).isEqualTo(expected);
        assertThat(expected).hasSize(53);
    }

    @Test
    void reopenRateEachMonthFollowsTheLogsStatesAndReopenCounts() {
        // Ended at a Resolved or Closed row; reopened while ended when reopen_count rises from the row before
        // or the state becomes an open one; counted in the month of the last ending (docs/kpis.md).
        Map<YearMonth, long[]> expected = new HashMap<>();
        for (List<UciLog.Row> rows : log.values()) {
            LocalDateTime opened = rows.get(0).openedAt();
            boolean ended = ENDED.contains(rows.get(0).state());
            LocalDateTime endedAt = ended ? later(rows.get(0).updatedAt(), opened) : null;
            int reopenings = 0;
            for (int i = 1; i < rows.size(); i++) {
                UciLog.Row before = rows.get(i - 1);
                UciLog.Row row = rows.get(i);
                if (ended && row.reopenCount() > before.reopenCount()) {
                    ended = false;
                    reopenings++;
                }
                if (!row.state().equals(before.state())) {
                    if (!ended && ENDED.contains(row.state())) {
                        ended = true;
                        endedAt = later(row.updatedAt(), opened);
                    } else if (ended && OPEN.contains(row.state())) {
                        ended = false;
                        reopenings++;
                    }
                }
            }
            if (ended) {
                long[] counts = expected.computeIfAbsent(YearMonth.from(endedAt), m -> new long[2]);
                counts[0] += reopenings > 0 ? 1 : 0;
                counts[1]++;
            }
        }
        long reopened = 0;
        long resolved = 0;
        for (ReportingPeriod period : options.periods().periods()) {
            long[] counts = expected.getOrDefault(YearMonth.from(period.startInclusive()), new long[2]);
            assertThat(cell(period, KpiId.REOPEN_RATE, "")).as("reopen rate of %s", period)
                    .isEqualTo(new KpiValue.Rate(counts[0], counts[1]));
            reopened += counts[0];
            resolved += counts[1];
        }
        // Every incident ends closed; 275 have a reopen_count above 0, and one more went from Resolved back to New.
        assertThat(resolved).isEqualTo(24_918);
        assertThat(reopened).isEqualTo(276);
    }

    @Test
    void timeToResolveFiveIncidentsAsTheirRowsSay() {
        // Opened and resolved on 1 or 2 March 2016 (UTC-3), never reopened, P3 (2 - Medium x 2 - Medium):
        // INC0000486 03:57 -> 04:17 (20 min); INC0000491 05:04 -> 05:50 (46 min); INC0000499 07:55 -> 09:16,
        // 14 min of it Awaiting User Info (67 min); INC0000480 02:56 -> 09:39 (403 min); INC0000468 01:36 ->
        // 09:11 (455 min). Sorted 20, 46, 67, 403, 455: mean 991 / 5 = 198.2 min, median 67, p90 the 5th.
        List<String> picked = List.of("INC0000468", "INC0000480", "INC0000486", "INC0000491", "INC0000499");
        long[] fromRows = new long[picked.size()];
        for (int i = 0; i < picked.size(); i++) {
            fromRows[i] = resolutionFromRows(log.get(picked.get(i))).toMillis();
        }
        assertThat(fromRows).containsExactly(minutes(455), minutes(403), minutes(20), minutes(46), minutes(67));
        List<CaseProfile> five = profiles.stream().filter(p -> picked.contains(p.caseId().value())).toList();
        KpiTable kpis = Kpis.compute(five, options);
        ReportingPeriod march = ReportingPeriod.parse("2016-03");
        KpiValue.Times expected = KpiValue.Times.of(fromRows.clone(), fromRows.length);
        assertThat(expected).isEqualTo(new KpiValue.Times(5, minutes(198) + 12_000, minutes(67), minutes(455)));
        assertThat(kpis.find(PROVIDER, Side.WITNESS, march, KpiId.MTTR_RESOLUTION, Optional.empty(), "resolution")
                .orElseThrow().value()).isEqualTo(expected);
        assertThat(kpis.find(PROVIDER, Side.WITNESS, march, KpiId.SLA_ATTAINMENT, Optional.empty(), "resolution")
                .orElseThrow().value()).isEqualTo(new KpiValue.Rate(5, 5));
    }

    /** Opened to the first Resolved row, less the stretches Awaiting User Info before it. */
    private static Duration resolutionFromRows(List<UciLog.Row> rows) {
        LocalDateTime waitingSince = null;
        Duration waited = Duration.ZERO;
        for (UciLog.Row row : rows) {
            if (waitingSince != null && !row.state().equals("Awaiting User Info")) {
                waited = waited.plus(Duration.between(waitingSince, row.updatedAt()));
                waitingSince = null;
            }
            if (row.state().equals("Awaiting User Info") && waitingSince == null) {
                waitingSince = row.updatedAt();
            }
            if (row.state().equals("Resolved")) {
                return Duration.between(rows.get(0).openedAt(), row.updatedAt()).minus(waited);
            }
        }
        throw new AssertionError("never resolved: " + rows.get(0).number());
    }

    private static LocalDateTime later(LocalDateTime a, LocalDateTime b) {
        return a.isAfter(b) ? a : b;
    }

    private static long count(ReportingPeriod period, KpiId kpi, String dimension) {
        return ((KpiValue.Count) cell(period, kpi, dimension)).count();
    }

    private static KpiValue cell(ReportingPeriod period, KpiId kpi, String dimension) {
        return table.find(PROVIDER, Side.WITNESS, period, kpi, Optional.empty(), dimension).orElseThrow().value();
    }

    private static long minutes(long minutes) {
        return minutes * 60_000;
    }
}
