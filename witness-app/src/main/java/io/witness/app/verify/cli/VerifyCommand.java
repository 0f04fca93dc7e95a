package io.witness.app.verify.cli;

import io.witness.app.CliFailure;
import io.witness.app.ledger.cli.StoreOptions;
import io.witness.ledger.chain.TenantId;
import io.witness.ledger.store.LedgerDatabase;
import io.witness.ledger.store.LedgerReader;
import io.witness.ledger.verify.Failure;
import io.witness.ledger.verify.LedgerVerifier;
import io.witness.ledger.verify.VerifyReport;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ./witness verify [--tenant T]}: recomputes every digest, the chain and every checkpoint. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Recomputes every observation's digests, leaf hash and chain link, the positions, every checkpoint's "
            + "root and signature, and each tenant's head. Prints 'verified N observations, M checkpoints', or each "
            + "failing row and how it fails (exit code 3).")
public final class VerifyCommand implements Callable<Integer> {

    /** The exit code when the record is not intact. */
    public static final int NOT_INTACT = 3;

    @Spec
    private CommandSpec spec;

    @Mixin
    private StoreOptions store;

    @Option(names = "--tenant", paramLabel = "T", description = "Only this tenant's log (default: every tenant).")
    private Optional<String> tenant = Optional.empty();

    @Override
    public Integer call() throws Exception {
        Optional<TenantId> only = tenant.map(VerifyCommand::tenantId);
        LedgerVerifier verifier;
        VerifyReport report;
        try (LedgerDatabase database = store.openDatabase()) {
            verifier = new LedgerVerifier(database, store.verifyingKey());
            if (only.isPresent() && !new LedgerReader(database).tenants().contains(only.get())) {
                throw new CliFailure("--tenant: the ledger has no tenant '" + only.get() + "'");
            }
            report = only.isPresent() ? verifier.verify(only.get()) : verifier.verifyAll();
        }
        PrintWriter out = spec.commandLine().getOut();
        for (Failure failure : report.failures()) {
            out.println(failure);
        }
        out.println(report.summary());
        out.flush();
        return report.isVerified() ? 0 : NOT_INTACT;
    }

    static TenantId tenantId(String text) {
        try {
            return TenantId.of(text);
        } catch (IllegalArgumentException e) {
            throw new CliFailure("--tenant: " + e.getMessage());
        }
    }
}
