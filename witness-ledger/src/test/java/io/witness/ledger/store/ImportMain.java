package io.witness.ledger.store;

import io.witness.ledger.chain.TenantId;
import io.witness.ledger.checkpoint.SigningKey;
import io.witness.ledger.testing.Drafts;
import java.nio.file.Path;
import java.time.Instant;

/**
 * A writer process for {@link CrashSafeImportTest}: imports {@code count} synthetic observations into a
 * tenant, then signs a checkpoint. Arguments: JDBC URL, tenant, count, keys folder.
 */
public final class ImportMain {

    private ImportMain() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        TenantId tenant = TenantId.of(args[1]);
        int count = Integer.parseInt(args[2]);
        SigningKey key = SigningKey.loadOrCreate(Path.of(args[3]));
        try (LedgerDatabase database = LedgerDatabase.external(url)) {
            Ledger ledger = new Ledger(database, key, 2_000);
            System.out.println("importing");
            System.out.flush();
            AppendResult result = ledger.append(tenant, Drafts.series(0, count, 1_000));
            ledger.checkpoint(tenant, Instant.parse("2026-04-01T00:00:00Z"));
            System.out.println("added " + result.added() + ", skipped " + result.skipped());
        }
    }
}
