package io.witness.app.coverage.cli;

import io.witness.app.CliFailure;
import io.witness.app.TextFiles;
import io.witness.app.ledger.cli.StoreOptions;
import io.witness.core.contract.Contract;
import io.witness.core.contract.ContractYaml;
import io.witness.core.contract.PartyId;
import io.witness.core.coverage.CoverageAudit;
import io.witness.core.coverage.CoverageReport;
import io.witness.core.coverage.audit.CoverageSettings;
import io.witness.core.finding.FindingJson;
import io.witness.ledger.chain.TenantId;
import io.witness.ledger.store.LedgerDatabase;
import io.witness.ledger.store.LedgerReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ./witness coverage --tenant T --contract FILE [--at DATE] [--out DIR]}: the audit of the work that
 * makes no tickets (docs/coverage.md) over a tenant's ledger: backup scope and restore tests, patch lag,
 * drift, the security baseline, obligations, responsibility gaps and cost, as findings and a summary.
 */
@Command(name = "coverage", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Audits what makes no tickets, from the tenant's operational evidence in the ledger (imported with "
            + "./witness import --source assets, backup-jobs, veeam-sessions, restore-tests, patches, "
            + "ninjaone-patches, config-snapshots, changes, baseline-checks, obligation-evidence, market-prices, "
            + "invoices) against the contract's obligations: prints a summary (critical systems backed up and "
            + "restore-tested, devices by patch age, drift, baseline score, obligations met, cost) and the "
            + "findings; with --out, writes coverage-findings.jsonl, coverage-summary.txt and "
            + "coverage-summary.json.")
public final class CoverageCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private StoreOptions store;

    @Option(names = "--tenant", required = true, paramLabel = "T", description = "The tenant whose ledger to read.")
    private String tenant = "";

    @Option(names = "--contract", required = true, paramLabel = "FILE", description = "The contract (YAML).")
    private Path contractFile = Path.of("");

    @Option(names = "--at", paramLabel = "DATE", description = "The audit date: the days before it are audited (default: today in the contract's zone).")
    private @Nullable LocalDate at;

    @Option(names = "--from", paramLabel = "DATE", description = "The first day audited (default: the contract's first day).")
    private @Nullable LocalDate from;

    @Option(names = "--out", paramLabel = "DIR", description = "Write coverage-findings.jsonl, coverage-summary.txt and coverage-summary.json here.")
    private @Nullable Path out;

    @Option(names = "--events", paramLabel = "FILE", description = "Take the incidents from canonical events (docs/events.md) instead of the ledger's tickets.")
    private @Nullable Path events;

    @Option(names = "--areas", paramLabel = "FILE", description = "A CSV of category,area placing incident categories in the responsibility matrix.")
    private @Nullable Path areas;

    @Option(names = "--msp-type", paramLabel = "PROVIDER=TYPE", description = "The market-price category of a provider (repeatable).")
    private Map<String, String> mspTypes = new LinkedHashMap<>();

    @Option(names = "--failing-nights", paramLabel = "N", defaultValue = "" + CoverageSettings.DEFAULT_FAILING_NIGHTS,
            description = "Nights in a row without a successful backup that make a finding (default: ${DEFAULT-VALUE}).")
    private int failingNights;

    @Option(names = "--exception-days", paramLabel = "N", defaultValue = "" + CoverageSettings.DEFAULT_EXCEPTION_DAYS,
            description = "Days a patch may stay a known exception (default: ${DEFAULT-VALUE}).")
    private int exceptionDays;

    @Option(names = "--dataset-days", paramLabel = "N", defaultValue = "" + CoverageSettings.DEFAULT_DATASET_DAYS,
            description = "Days before the audit date in which each required data set must have been backed up (default: ${DEFAULT-VALUE}).")
    private int datasetDays;

    @Override
    public Integer call() throws Exception {
        Contract contract = ContractYaml.parse(TextFiles.read(contractFile, System.in), TextFiles.name(contractFile));
        TenantId id = tenantId();
        LocalDate auditDate = at != null ? at : LocalDate.now(contract.header().zone());
        CoverageSettings settings = settings(contract);
        CoverageInput input;
        try (LedgerDatabase database = store.openDatabase()) {
            LedgerReader reader = new LedgerReader(database);
            if (reader.size(id) == 0) {
                throw new CliFailure("--tenant: the ledger holds no observation of tenant " + tenant);
            }
            input = CoverageInput.read(reader, id, contract);
        }
        if (events != null) {
            input = input.withEvents(TextFiles.read(events, System.in), TextFiles.name(events), contract);
        }
        CoverageReport report;
        try {
            report = CoverageAudit.run(contract, input.evidence(), from != null ? from : contract.header().effective().from(), auditDate, settings);
        } catch (IllegalArgumentException e) {
            throw new CliFailure("--at: " + e.getMessage());
        }
        String text = CoverageText.of(contract, tenant, input, report);
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.print(text);
        if (out != null) {
            List<String> written = write(contract, report, text);
            stdout.println();
            stdout.println("wrote " + String.join(", ", written) + " to " + out);
        }
        stdout.flush();
        return 0;
    }

    private List<String> write(Contract contract, CoverageReport report, String text) {
        try {
            Files.createDirectories(out);
            Files.writeString(out.resolve("coverage-findings.jsonl"), FindingJson.writeLines(report.findings()), StandardCharsets.UTF_8);
            Files.writeString(out.resolve("coverage-summary.txt"), text, StandardCharsets.UTF_8);
            Files.writeString(out.resolve("coverage-summary.json"), CoverageJson.of(contract, tenant, report), StandardCharsets.UTF_8);
            return List.of("coverage-findings.jsonl", "coverage-summary.txt", "coverage-summary.json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private TenantId tenantId() {
        try {
            return TenantId.of(tenant);
        } catch (IllegalArgumentException e) {
            throw new CliFailure("--tenant: " + e.getMessage());
        }
    }

    private CoverageSettings settings(Contract contract) throws IOException {
        Map<PartyId, String> types = new LinkedHashMap<>();
        mspTypes.forEach((provider, type) -> {
            if (contract.parties().provider(new PartyId(provider)).isEmpty()) {
                throw new CliFailure("--msp-type: no provider '" + provider + "' in the contract; its providers are: "
                        + String.join(", ", contract.parties().providers().stream().map(p -> p.id().value()).toList()));
            }
            types.put(new PartyId(provider), type);
        });
        Map<String, String> categoryAreas = areas == null ? Map.of()
                : AreaMap.read(TextFiles.name(areas), Files.readAllBytes(areas));
        try {
            return new CoverageSettings(failingNights, exceptionDays, datasetDays, types, categoryAreas);
        } catch (IllegalArgumentException e) {
            throw new CliFailure(e.getMessage());
        }
    }
}
