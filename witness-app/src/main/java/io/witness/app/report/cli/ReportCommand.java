package io.witness.app.report.cli;

import io.witness.app.CliFailure;
import io.witness.app.TextFiles;
import io.witness.app.report.AuditFacts;
import io.witness.app.report.AuditPipeline;
import io.witness.app.report.AuditReport;
import io.witness.core.contract.Contract;
import io.witness.core.contract.ContractYaml;
import io.witness.core.event.EventLines;
import io.witness.core.event.TicketEvent;
import io.witness.core.kpi.ReportingPeriods;
import io.witness.core.reconcile.Tickets;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ./witness report --contract FILE --events FILE --out DIR [--period FROM..TO] [--now T] [--name NAME] [--kinds K,…]
 * [--month YYYY-MM]}: the reports of canonical events under a contract (docs/audit.md) — the independent audit report,
 * the monthly service reports, the QBR packs, the renewal brief and the claim letter, each as HTML and PDF with its
 * tables as CSV and JSON beside it.
 */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Writes the reports of canonical events under a contract: the independent audit report, a monthly",
            "service report per month, a QBR pack per quarter, the renewal brief and the claim letter (HTML and PDF,",
            "every table also as CSV and JSON; --kinds chooses), and prints their paths and the three headline figures."})
public final class ReportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--contract", required = true, paramLabel = "FILE", description = "The contract.")
    private Path contractFile;

    @Option(names = "--events", required = true, paramLabel = "FILE", description = "Canonical events (docs/events.md).")
    private Path events;

    @Option(names = "--period", paramLabel = "FROM..TO", description = "Months or quarters reported, e.g. 2026-01..2026-03 (default: from the first case's month to --now's).")
    private @Nullable String period;

    @Option(names = "--now", paramLabel = "INSTANT", description = "Compute as of this instant (ISO-8601 with offset); default: the current time.")
    private @Nullable OffsetDateTime now;

    @Option(names = "--name", paramLabel = "NAME", description = "The client's name on the report (default: the contract's client).")
    private @Nullable String name;

    @Option(names = "--kinds", paramLabel = "KIND,…", defaultValue = "audit,monthly,qbr,renewal,claim",
            description = "The reports to write, of audit, monthly, qbr, renewal, claim (default: all).")
    private String kinds;

    @Option(names = "--month", paramLabel = "YYYY-MM", description = "Write the monthly service report of this month only (default: every month reported).")
    private @Nullable YearMonth month;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write the report to.")
    private Path out;

    @Override
    public Integer call() throws IOException {
        Instant asOf = now != null ? now.toInstant() : Instant.now();
        Contract contract = ContractYaml.parse(TextFiles.read(contractFile, System.in), TextFiles.name(contractFile));
        List<TicketEvent> read = EventLines.read(TextFiles.read(events, System.in), TextFiles.name(events)).orThrow();
        Optional<ReportingPeriods> periods;
        try {
            periods = period == null ? Optional.empty() : Optional.of(ReportingPeriods.parse(period, contract.header().zone()));
        } catch (DateTimeException e) {
            throw new CliFailure("--period: " + e.getMessage());
        }
        String tenant = name != null ? name : contract.parties().client().name();
        AuditFacts facts = AuditPipeline.run(contract, tenant, Tickets.of(read, contract.parties().client().id(),
                contract.parties().providers().get(0).id()), Map.of(), List.of(), periods, asOf, Optional.empty(), Optional.empty());
        AuditReport report = AuditReport.of(facts);
        List<Path> written = WrittenReports.write(report, kinds, month, out);
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println("Reports of " + tenant + ", months " + facts.first() + " to " + facts.last() + ":");
        WrittenReports.print(stdout, written);
        stdout.println("SLA attainment " + report.headlines().attainment() + " (" + report.headlines().met() + " of "
                + report.headlines().counted() + " clocks met); credits owed " + report.headlines().credits() + "; "
                + report.headlines().findings() + " findings");
        stdout.flush();
        return 0;
    }
}
