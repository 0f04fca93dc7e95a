package io.witness.app.report.cli;

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
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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
        description = "Writes the reports of canonical events under a contract: the independent audit report, a monthly "
            + "service report per month, a QBR pack per quarter, the renewal brief and the claim letter (HTML and "
            + "PDF, every table also as CSV and JSON; --kinds chooses), and prints their paths and the three "
            + "headline figures.")
public final class ReportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--contract", required = true, paramLabel = "FILE", description = "The contract.")
    private Path contractFile;

    @Option(names = "--events", required = true, paramLabel = "FILE", description = "Canonical events (docs/events.md).")
    private Path events;

    @Mixin
    private ReportOptions reports;

    @Option(names = "--name", paramLabel = "NAME", description = "The client's name on the report (default: the contract's client).")
    private @Nullable String name;

    @Override
    public Integer call() throws IOException {
        Instant asOf = reports.asOf();
        Contract contract = ContractYaml.parse(TextFiles.read(contractFile, System.in), TextFiles.name(contractFile));
        List<TicketEvent> read = EventLines.read(TextFiles.read(events, System.in), TextFiles.name(events)).orThrow();
        Optional<ReportingPeriods> periods = reports.periods(contract);
        String tenant = name != null ? name : contract.parties().client().name();
        AuditFacts facts = AuditPipeline.run(contract, tenant, Tickets.of(read, contract.parties().client().id(),
                contract.parties().providers().get(0).id()), Map.of(), List.of(), periods, asOf, Optional.empty(), Optional.empty());
        reports.writeAndPrint(AuditReport.of(facts), "Reports of " + tenant + ", months " + facts.first() + " to " + facts.last() + ":",
                spec.commandLine().getOut());
        return 0;
    }
}
