package io.witness.app.ingest.cli;

import io.witness.app.CliFailure;
import io.witness.app.TextFiles;
import io.witness.app.ledger.cli.StoreOptions;
import io.witness.core.contract.Contract;
import io.witness.core.contract.ContractYaml;
import io.witness.core.contract.Party;
import io.witness.core.contract.Source;
import io.witness.core.contract.SourceId;
import io.witness.core.event.Side;
import io.witness.ledger.chain.SourceRef;
import io.witness.ledger.chain.TenantId;
import io.witness.ledger.store.Ledger;
import io.witness.ledger.store.LedgerDatabase;
import io.witness.sources.format.ImportContext;
import io.witness.sources.format.SourceFormat;
import io.witness.sources.format.SourceFormats;
import io.witness.sources.ingest.ImportProgress;
import io.witness.sources.ingest.ImportSummary;
import io.witness.sources.ingest.Importer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ./witness import}: evidence files of one format into a tenant's ledger, all or nothing, then a
 * summary. Bad input is refused whole with every problem (exit 2) and nothing is stored.
 */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Imports evidence files of one format into a tenant's ledger, all or nothing, and prints a summary: "
            + "rows read, observations added and already present, cases, events, rewrites found, unmapped values. A "
            + "re-run adds nothing; a file with any problem is refused with every problem (exit 2), nothing stored.")
public final class ImportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private StoreOptions store;

    @Option(names = "--tenant", required = true, paramLabel = "T", description = "The tenant (a client with its providers).")
    private String tenant;

    @Option(names = "--side", required = true, paramLabel = "SIDE", description = "Whose system the files come from: client or provider.")
    private String side;

    @Option(names = "--source", required = true, paramLabel = "KIND", completionCandidates = FormatNames.class,
            description = "The format of the files: ${COMPLETION-CANDIDATES}.")
    private String source;

    @Option(names = "--contract", paramLabel = "FILE", description = "The contract: its status classes and priority maps for this source.")
    private Optional<Path> contract = Optional.empty();

    @Option(names = "--source-id", paramLabel = "ID",
            description = "Which of the contract's sources the files come from (default: the side's first ticket system of the kind).")
    private Optional<String> sourceId = Optional.empty();

    @Option(names = "--zone", paramLabel = "ZONE", description = "The zone of times the files write without an offset, e.g. Europe/Paris.")
    private Optional<String> zone = Optional.empty();

    @Option(names = "--mapping", paramLabel = "FILE", description = "The mapping file of the csv format (YAML).")
    private Optional<Path> mapping = Optional.empty();

    @Option(names = "--instance", paramLabel = "NAME",
            description = "Which instance of the system the files come from (default: --source-id, else the side).")
    private Optional<String> instance = Optional.empty();

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "The files; .gz files are decompressed.")
    private List<Path> files = new ArrayList<>();

    /** The formats' names, for the help and the shell's completion. */
    static final class FormatNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return SourceFormats.all().stream().map(SourceFormat::name).iterator();
        }
    }

    @Override
    public Integer call() throws Exception {
        Instant receivedAt = Instant.now();
        TenantId tenantId = tenantId();
        Side importSide = side();
        SourceFormat format = SourceFormats.named(source).orElseThrow(() -> new CliFailure(
                "--source: unknown format '" + source + "'; expected one of " + SourceFormats.names()));
        Optional<Contract> terms = contract.isPresent()
                ? Optional.of(ContractYaml.parse(TextFiles.read(contract.get(), System.in), TextFiles.name(contract.get())))
                : Optional.empty();
        Optional<SourceId> contractSource = contractSource(terms, importSide);
        String instanceName = instance.or(() -> sourceId).orElse(importSide.wireName());
        ImportContext context = new ImportContext(tenantId, importSide, sourceRef(format, instanceName), terms, contractSource,
                zone(), mappingFile(), receivedAt);
        ImportSummary summary;
        try (LedgerDatabase database = store.openDatabase(); ImportBar bar = new ImportBar()) {
            ImportProgress progress = System.console() != null ? bar : ImportProgress.NONE;
            summary = new Importer(new Ledger(database, store.signingKey()), Clock.systemUTC())
                    .importPaths(format, files, context, progress);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(SummaryText.of(summary, context));
        out.flush();
        return 0;
    }

    private TenantId tenantId() {
        try {
            return TenantId.of(tenant);
        } catch (IllegalArgumentException e) {
            throw new CliFailure("--tenant: " + e.getMessage());
        }
    }

    private Side side() {
        return switch (side) {
            case "client" -> Side.CLIENT;
            case "provider" -> Side.PROVIDER;
            default -> throw new CliFailure("--side: expected client or provider, found '" + side + "'");
        };
    }

    private Optional<ZoneId> zone() {
        try {
            return zone.map(ZoneId::of);
        } catch (DateTimeException e) {
            throw new CliFailure("--zone: expected a zone such as Europe/Paris or UTC, found '" + zone.orElseThrow() + "'");
        }
    }

    private Optional<ImportContext.TextFile> mappingFile() throws java.io.IOException {
        if (mapping.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ImportContext.TextFile(TextFiles.name(mapping.get()), TextFiles.read(mapping.get(), System.in)));
    }

    private static SourceRef sourceRef(SourceFormat format, String instanceName) {
        try {
            return new SourceRef(format.name(), instanceName);
        } catch (IllegalArgumentException e) {
            throw new CliFailure("--instance: " + e.getMessage());
        }
    }

    private Optional<SourceId> contractSource(Optional<Contract> terms, Side importSide) {
        if (sourceId.isEmpty()) {
            return Optional.empty();
        }
        if (terms.isEmpty()) {
            throw new CliFailure("--source-id names one of the contract's sources: give the contract with --contract");
        }
        List<Party> parties = importSide == Side.CLIENT ? List.of(terms.get().parties().client()) : terms.get().parties().providers();
        List<String> known = parties.stream().flatMap(p -> p.sources().stream()).map(Source::id).map(SourceId::value).toList();
        if (!known.contains(sourceId.get())) {
            throw new CliFailure("--source-id: the " + importSide.wireName() + "'s sources in the contract are "
                    + (known.isEmpty() ? "none" : String.join(", ", known)) + "; found '" + sourceId.get() + "'");
        }
        return Optional.of(new SourceId(sourceId.get()));
    }
}
