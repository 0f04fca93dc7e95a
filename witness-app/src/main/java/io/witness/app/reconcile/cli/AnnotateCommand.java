package io.witness.app.reconcile.cli;

import io.witness.app.CliFailure;
import io.witness.app.TextFiles;
import io.witness.app.ledger.cli.StoreOptions;
import io.witness.core.contract.Contract;
import io.witness.core.contract.ContractYaml;
import io.witness.core.input.InputProblem;
import io.witness.core.input.InputRejected;
import io.witness.core.register.Annotation;
import io.witness.core.register.AnnotationLines;
import io.witness.ledger.chain.ObservationDraft;
import io.witness.ledger.chain.SourceRef;
import io.witness.ledger.chain.TenantId;
import io.witness.ledger.store.AppendResult;
import io.witness.ledger.store.Ledger;
import io.witness.ledger.store.LedgerDatabase;
import io.witness.sources.tenant.DerivedAnnotations;
import io.witness.sources.tenant.TenantEvents;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ./witness annotate --tenant T --contract FILE NOTES.jsonl}: the parties' annotations of findings
 * (disputed, accepted, credited) and the client's impact figures, appended to the ledger as observations
 * of kind {@code annotation}, each line as written. Every bad line is reported (exit 2), nothing stored.
 */
@Command(name = "annotate", mixinStandardHelpOptions = true,
        description = "Adds annotations to a tenant's ledger: a finding disputed by the provider, accepted or credited, or "
            + "the client's figures of a case's impact (people affected, recovery costs). Each JSON line becomes an "
            + "observation; reconcile applies them to the register.")
public final class AnnotateCommand implements Callable<Integer> {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Spec
    private CommandSpec spec;

    @Mixin
    private StoreOptions store;

    @Option(names = "--tenant", required = true, paramLabel = "T", description = "The tenant.")
    private String tenant;

    @Option(names = "--contract", required = true, paramLabel = "FILE", description = "The contract (the currency of recovery costs).")
    private Path contractFile;

    @Parameters(arity = "1", paramLabel = "NOTES.jsonl", description = "The annotations, one JSON object a line.")
    private Path file;

    @Override
    public Integer call() throws Exception {
        Instant receivedAt = Instant.now();
        TenantId id;
        try {
            id = TenantId.of(tenant);
        } catch (IllegalArgumentException e) {
            throw new CliFailure("--tenant: " + e.getMessage());
        }
        Contract contract = ContractYaml.parse(TextFiles.read(contractFile, System.in), TextFiles.name(contractFile));
        String text = TextFiles.read(file, System.in);
        String name = TextFiles.name(file);
        List<InputProblem> problems = new ArrayList<>();
        List<ObservationDraft> drafts = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Optional<Annotation> annotation = AnnotationLines.parse(line, name, i + 1, contract.header().currency(), problems);
            if (annotation.isPresent()) {
                Annotation a = annotation.get();
                ObservationDraft draft = ObservationDraft.of(new SourceRef("annotations", a.by().wireName()), a.by(),
                        TenantEvents.ANNOTATION, a.target(), a.at().toString(), receivedAt,
                        line.getBytes(StandardCharsets.UTF_8), JSON.readTree(line));
                drafts.add(draft);
            }
        }
        if (!problems.isEmpty()) {
            throw new InputRejected(problems);
        }
        AppendResult result;
        try (LedgerDatabase database = store.openDatabase()) {
            // In one transaction with the derived tickets' rows of the annotations, so that they stay current.
            result = new Ledger(database, store.signingKey()).appendAll(id, List.of(drafts).iterator(), stored -> { },
                    new DerivedAnnotations(new TenantEvents(contract), id));
        }
        spec.commandLine().getOut().println("Annotations: " + drafts.size() + " read, " + result.added() + " added, "
                + result.skipped() + " already held");
        spec.commandLine().getOut().flush();
        return 0;
    }
}
