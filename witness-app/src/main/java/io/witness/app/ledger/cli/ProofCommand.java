package io.witness.app.ledger.cli;

import io.witness.app.CliFailure;
import io.witness.core.event.CaseId;
import io.witness.ledger.chain.TenantId;
import io.witness.ledger.checkpoint.SignedCheckpoint;
import io.witness.ledger.checkpoint.SigningKey;
import io.witness.ledger.pack.EvidencePack;
import io.witness.ledger.pack.PackAssembler;
import io.witness.ledger.pack.PackWriter;
import io.witness.ledger.store.Ledger;
import io.witness.ledger.store.LedgerDatabase;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ./witness proof --tenant T --case ID --out pack.zip [--since EARLIER]}: signs a checkpoint of the
 * tenant's log as it is now and writes the evidence pack of one case (or of a period of receipt), with the
 * consistency proof from an earlier checkpoint when one is given.
 */
@Command(name = "proof", mixinStandardHelpOptions = true,
        description = "Writes an evidence pack: the observations of one case (or received in a period), their inclusion "
            + "proofs, a checkpoint signed now and the public key. With --since, also the proof that the log now "
            + "extends an earlier checkpoint (nothing recorded then was changed or removed). Anyone can check it "
            + "with verify-pack. Exit code 3 when the log does not extend the earlier checkpoint.")
public final class ProofCommand implements Callable<Integer> {

    /** The exit code when the log does not extend the earlier checkpoint: that of verify when the record is not intact. */
    static final int LOG_NOT_EXTENDED = 3;

    @Spec
    private CommandSpec spec;

    @Mixin
    private StoreOptions store;

    @Option(names = "--tenant", required = true, paramLabel = "T", description = "The tenant.")
    private String tenant;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Subject subject;

    static final class Subject {
        @Option(names = "--case", paramLabel = "ID",
                description = "The case whose observations go in; repeat it for a case's other ticket (--case CLIENT-ID --case PROVIDER-ID).")
        List<String> caseIds;

        @ArgGroup(exclusive = false)
        Period period;
    }

    static final class Period {
        @Option(names = "--from", required = true, paramLabel = "TIME", description = "Received at or after (ISO-8601 instant).")
        String from;

        @Option(names = "--to", required = true, paramLabel = "TIME", description = "Received before (ISO-8601 instant).")
        String to;
    }

    @Option(names = "--out", required = true, paramLabel = "PACK.zip", description = "Where to write the pack.")
    private Path out;

    @Option(names = "--since", paramLabel = "EARLIER",
            description = "An earlier checkpoint of the tenant: an evidence pack, or a checkpoint's lines and its 'signature' "
            + "line as the audit report prints them. The pack then proves the log extends it (RFC 9162 consistency "
            + "proof).")
    private Optional<Path> since = Optional.empty();

    @Override
    public Integer call() throws Exception {
        TenantId tenantId = tenantId(tenant);
        SigningKey key = store.signingKey();
        Optional<SignedCheckpoint> earlier = since.isPresent() ? Optional.of(EarlierCheckpoint.read(since.get())) : Optional.empty();
        EvidencePack pack;
        try (LedgerDatabase database = store.openDatabase()) {
            Ledger ledger = new Ledger(database, key);
            if (!ledger.reader().tenants().contains(tenantId)) {
                throw new CliFailure("--tenant: the ledger has no tenant '" + tenantId + "'");
            }
            SignedCheckpoint checkpoint = ledger.checkpoint(tenantId, Instant.now());
            PackAssembler plain = new PackAssembler(ledger.reader(), key.verifyingKey());
            PackAssembler assembler = earlier.isPresent() ? plain.extending(earlier.get()) : plain;
            try {
                pack = subject.caseIds != null
                        ? assembler.forCases(tenantId, subject.caseIds.stream().map(ProofCommand::caseId).toList(), checkpoint)
                        : assembler.forPeriod(tenantId, instant("--from", subject.period.from), instant("--to", subject.period.to), checkpoint);
            } catch (IllegalArgumentException e) {
                throw new CliFailure("--since: " + e.getMessage());
            } catch (IllegalStateException e) {
                spec.commandLine().getErr().println("error: " + e.getMessage());
                return LOG_NOT_EXTENDED;
            }
        }
        if (pack.entries().isEmpty()) {
            throw new CliFailure("no observations of " + pack.subject() + " in the log of tenant " + tenantId + "; nothing written");
        }
        PackWriter.write(pack, out);
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.printf("wrote %s: %d observations of %s, proved against the checkpoint of %d observations signed by key %s%s%n",
                out, pack.entries().size(), pack.subject(), pack.checkpoint().checkpoint().treeSize(), key.verifyingKey().keyId(),
                pack.extension().map(e -> ", which extends the earlier checkpoint of " + e.earlier().checkpoint().treeSize()).orElse(""));
        stdout.flush();
        return 0;
    }

    static TenantId tenantId(String text) {
        try {
            return TenantId.of(text);
        } catch (IllegalArgumentException e) {
            throw new CliFailure("--tenant: " + e.getMessage());
        }
    }

    private static CaseId caseId(String text) {
        try {
            return new CaseId(text);
        } catch (IllegalArgumentException e) {
            throw new CliFailure("--case: " + e.getMessage());
        }
    }

    private static Instant instant(String option, String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeException e) {
            throw new CliFailure(option + ": expected an instant like 2026-03-01T00:00:00Z, got '" + text + "'");
        }
    }
}
