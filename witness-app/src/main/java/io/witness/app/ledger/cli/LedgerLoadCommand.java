package io.witness.app.ledger.cli;

import io.witness.app.CliFailure;
import io.witness.app.TextFiles;
import io.witness.core.event.CaseId;
import io.witness.core.event.Side;
import io.witness.ledger.chain.CanonicalJson;
import io.witness.ledger.chain.ObservationDraft;
import io.witness.ledger.chain.SourceRef;
import io.witness.ledger.chain.TenantId;
import io.witness.ledger.store.AppendResult;
import io.witness.ledger.store.Ledger;
import io.witness.ledger.store.LedgerDatabase;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
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
import tools.jackson.databind.JsonNode;

/**
 * {@code ./witness ledger-load}: a developer's way to put JSON lines into the ledger until the importers
 * of issue #6 exist. Each non-blank line not starting with {@code #} is one observation: its bytes are the
 * raw evidence, its JSON the parsed form; the side, case and claimed time come from fields of the line.
 */
@Command(name = "ledger-load", hidden = true, mixinStandardHelpOptions = true,
        description = "Developer tool: appends each JSON line of FILE to a tenant's log, then signs a checkpoint.")
public final class LedgerLoadCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private StoreOptions store;

    @Option(names = "--tenant", required = true, paramLabel = "T")
    private String tenant;

    @Option(names = "--source", defaultValue = "jsonl/file", paramLabel = "SYSTEM/INSTANCE", description = "Default: the file's name.")
    private String source;

    @Option(names = "--side", paramLabel = "SIDE", description = "client or provider; default: each line's \"side\".")
    private Optional<String> side = Optional.empty();

    @Option(names = "--kind", defaultValue = "event", paramLabel = "KIND")
    private String kind;

    @Option(names = "--id-field", paramLabel = "F", description = "The source id's field; default: the line number.")
    private Optional<String> idField = Optional.empty();

    @Parameters(index = "0", paramLabel = "FILE")
    private Path file;

    @Override
    public Integer call() throws Exception {
        TenantId tenantId = ProofCommand.tenantId(tenant);
        String name = TextFiles.name(file);
        SourceRef sourceRef = source.equals("jsonl/file") ? new SourceRef("jsonl", name) : SourceRef.parse(source);
        Instant now = Instant.now();
        List<ObservationDraft> drafts = new ArrayList<>();
        String[] lines = TextFiles.read(file, System.in).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (!line.isEmpty() && !line.startsWith("#")) {
                drafts.add(draft(sourceRef, name + ":" + (i + 1), line, i + 1, now));
            }
        }
        AppendResult result;
        try (LedgerDatabase database = store.openDatabase()) {
            Ledger ledger = new Ledger(database, store.signingKey());
            result = ledger.append(tenantId, drafts);
            ledger.checkpoint(tenantId, now);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%s: %d added, %d already in the ledger of tenant %s%n", name, result.added(), result.skipped(), tenantId);
        out.flush();
        return 0;
    }

    private ObservationDraft draft(SourceRef sourceRef, String where, String line, int number, Instant now) {
        JsonNode json;
        try {
            json = CanonicalJson.parse(line);
        } catch (IllegalArgumentException e) {
            throw new CliFailure(where + ": " + e.getMessage());
        }
        try {
            Side lineSide = Side.fromWire(side.orElseGet(() -> text(json, "side").orElse("")));
            String id = idField.map(f -> text(json, f).orElseThrow(() -> new IllegalArgumentException("no \"" + f + "\" field")))
                    .orElse("line-" + number);
            ObservationDraft draft = ObservationDraft.of(sourceRef, lineSide, kind, id, "1", now, line.getBytes(StandardCharsets.UTF_8), json);
            Optional<String> at = text(json, "at");
            if (at.isPresent()) {
                draft = draft.withClaimedAt(OffsetDateTime.parse(at.get()).toInstant());
            }
            Optional<String> caseRef = text(json, "case");
            return caseRef.isPresent() ? draft.withCaseRef(new CaseId(caseRef.get())) : draft;
        } catch (IllegalArgumentException | DateTimeException e) {
            throw new CliFailure(where + ": " + e.getMessage());
        }
    }

    private static Optional<String> text(JsonNode json, String field) {
        JsonNode value = json.get(field);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asString());
    }
}
