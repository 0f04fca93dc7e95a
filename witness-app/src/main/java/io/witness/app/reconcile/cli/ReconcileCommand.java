package io.witness.app.reconcile.cli;

import io.witness.app.CliFailure;
import io.witness.app.TextFiles;
import io.witness.app.ledger.cli.StoreOptions;
import io.witness.core.audit.Audit;
import io.witness.core.audit.Reconciliation;
import io.witness.core.contract.Contract;
import io.witness.core.contract.ContractYaml;
import io.witness.core.input.InputProblem;
import io.witness.core.input.InputRejected;
import io.witness.core.kpi.ReportingPeriod;
import io.witness.core.kpi.ReportingPeriods;
import io.witness.core.reconcile.Correlated;
import io.witness.core.reconcile.ReconcileRules;
import io.witness.core.reconcile.RecordChange;
import io.witness.core.reconcile.Ticket;
import io.witness.core.reconcile.Tickets;
import io.witness.core.register.Annotation;
import io.witness.core.register.AnnotationLines;
import io.witness.ledger.chain.TenantId;
import io.witness.ledger.store.DerivedTickets;
import io.witness.ledger.store.LedgerDatabase;
import io.witness.ledger.store.LedgerReader;
import io.witness.sources.tenant.TenantEvents;
import io.witness.sources.tenant.TenantTickets;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ./witness reconcile --tenant T --contract FILE [--period 2026-01..2026-03] [--now T] --out DIR}, or
 * with {@code --events FILE} instead of a tenant: cases, the three clocks, findings, the gap register,
 * KPIs and patterns (docs/kpis.md) and credits, a summary on standard output and the files of
 * docs/reconcile.md in {@code --out}.
 */
@Command(name = "reconcile", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Reconciles a tenant under its contract: correlates both sides' tickets into cases, computes every "
            + "clock three ways (client, provider, witnessed), explains each difference, lists the findings (the "
            + "service-gap register), KPIs, patterns and the credits owed; prints a summary with the patterns' "
            + "sentences and writes cases, clocks, findings, kpis and credits (CSV and JSON lines), patterns.txt "
            + "and the claim letter (Markdown and HTML) to --out.")
public final class ReconcileCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private StoreOptions store;

    @Option(names = "--tenant", paramLabel = "T", description = "The tenant whose ledger to read.")
    private @Nullable String tenant;

    @Option(names = "--events", paramLabel = "FILE", description = "Read canonical events (docs/events.md) from this file instead of a ledger.")
    private @Nullable Path events;

    @Option(names = "--contract", required = true, paramLabel = "FILE", description = "The contract.")
    private Path contractFile;

    @Option(names = "--period", paramLabel = "FROM..TO", description = "Months or quarters reported, e.g. 2026-01..2026-03 (default: from the first case's month to --now's).")
    private @Nullable String period;

    @Option(names = "--now", paramLabel = "INSTANT", description = "Compute as of this instant (ISO-8601 with offset); default: the current time.")
    private @Nullable OffsetDateTime now;

    @Option(names = "--annotations", paramLabel = "FILE", description = "Annotations as JSON lines (with --events; a ledger holds its own).")
    private @Nullable Path annotationsFile;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write the files to.")
    private Path out;

    @Override
    public Integer call() throws Exception {
        if ((tenant == null) == (events == null)) {
            throw new CliFailure("give either --tenant (read the ledger) or --events FILE, not " + (tenant == null ? "neither" : "both"));
        }
        Instant asOf = now != null ? now.toInstant() : Instant.now();
        Contract contract = ContractYaml.parse(TextFiles.read(contractFile, System.in), TextFiles.name(contractFile));
        Audit audit = new Audit(contract, ReconcileRules.defaults());
        Map<String, Long> stages = new LinkedHashMap<>();
        List<Ticket> tickets;
        Map<String, List<RecordChange>> changes = Map.of();
        List<Annotation> annotations = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Optional<String> readFrom = Optional.empty();
        if (events != null) {
            tickets = timed(stages, "read events", () -> Tickets.of(readEvents(), contract.parties().client().id(),
                    contract.parties().providers().get(0).id()));
        } else {
            TenantTickets read = timed(stages, "read store and normalise", () -> readLedger(contract));
            readFrom = Optional.of(read.readFrom());
            tickets = read.tickets();
            changes = read.changes();
            List<InputProblem> problems = new ArrayList<>();
            for (TenantTickets.AnnotationLine line : read.annotations()) {
                AnnotationLines.parse(line.line(), line.observation(), 1, contract.header().currency(), problems)
                        .ifPresent(annotations::add);
            }
            read.problems().forEach(p -> notes.add(p.toString()));
            problems.forEach(p -> notes.add(p.toString()));
            read.unmapped().forEach(u -> notes.add("unmapped " + u.field() + " '" + u.value() + "' × " + u.count()));
        }
        if (annotationsFile != null) {
            AnnotationLines.Read read = AnnotationLines.read(TextFiles.read(annotationsFile, System.in),
                    TextFiles.name(annotationsFile), contract.header().currency());
            if (!read.problems().isEmpty()) {
                throw new InputRejected(read.problems());
            }
            annotations.addAll(read.annotations());
        }
        Correlated correlated = timed(stages, "correlate", () -> audit.correlate(tickets));
        ReconcileOutcome outcome = outcome(audit, correlated, changes, annotations, asOf, stages);
        long started = System.nanoTime();
        List<String> written = new ReconcileFiles(contract, out).write(outcome);
        stages.put("write files", (System.nanoTime() - started) / 1_000_000);
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.print(ReconcileSummary.of(contract, outcome, notes, out, written));
        readFrom.ifPresent(from -> stdout.println("The ledger's tickets were read from " + from + "."));
        stdout.flush();
        return 0;
    }

    private List<io.witness.core.event.TicketEvent> readEvents() {
        try {
            return io.witness.core.event.EventLines.read(TextFiles.read(events, System.in), TextFiles.name(events)).orThrow();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private TenantTickets readLedger(Contract contract) {
        TenantId id;
        try {
            id = TenantId.of(tenant);
        } catch (IllegalArgumentException e) {
            throw new CliFailure("--tenant: " + e.getMessage());
        }
        try (LedgerDatabase database = store.openDatabase()) {
            LedgerReader reader = new LedgerReader(database);
            if (reader.size(id) == 0) {
                throw new CliFailure("--tenant: the ledger holds no observation of tenant " + tenant);
            }
            return new TenantEvents(contract).read(reader, new DerivedTickets(database, store.signingKey()), id, 10_000);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Could not close the ledger's database", e);
        }
    }

    private ReportingPeriods periods(Contract contract, Correlated correlated, Instant asOf) {
        try {
            if (period != null) {
                return ReportingPeriods.parse(period, contract.header().zone());
            }
            Instant first = correlated.cases().isEmpty() ? asOf : correlated.cases().get(0).openedAt();
            return ReportingPeriods.covering(first.isAfter(asOf) ? asOf : first, asOf, ReportingPeriod.Length.MONTH,
                    contract.header().zone());
        } catch (DateTimeException e) {
            throw new CliFailure("--period: " + e.getMessage());
        }
    }

    /**
     * The stages after correlation, each timed: the cases' clocks, findings and their parts of the later stages (on
     * every core), then the register, KPIs and patterns, and credits putting the parts together. The parts are not
     * kept past this call: the files are written from the outcome alone.
     */
    private ReconcileOutcome outcome(Audit audit, Correlated correlated, Map<String, List<RecordChange>> changes,
            List<Annotation> annotations, Instant asOf, Map<String, Long> stages) {
        Contract contract = audit.contract();
        ReportingPeriods periods = periods(contract, correlated, asOf);
        YearMonth first = YearMonth.from(periods.get(0).startInclusive());
        YearMonth last = YearMonth.from(periods.get(periods.size() - 1).endExclusive().minusDays(1));
        Reconciliation reconciled = timed(stages, "clocks, findings and per-case parts",
                () -> audit.reconcile(correlated.cases(), asOf, changes, annotations, periods, true));
        var gaps = timed(stages, "register", () -> audit.register(reconciled));
        var performance = timed(stages, "kpis and patterns", () -> audit.performance(reconciled));
        var credits = timed(stages, "credits", () -> audit.credits(reconciled, first, last));
        return new ReconcileOutcome(asOf, first, last, correlated, reconciled.reports(), gaps, performance, credits, stages);
    }

    private static <T> T timed(Map<String, Long> stages, String stage, Supplier<T> work) {
        long started = System.nanoTime();
        T result = work.get();
        stages.put(stage, (System.nanoTime() - started) / 1_000_000);
        return result;
    }

    Optional<String> tenant() {
        return Optional.ofNullable(tenant);
    }
}
