package io.witness.core.kpi;

import io.witness.core.clock.ClockEngine;
import io.witness.core.clock.ClockResult;
import io.witness.core.contract.Contract;
import io.witness.core.contract.ContractYaml;
import io.witness.core.event.Side;
import io.witness.core.reconcile.Case;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The shared test contract, and cases turned into profiles through the clock engine as reconcile does. */
public final class Scenarios {

    public static final Contract CONTRACT = contract();
    public static final ClockEngine ENGINE = new ClockEngine(CONTRACT.clocks(), CONTRACT.statusClassifier());

    private Scenarios() {
    }

    /** Monthly options for January and February 2026 in New York, computed as of {@code now}. */
    public static KpiOptions januaryAndFebruary(Instant now) {
        return KpiOptions.of(CONTRACT, ReportingPeriods.parse("2026-01..2026-02", Story.NEW_YORK), now);
    }

    /** Monthly options for the given periods in New York, computed as of {@code now}. */
    public static KpiOptions options(String periods, Instant now) {
        return KpiOptions.of(CONTRACT, ReportingPeriods.parse(periods, Story.NEW_YORK), now);
    }

    /** Each case's clocks on each of its timelines, then its profiles. */
    public static List<CaseProfile> profiles(List<Case> cases, KpiOptions options) {
        List<CaseProfile> profiles = new ArrayList<>();
        for (Case kase : cases) {
            profiles.addAll(CaseProfiles.of(kase, clocks(kase, options.now()), options));
        }
        return profiles;
    }

    public static List<ClockResult> clocks(Case kase, Instant now) {
        List<ClockResult> clocks = new ArrayList<>();
        for (Side side : kase.timelines()) {
            clocks.addAll(ENGINE.compute(kase.id(), kase.events(), side, now));
        }
        return clocks;
    }

    private static Contract contract() {
        try {
            return ContractYaml.parse(Files.readString(Path.of("src/test/resources/kpi/contract.yaml"), StandardCharsets.UTF_8),
                    "kpi/contract.yaml");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
