package io.witness.app.kpi.cli;

import io.witness.app.CliFailure;
import io.witness.app.TextFiles;
import io.witness.core.contract.Contract;
import io.witness.core.contract.ContractYaml;
import io.witness.core.event.EventLines;
import io.witness.core.event.Side;
import io.witness.core.event.TicketEvent;
import io.witness.core.kpi.KpiCsv;
import io.witness.core.kpi.KpiJson;
import io.witness.core.kpi.ReportingPeriods;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ./witness kpis --contract C.yaml --events E.jsonl [--period 2026-01..2026-03] [--now T] [--out DIR]}. */
@Command(name = "kpis", mixinStandardHelpOptions = true,
        description = "KPIs and patterns of canonical events under a contract (docs/kpis.md): per provider, period and "
            + "priority, on the witnessed timeline (or one side's); the pattern sentences after the table. Tickets "
            + "are correlated into cases and their clocks computed as ./witness reconcile does.")
public final class KpisCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--contract", required = true, paramLabel = "CONTRACT.yaml", description = "The contract: clocks, calendars, statuses.")
    private Path contractFile;

    @Option(names = "--events", required = true, paramLabel = "EVENTS.jsonl", description = "Events (docs/events.md); - for standard input.")
    private Path eventsFile;

    @Option(names = "--period", paramLabel = "PERIODS",
            description = "Months or quarters: 2026-01..2026-03, 2026-Q1..2026-Q2, 2026-02; default: the months from the first opening to the last.")
    private @Nullable String period;

    @Option(names = "--now", paramLabel = "INSTANT", description = "Compute as of this instant (ISO-8601 with offset); default: the current time.")
    private @Nullable OffsetDateTime now;

    @Option(names = "--zone", paramLabel = "ZONE",
            description = "The zone of the periods and the heatmap (America/New_York); default: the contract's (UTC for a clocks-only contract).")
    private @Nullable String zone;

    @Option(names = "--timeline", paramLabel = "SIDE", defaultValue = "witness",
            description = "The timeline printed and whose patterns are found: witness (default), client or provider.")
    private String timeline;

    @Option(names = "--by-priority", description = "Print each priority's rows too, not only all priorities together.")
    private boolean byPriority;

    @Option(names = "--out", paramLabel = "DIR", description = "Also write kpis.csv, kpis.json (every timeline) and patterns.txt here.")
    private @Nullable Path out;

    @Override
    public Integer call() throws Exception {
        Side side = side(timeline);
        Contract contract = ContractYaml.parse(TextFiles.read(contractFile, System.in), TextFiles.name(contractFile));
        List<TicketEvent> events = EventLines.read(TextFiles.read(eventsFile, System.in), TextFiles.name(eventsFile)).orThrow();
        if (events.isEmpty() && period == null) {
            throw new CliFailure(TextFiles.name(eventsFile) + " has no events; give --period to report on months without any");
        }
        ZoneId reportZone = contract.header().zone();
        if (zone != null) {
            try {
                reportZone = ZoneId.of(zone);
            } catch (DateTimeException e) {
                throw new CliFailure("--zone: expected a time zone such as America/New_York or UTC, found '" + zone + "'");
            }
        }
        Optional<ReportingPeriods> periods = Optional.empty();
        if (period != null) {
            try {
                periods = Optional.of(ReportingPeriods.parse(period, reportZone));
            } catch (DateTimeException e) {
                throw new CliFailure("--period: " + e.getMessage());
            }
        }
        Instant asOf = now != null ? now.toInstant() : Instant.now();
        KpiAudit audit = KpiAudit.of(contract, events, periods, reportZone, asOf, side);
        var stdout = spec.commandLine().getOut();
        stdout.print(KpiText.of(audit, side, byPriority, asOf));
        if (out != null) {
            Files.createDirectories(out);
            Files.writeString(out.resolve("kpis.csv"), KpiCsv.write(audit.report().kpis()), StandardCharsets.UTF_8);
            Files.writeString(out.resolve("kpis.json"), KpiJson.writeLines(audit.report().kpis()), StandardCharsets.UTF_8);
            Files.writeString(out.resolve("patterns.txt"), String.join("\n", audit.report().sentences()) + "\n",
                    StandardCharsets.UTF_8);
            stdout.println(audit.report().kpis().rows().size() + " KPI cells of " + audit.cases() + " cases written to "
                    + out.resolve("kpis.csv") + " and kpis.json; " + audit.report().patterns().size()
                    + " patterns to patterns.txt");
        }
        stdout.flush();
        return 0;
    }

    private static Side side(String name) {
        try {
            return Side.fromWire(name);
        } catch (IllegalArgumentException e) {
            throw new CliFailure("--timeline: expected witness, client or provider, found '" + name + "'");
        }
    }
}
