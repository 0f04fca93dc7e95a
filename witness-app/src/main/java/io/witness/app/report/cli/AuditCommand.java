package io.witness.app.report.cli;

import io.witness.app.CliFailure;
import io.witness.app.TextFiles;
import io.witness.app.coverage.cli.AreaMap;
import io.witness.app.coverage.cli.CoverageInput;
import io.witness.app.ingest.cli.SummaryText;
import io.witness.app.ledger.cli.StoreOptions;
import io.witness.app.report.AuditFacts;
import io.witness.app.report.AuditPipeline;
import io.witness.app.report.AuditReport;
import io.witness.app.verify.cli.VerifyCommand;
import io.witness.core.contract.Contract;
import io.witness.core.contract.ContractYaml;
import io.witness.core.coverage.CoverageAudit;
import io.witness.core.coverage.CoverageEvidence;
import io.witness.core.coverage.CoverageReport;
import io.witness.core.coverage.audit.CoverageSettings;
import io.witness.core.coverage.audit.ObligationCheck;
import io.witness.core.event.Side;
import io.witness.core.input.InputProblem;
import io.witness.core.kpi.ReportingPeriods;
import io.witness.core.register.Annotation;
import io.witness.core.register.AnnotationLines;
import io.witness.ledger.chain.SourceRef;
import io.witness.ledger.chain.TenantId;
import io.witness.ledger.checkpoint.SignedCheckpoint;
import io.witness.ledger.checkpoint.SigningKey;
import io.witness.ledger.store.Ledger;
import io.witness.ledger.store.LedgerDatabase;
import io.witness.ledger.store.LedgerReader;
import io.witness.ledger.verify.LedgerVerifier;
import io.witness.ledger.verify.VerifyReport;
import io.witness.sources.format.ImportContext;
import io.witness.sources.format.OperationalFormat;
import io.witness.sources.format.SourceFormats;
import io.witness.sources.ingest.ImportProgress;
import io.witness.sources.ingest.ImportSummary;
import io.witness.sources.ingest.Importer;
import io.witness.sources.tenant.TenantEvents;
import io.witness.sources.tenant.TenantTickets;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ./witness audit --contract FILE --evidence DIR --out DIR [--period FROM..TO] [--now T] [--data DIR | --db URL]}:
 * the whole pipeline on exports alone. Each import the folder's {@code manifest.yaml} lists goes into the
 * ledger as {@code ./witness import} would put it (a re-run adds nothing), the tenant's log is verified as
 * {@code ./witness verify} does (exit 3 when it is not intact), then the tenant's tickets are read back from the ledger, reconciled, and written as the reports {@code --kinds} asks for (by default the
 * audit report, monthly reports, QBR packs, renewal brief and claim letter; HTML, PDF and every table as CSV and
 * JSON) under a checkpoint signed now, whose text and public key each report's appendix prints.
 */
@Command(name = "audit", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Runs the whole audit on exports alone: imports every file listed in DIR/manifest.yaml into the "
            + "ledger, reconciles the tenant under the contract, signs a checkpoint and writes the reports (audit, "
            + "monthly, qbr, renewal, claim: HTML, PDF, tables as CSV and JSON) to --out; prints progress, the "
            + "paths written and the three headline figures.")
public final class AuditCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private StoreOptions store;

    @Option(names = "--contract", required = true, paramLabel = "FILE", description = "The contract.")
    private Path contractFile;

    @Option(names = "--evidence", required = true, paramLabel = "DIR", description = "The folder of exports, with its manifest.yaml.")
    private Path evidence;

    @Mixin
    private ReportOptions reports;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        Instant asOf = reports.asOf();
        Contract contract = ContractYaml.parse(TextFiles.read(contractFile, System.in), TextFiles.name(contractFile));
        Path manifestFile = evidence.resolve(Manifest.FILE);
        if (!Files.isRegularFile(manifestFile)) {
            throw new CliFailure("--evidence: " + evidence + " has no " + Manifest.FILE + " (docs/audit.md says what it lists)");
        }
        Manifest manifest = Manifest.parse(Files.readString(manifestFile, StandardCharsets.UTF_8), evidence);
        String tenant = manifest.tenant().orElse(contract.parties().client().id().value());
        Optional<ReportingPeriods> periods = reports.periods(contract);
        AuditFacts facts;
        // One database for the imports and the reading back: starting the embedded server costs seconds.
        try (LedgerDatabase database = store.openDatabase()) {
            TenantId id = tenantId(tenant);
            SigningKey key = store.signingKey();
            Ledger ledger = new Ledger(database, key);
            int step = 0;
            for (Manifest.Entry entry : manifest.imports()) {
                step++;
                stdout.printf("[%d/%d] importing %d file(s) as %s from the %s%n", step, manifest.imports().size(), entry.files().size(),
                        entry.source(), entry.side());
                stdout.flush();
                ImportContext context = importContext(id, entry, contract);
                ImportSummary summary = new Importer(ledger, Clock.systemUTC())
                        .importPaths(SourceFormats.named(entry.source()).orElseThrow(), entry.files(), context, ImportProgress.NONE);
                stdout.print(SummaryText.brief(summary));
                stdout.flush();
            }
            // An audit must stand on a record that is intact: every observation re-derived before any figure.
            stdout.println("Verifying the ledger…");
            stdout.flush();
            VerifyReport verified = new LedgerVerifier(database, key.verifyingKey()).verify(id);
            verified.failures().forEach(stdout::println);
            stdout.println("  " + verified.summary());
            if (!verified.isVerified()) {
                stdout.flush();
                return VerifyCommand.NOT_INTACT;
            }
            stdout.println("Reading the ledger and reconciling…");
            stdout.flush();
            TenantTickets read = new TenantEvents(contract).read(new LedgerReader(database), id, 10_000);
            // What the parties said of findings (./witness annotate) is evidence in the same log.
            List<Annotation> annotations = new ArrayList<>();
            List<InputProblem> problems = new ArrayList<>(read.problems());
            for (TenantTickets.AnnotationLine line : read.annotations()) {
                AnnotationLines.parse(line.line(), line.observation(), 1, contract.header().currency(), problems)
                        .ifPresent(annotations::add);
            }
            problems.forEach(p -> stdout.println("  note: " + p));
            read.unmapped().forEach(u -> stdout.println("  note: unmapped " + u.field() + " '" + u.value() + "' × " + u.count()));
            SignedCheckpoint checkpoint = ledger.checkpoint(id, asOf);
            AuditFacts.Seal seal = new AuditFacts.Seal(checkpoint.checkpoint().text() + "signature " + checkpoint.signatureBase64(),
                    key.verifyingKey().pem());
            Optional<CoverageRun> coverage = Optional.empty();
            if (manifest.imports().stream().anyMatch(e -> SourceFormats.named(e.source()).orElse(null) instanceof OperationalFormat)) {
                stdout.println("Auditing coverage…");
                stdout.flush();
                coverage = Optional.of(coverage(contract, new LedgerReader(database), id, manifest));
            }
            LocalDate asOfDay = LocalDate.ofInstant(asOf, contract.header().zone());
            facts = AuditPipeline.run(contract, tenant, read.tickets(), read.changes(), annotations, periods, asOf,
                    coverage.map(c -> c.over(contract.header().effective().from(), asOfDay)), Optional.of(seal));
            if (coverage.isPresent()) {
                facts = facts.withMonthObligations(coverage.get().obligationsByMonth(facts.first(), facts.last(), asOfDay));
            }
        }
        AuditReport report = AuditReport.of(facts);
        stdout.println("Writing the reports…");
        stdout.flush();
        reports.writeAndPrint(report, "Audit of " + tenant + " under " + contract.header().id().value() + ", months " + facts.first()
                + " to " + facts.last() + ": " + facts.reports().size() + " cases", stdout);
        return 0;
    }

    private static CoverageRun coverage(Contract contract, LedgerReader reader, TenantId id, Manifest manifest) throws IOException {
        CoverageInput input = CoverageInput.read(reader, id, contract);
        Map<String, String> areas = manifest.areas().isEmpty() ? Map.of()
                : AreaMap.read(manifest.areas().get().getFileName().toString(), Files.readAllBytes(manifest.areas().get()));
        CoverageSettings defaults = CoverageSettings.defaults();
        CoverageSettings settings = new CoverageSettings(defaults.failingNights(), defaults.exceptionDays(), defaults.datasetDays(),
                defaults.mspTypes(), areas);
        return new CoverageRun(contract, input.evidence(), settings);
    }

    /** The coverage audit of one tenant's evidence, over whatever days are asked. */
    private record CoverageRun(Contract contract, CoverageEvidence evidence, CoverageSettings settings) {

        CoverageReport over(LocalDate from, LocalDate at) {
            return CoverageAudit.run(contract, evidence, from, at, settings);
        }

        /** Each month's obligations over that month alone, from the contract's first day and up to {@code asOf}. */
        Map<YearMonth, List<ObligationCheck>> obligationsByMonth(YearMonth first, YearMonth last, LocalDate asOf) {
            LocalDate start = contract.header().effective().from();
            Map<YearMonth, List<ObligationCheck>> byMonth = new LinkedHashMap<>();
            for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
                LocalDate from = month.atDay(1).isBefore(start) ? start : month.atDay(1);
                LocalDate at = month.plusMonths(1).atDay(1).isAfter(asOf) ? asOf : month.plusMonths(1).atDay(1);
                if (from.isBefore(at)) {
                    byMonth.put(month, over(from, at).summary().obligations());
                }
            }
            return byMonth;
        }
    }

    private static TenantId tenantId(String tenant) {
        try {
            return TenantId.of(tenant);
        } catch (IllegalArgumentException e) {
            throw new CliFailure(Manifest.FILE + ": tenant: " + e.getMessage());
        }
    }

    /** What {@code ./witness import --tenant T --side S --source F --contract C [--zone Z]} would import with. */
    private static ImportContext importContext(TenantId tenant, Manifest.Entry entry, Contract contract) {
        Side side = "client".equals(entry.side()) ? Side.CLIENT : Side.PROVIDER;
        return new ImportContext(tenant, side, new SourceRef(entry.source(), side.wireName()), Optional.of(contract), Optional.empty(),
                entry.zone().map(ZoneId::of), Optional.empty(), Instant.now());
    }
}
